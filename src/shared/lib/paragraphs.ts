import type { Article } from '../digest/schema';
import { overlaps, subtract } from './spans';

export interface Paragraph {
  /** Offset of the paragraph's first character in article.text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** The source characters (markdown). */
  text: string;
  /** The pipeline marked this line as a heading. */
  heading: boolean;
}

/** Splits an article body into source lines, leaving out boilerplate, keeping offsets. */
export function splitParagraphs(article: Article): Paragraph[] {
  const { text, bodyStart } = article;
  const out: Paragraph[] = [];
  let lineStart = bodyStart;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    for (const piece of subtract({ start: lineStart, end: lineEnd }, article.boilerplate)) {
      let { start, end } = piece;
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      if (end <= start) continue;
      const heading = article.headings.some((h) => overlaps(h, { start, end }));
      out.push({ start, end, text: text.slice(start, end), heading });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

const cache = new WeakMap<Article, Paragraph[]>();

/** splitParagraphs, computed once per article object. */
export function paragraphsOf(article: Article): Paragraph[] {
  let found = cache.get(article);
  if (!found) {
    found = splitParagraphs(article);
    cache.set(article, found);
  }
  return found;
}
