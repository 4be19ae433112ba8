import type { SharedPassage } from '../shared/digest/schema';

/** The shared passage containing a sentence of an article, if any. */
export type PassageAt = (articleId: string, start: number) => SharedPassage | null;

/**
 * Indexes a story's shared passages by article once, so that finding the passage of a chosen
 * sentence looks only at that article's spans, not at every passage of the story. The first
 * passage in story order wins where spans of two passages overlap.
 */
export function indexPassages(passages: readonly SharedPassage[]): PassageAt {
  const byArticle = new Map<string, { start: number; end: number; order: number }[]>();
  passages.forEach((p, order) => {
    for (const m of p.mentions) {
      const list = byArticle.get(m.articleId) ?? [];
      if (!list.length) byArticle.set(m.articleId, list);
      list.push({ start: m.start, end: m.end, order });
    }
  });
  return (articleId, start) => {
    let best = -1;
    for (const s of byArticle.get(articleId) ?? []) if (s.start <= start && start < s.end && (best < 0 || s.order < best)) best = s.order;
    return best < 0 ? null : (passages[best] ?? null);
  };
}

/** The passages each article takes part in, in story order: a column looks only at its own. */
export function passagesByArticle(passages: readonly SharedPassage[]): Map<string, SharedPassage[]> {
  const out = new Map<string, SharedPassage[]>();
  for (const p of passages) {
    for (const id of new Set(p.mentions.map((m) => m.articleId))) {
      const list = out.get(id);
      if (list) list.push(p);
      else out.set(id, [p]);
    }
  }
  return out;
}
