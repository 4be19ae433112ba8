import type { Discrepancy } from '../../../shared/digest/schema';
import type { ArticleDoc, Sentence, StoryDoc } from '../../types';
import { dice, sentenceEntities, sentenceRoots } from '../words';
import { discrepancy } from './shared';

/** Sentences about one fact share this much wording and naming (Dice over roots and entities). */
export const SAME_FACT = 0.3;

interface Measured {
  doc: ArticleDoc;
  s: Sentence;
  values: string[];
  roots: Set<string>;
  entities: Set<string>;
}

function measured(story: StoryDoc): Measured[] {
  return story.articles.flatMap((doc) =>
    doc.sentences
      .map((s) => ({
        doc,
        s,
        values: doc.timex.filter((t) => t.type === 'DURATION' && t.start >= s.start && t.end <= s.end).map((t) => t.value),
        roots: sentenceRoots(doc, s),
        entities: sentenceEntities(doc, s),
      }))
      .filter((m) => m.values.length),
  );
}

/**
 * Outlets that say how long the same thing lasted and give different lengths ("dua jam" in
 * one, "dua kali lipat dari 50 menit" in another). Sentences are about the same thing when they
 * share wording and the people named; all sentences so linked form one discrepancy.
 */
export function durationDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const items = measured(story);
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const disagrees = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.doc === b.doc) continue;
      const same = 0.6 * dice(a.roots, b.roots) + 0.4 * dice(a.entities, b.entities);
      if (same < SAME_FACT) continue;
      parent[find(i)] = find(j);
      if (a.values.some((v) => !b.values.includes(v))) disagrees.add(i).add(j);
    }
  }
  const groups = new Map<number, Measured[]>();
  items.forEach((m, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(m));
  const out: Discrepancy[] = [];
  for (const group of groups.values()) {
    if (!group.some((m) => disagrees.has(items.indexOf(m)))) continue;
    const values = [...new Set(group.flatMap((m) => m.values))];
    if (values.length < 2 || new Set(group.map((m) => m.doc.id)).size < 2) continue;
    const summary = `Outlets give different lengths for the same thing: ${group.map((m) => `${m.doc.id} ${m.values.join('/')}`).join('; ')}.`;
    out.push(discrepancy('fact', 'duration', summary, group.map((m) => ({ articleId: m.doc.id, start: m.s.start, end: m.s.end })), order));
  }
  return out;
}
