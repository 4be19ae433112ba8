import type { Span } from '../../shared/digest/schema';

/** A request to bring marked text into view. */
export interface ScrollRequest {
  /** Changes whenever the request should run again. */
  key: string;
  /** CSS selector of the element to scroll to (the first match). */
  selector: string;
  /** Where nothing matches the selector, the first search hit painted over the text (not an element). */
  orFirstHit?: boolean;
  /** Only this column scrolls; all columns when absent. */
  articleId?: string;
}

/** Paragraph filter: only paragraphs overlapping one of these spans are shown, per article. */
export type ParagraphFilter = Record<string, readonly Span[]> | null;
