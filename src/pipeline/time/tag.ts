import { tokenRangeOf } from '../tokens';
import type { ArticleDoc, ArticleStage, TimexDraft } from '../types';
import { anchorOf, regionsOf } from './anchor';
import { findTimex } from './extract';

/** Re-tags one article; story stages call it again once they know a better anchor. */
export function tagArticle(doc: ArticleDoc): ArticleDoc {
  // the reading of dates works on the text, so each expression's tokens are looked up once here
  const timex: TimexDraft[] = findTimex(doc.text, regionsOf(doc), anchorOf(doc)).map(({ start, end, type, value, text }) => ({
    start,
    end,
    ...tokenRangeOf(doc.tokens, start, end),
    type,
    value,
    text,
  }));
  return { ...doc, timex };
}

/** Finds temporal expressions and normalises them against the publication date. */
export const tagTimex: ArticleStage = { name: 'timex', run: tagArticle };
