/** A range of source text to wrap in an element when the body is rendered. */
export interface Mark {
  /** Offset into article.text, inclusive. */
  start: number;
  /** Offset into article.text, exclusive. */
  end: number;
  /** Element to wrap the text in. */
  tag: 'mark' | 'span';
  /** Attributes of that element: data-* state and a class name. */
  attrs: Record<string, string>;
  /** Attributes for the first piece only, when nested marks split the range (e.g. one tab stop per sentence). */
  firstAttrs?: Record<string, string>;
}

/** All marks of one story view, by article id. */
export type MarksByArticle = Record<string, Mark[]>;
