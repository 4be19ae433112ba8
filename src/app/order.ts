import type { Article } from '../shared/digest/schema';

/** Articles in the order given by the URL (unknown ids ignored, unlisted articles appended). */
export function applyOrder(articles: readonly Article[], order: readonly string[]): Article[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const listed = order.map((id) => byId.get(id)).filter((a): a is Article => !!a);
  const seen = new Set(listed.map((a) => a.id));
  return [...listed, ...articles.filter((a) => !seen.has(a.id))];
}

/** The order after moving one article one place among the visible ones. */
export function moveArticle(ordered: readonly Article[], hidden: readonly string[], id: string, direction: -1 | 1): string[] {
  const ids = ordered.map((a) => a.id);
  const from = ids.indexOf(id);
  let to = from + direction;
  while (to >= 0 && to < ids.length && hidden.includes(ids[to] as string)) to += direction;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  ids.splice(from, 1);
  ids.splice(to, 0, id);
  return ids;
}

/** Parses the "articleId:start" form of a chosen sentence. */
export function parseSentence(value: string | null): { articleId: string; start: number } | null {
  const m = value ? /^(.*):(\d+)$/.exec(value) : null;
  return m ? { articleId: m[1] as string, start: Number(m[2]) } : null;
}

/** Display labels of the articles' outlets (articles sharing an outlet told apart by title or first words). */
export { outletLabels } from '../shared/lib/outlet';

/** Per article, the chosen entity's mentions or the search hits (search wins), or nothing. */
export function outletCounts(
  articles: readonly Article[],
  entityId: string | null,
  hits: readonly { articleId: string }[] | null,
): Record<string, number> | undefined {
  if (hits) {
    // one pass over the hits, not one per article: a common word has thousands
    const perArticle = new Map<string, number>();
    for (const h of hits) perArticle.set(h.articleId, (perArticle.get(h.articleId) ?? 0) + 1);
    return Object.fromEntries(articles.map((a) => [a.id, perArticle.get(a.id) ?? 0]));
  }
  if (entityId) return Object.fromEntries(articles.map((a) => [a.id, a.mentions.filter((m) => m.entityId === entityId).length]));
  return undefined;
}
