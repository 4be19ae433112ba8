import type { ArticleSpan, Discrepancy } from '../../shared/digest/schema';

/** One side of a disagreement: what it says (as written, when there is one form) and the articles saying it. */
export interface Side {
  text: string | null;
  articleIds: string[];
}

const articlesOf = (spans: readonly ArticleSpan[]) => [...new Set(spans.map((s) => s.articleId))];

/** The sides of a disagreement, in the order its parameters give them. */
export function sidesOf(d: Discrepancy): Side[] {
  switch (d.kind) {
    case 'name-spelling':
    case 'name-variant':
    case 'role-or-title':
      return d.params.variants.map((v) => ({ text: v.text, articleIds: articlesOf(v.spans) }));
    case 'number':
    case 'date':
      return d.params.values.map((v) => ({ text: v.text, articleIds: articlesOf(v.spans) }));
    case 'weekday-date':
      return [{ text: d.params.text, articleIds: articlesOf(d.spans) }];
    case 'claim-negation':
      return [
        { text: null, articleIds: articlesOf(d.params.affirmed) },
        { text: null, articleIds: articlesOf(d.params.negated) },
      ];
  }
}

/** Every article a disagreement rests on. */
export const articlesOfDisagreement = (d: Discrepancy) => articlesOf(d.spans);
