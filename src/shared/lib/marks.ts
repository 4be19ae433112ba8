/**
 * Every attribute a mark may carry: the one vocabulary that the marks' styles, the scroll
 * requests (`markSelector`) and the column's event handlers read.
 */
export type MarkAttribute =
  | 'data-sentence' // the sentence's start offset
  | 'data-selected' // the chosen sentence
  | 'data-event' // a sentence of the chosen event
  | 'data-shared' // a sentence sharing the chosen sentence's passage
  | 'data-quote' // a statement of the chosen speaker
  | 'data-difference' // a span of the chosen disagreement
  | 'data-entity' // a mention's type (PER, ORG, LOC, DATE)
  | 'data-entity-id'
  | 'data-active' // a mention of the chosen entity
  | 'data-dimmed' // a mention of another entity while one is chosen
  | 'data-current' // the mention or search hit stepped to
  | 'data-search' // a search hit
  | 'title'
  | 'tabIndex';

export type MarkAttributes = Partial<Record<MarkAttribute, string>>;

/**
 * A CSS selector for marks: an optional element and attribute tests, each `true` for a flag the
 * mark sets, a string for an exact value, `null` for "has the attribute" (what
 * `parseMarkSelector` understands).
 */
export function markSelector(tag: Mark['tag'] | null, attrs: Partial<Record<MarkAttribute, string | true | null>>): string {
  const tests = Object.entries(attrs).map(([name, value]) => (value === null ? `[${name}]` : `[${name}="${value === true ? 'true' : value}"]`));
  return `${tag ?? ''}${tests.join('')}`;
}

/** Several mark selectors, in order of preference. */
export const anyOf = (...selectors: string[]) => selectors.join(', ');

/** A range of source text to wrap in an element when the body is rendered. */
export interface Mark {
  /** Offset into article.text, inclusive. */
  start: number;
  /** Offset into article.text, exclusive. */
  end: number;
  /** Element to wrap the text in. */
  tag: 'mark' | 'span';
  /** Attributes of that element: its state, in the marks' vocabulary. */
  attrs: MarkAttributes;
  /** Attributes for the first piece only, when nested marks split the range (e.g. one tab stop per sentence). */
  firstAttrs?: MarkAttributes;
}

/** All marks of one story view, by article id. */
export type MarksByArticle = Record<string, Mark[]>;
