import type { Article, SharedPassage } from '../../shared/digest/schema';
import { diffWords, type WordDiff } from './wordDiff';

/** Articles of one named outlet are one outlet; an article with no outlet stands for itself. */
const outletKey = (a: Pick<Article, 'id' | 'outlet'>) => a.outlet?.name ?? `article:${a.id}`;

/** Markdown emphasis and heading marks are markup, not words. */
export const plainSentence = (text: string) => text.replace(/[*_#]/g, '').replace(/\s+/g, ' ').trim();

export interface WordingMatch extends WordDiff {
  articleId: string;
  /** The matching sentence's offsets and plain text. */
  start: number;
  end: number;
  text: string;
}

export interface OutletWording {
  /** The outlet's name as the reader sees it. */
  name: string;
  /** Matching sentences of the outlet's articles, in column order. */
  matches: WordingMatch[];
}

export interface Wording {
  /** The chosen sentence's plain text. */
  text: string;
  /** Outlets telling the passage (the chosen sentence's own first), and those that do not. */
  reporting: string[];
  silent: string[];
  /** Every other article's matching sentences, grouped by outlet. */
  others: OutletWording[];
}

/** A sentence of another article counts as a match when it shares at least half as many words as the best one does. */
const KEEP_OF_BEST = 0.5;

/**
 * How the other outlets word the chosen sentence: the sentences of their share of its passage,
 * each compared word by word with it; and which outlets tell the passage at all (outlets, not
 * articles, are counted). `passage` is the chosen sentence's shared passage, as the reader's
 * index of passages found it (null when no other article shares it).
 */
export function wordingOf(articles: readonly Article[], passage: SharedPassage | null, chosen: { articleId: string; start: number }, label: (a: Article) => string): Wording | null {
  const own = articles.find((a) => a.id === chosen.articleId);
  const sentence = own?.sentences.find((s) => s.start === chosen.start);
  if (!own || !sentence) return null;
  const text = plainSentence(own.text.slice(sentence.start, sentence.end));
  const names = new Map<string, string>();
  for (const a of articles) if (!names.has(outletKey(a))) names.set(outletKey(a), a.outlet?.name ?? label(a));
  const reportingKeys = new Set([outletKey(own)]);
  const byOutlet = new Map<string, WordingMatch[]>();
  for (const a of articles) {
    if (a.id === own.id) continue;
    const spans = passage?.mentions.filter((m) => m.articleId === a.id) ?? [];
    if (!spans.length) continue;
    reportingKeys.add(outletKey(a));
    const candidates = a.sentences
      .filter((s) => spans.some((m) => s.start < m.end && m.start < s.end))
      .map((s) => {
        const other = plainSentence(a.text.slice(s.start, s.end));
        return { articleId: a.id, start: s.start, end: s.end, text: other, ...diffWords(text, other) };
      });
    const best = Math.max(0, ...candidates.map((c) => c.similarity));
    const kept = candidates.filter((c) => c.similarity >= best * KEEP_OF_BEST);
    byOutlet.set(outletKey(a), [...(byOutlet.get(outletKey(a)) ?? []), ...kept]);
  }
  const keys = [...names.keys()];
  return {
    text,
    reporting: [outletKey(own), ...keys.filter((k) => k !== outletKey(own) && reportingKeys.has(k))].map((k) => names.get(k)!),
    silent: keys.filter((k) => !reportingKeys.has(k)).map((k) => names.get(k)!),
    others: [...byOutlet].map(([key, matches]) => ({ name: names.get(key)!, matches })),
  };
}
