import type { ArticleSpan, Discrepancy } from '../../../shared/digest/schema';

/** A disagreement's kind with its own parameters (the union distributed, so they stay paired). */
export type DisagreementBody = Discrepancy extends infer D ? (D extends Discrepancy ? Pick<D, 'kind' | 'params'> : never) : never;

/** Spans once each, in article then text order, so ids and output never depend on discovery order. */
export function tidySpans(spans: ArticleSpan[], order: Map<string, number>): ArticleSpan[] {
  const seen = new Map(spans.map((s) => [`${s.articleId}:${s.start}:${s.end}`, s]));
  return [...seen.values()].sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || a.start - b.start);
}

export function discrepancy(tier: Discrepancy['tier'], body: DisagreementBody, spans: ArticleSpan[], order: Map<string, number>): Discrepancy {
  const tidy = tidySpans(spans, order);
  const first = tidy[0];
  return { id: `d-${body.kind}-${first ? `${first.articleId}-${first.start}` : 'none'}`, tier, ...body, spans: tidy } as Discrepancy;
}
