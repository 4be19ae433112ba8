import type { ArticleSpan, Discrepancy } from '../../../shared/digest/schema';

/** Spans once each, in article then text order, so ids and output never depend on discovery order. */
export function tidySpans(spans: ArticleSpan[], order: Map<string, number>): ArticleSpan[] {
  const seen = new Map(spans.map((s) => [`${s.articleId}:${s.start}:${s.end}`, s]));
  return [...seen.values()].sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || a.start - b.start);
}

export function discrepancy(tier: Discrepancy['tier'], kind: string, summary: string, spans: ArticleSpan[], order: Map<string, number>): Discrepancy {
  const tidy = tidySpans(spans, order);
  const first = tidy[0];
  return { id: `d-${kind}-${first ? `${first.articleId}-${first.start}` : 'none'}`, tier, summary, spans: tidy };
}
