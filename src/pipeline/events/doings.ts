import { stem, verbPrefixOf } from '../language/id';
import type { StoryDoc } from '../types';

/** The roots of the verbs a claim's sentence uses, by claim key; undefined when it has none. */
export type DoingsOf = (key: string) => ReadonlySet<string> | undefined;

/**
 * The roots of each sentence's verbs (words of a verb's shape: me-, di-, ber-, ter- ...), by claim
 * key (`articleId#sentence`): what the sentence tells is done, read from its words alone.
 */
export function doingsByClaim(story: StoryDoc): DoingsOf {
  const out = new Map<string, Set<string>>();
  for (const doc of story.articles) {
    doc.sentences.forEach((s, i) => {
      const roots = new Set<string>();
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const t = doc.tokens[k]!;
        if (t.kind !== 'word') continue;
        const lower = t.text.toLowerCase();
        if (verbPrefixOf(lower) !== null) roots.add(stem(lower));
      }
      if (roots.size) out.set(`${doc.id}#${i}`, roots);
    });
  }
  return (key) => out.get(key);
}

/** Whether two claims' sentences share a verb's root ("ditetapkan" / "menetapkan"). */
export function shareDoing(a: string, b: string, doingsOf: DoingsOf): boolean {
  const x = doingsOf(a);
  const y = doingsOf(b);
  if (!x || !y) return false;
  for (const r of x) if (y.has(r)) return true;
  return false;
}
