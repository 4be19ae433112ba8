import type { Timex } from '../../shared/digest/schema';
import type { ArticleDoc, ArticleStage } from '../types';
import { anchorOf, regionsOf } from './anchor';
import { findTimex } from './extract';

/** Re-tags one article; story stages call it again once they know a better anchor. */
export function tagArticle(doc: ArticleDoc): ArticleDoc {
  const timex: Timex[] = findTimex(doc.text, regionsOf(doc), anchorOf(doc)).map(({ start, end, type, value, text }) => ({
    start,
    end,
    type,
    value,
    text,
  }));
  return { ...doc, timex };
}

/** Finds temporal expressions and normalises them against the publication date. */
export const tagTimex: ArticleStage = { name: 'timex', run: tagArticle };
