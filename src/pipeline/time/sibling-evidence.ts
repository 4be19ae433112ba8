import { stopwords } from '../language/id';
import type { ArticleDoc } from '../types';
import { addDays, isoDay, parseIso } from './calendar';
import { words } from './lexicon';

const DEICTIC = Object.fromEntries(Object.entries(words.deicticDays).filter(([k]) => k !== 'about')) as Record<string, number>;
/** Content words two sentences must share to report the same happening ("Halimah Yacob ... dilantik"). */
const SHARED_WORDS = 3;
const DAY = /^\d{4}-\d{2}-\d{2}/;

/** Words this short are mostly function words, whatever the stop list says. */
const MIN_CONTENT_LETTERS = 4;

/** The content words of the sentence holding `index`, as the token layer reads them. */
function contentWordsAt(doc: ArticleDoc, index: number): Set<string> {
  const out = new Set<string>();
  const s = doc.sentences.find((x) => x.start <= index && index < x.end);
  if (!s) return out;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word') continue;
    const w = t.text.toLowerCase();
    if (w.length >= MIN_CONTENT_LETTERS && !stopwords.has(w) && !(w in DEICTIC)) out.add(w);
  }
  return out;
}

/**
 * An article that dates nothing but says "hari ini" (or "kemarin", "besok") of a happening its
 * siblings date outright was written that day (or the day after, before): "Hari ini, X akan
 * dilantik" beside a sibling's "X ... dilantik ... Rabu (13/9)" is a paper of the 13th.
 */
export function dateFromSiblings(doc: ArticleDoc, siblings: readonly ArticleDoc[]): string | null {
  let best: { date: string; shared: number } | null = null;
  for (const t of doc.timex) {
    const offset = DEICTIC[t.text.toLowerCase().replace(/\s+/g, ' ')];
    if (offset === undefined) continue;
    const mine = contentWordsAt(doc, t.start);
    for (const sibling of siblings) {
      for (const s of sibling.timex) {
        if (!DAY.test(s.value) || !/\d/.test(s.text)) continue;
        const theirs = contentWordsAt(sibling, s.start);
        const shared = [...mine].filter((w) => theirs.has(w)).length;
        if (shared < SHARED_WORDS) continue;
        const date = isoDay(addDays(parseIso(s.value)!, -offset));
        if (!best || shared > best.shared || (shared === best.shared && date < best.date)) best = { date, shared };
      }
    }
  }
  return best?.date ?? null;
}
