import type { Article, ArticleSpan } from '../../shared/digest/schema';
import { paragraphsOf } from '../../shared/lib/paragraphs';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Case-insensitive hits of `query` in the shown text of each article, in the given order. */
export function findHits(articles: readonly Article[], query: string): ArticleSpan[] {
  const q = query.trim();
  if (q.length < 2) return [];
  const re = new RegExp(escape(q), 'giu');
  const hits: ArticleSpan[] = [];
  for (const a of articles) {
    for (const p of paragraphsOf(a)) {
      for (const m of p.text.matchAll(re)) {
        const start = p.start + (m.index ?? 0);
        hits.push({ articleId: a.id, start, end: start + m[0].length });
      }
    }
  }
  return hits;
}
