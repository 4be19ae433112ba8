/** Entity types plus dates (temporal expressions), as highlighted in the text. */
export const MARK_TYPES = ['PER', 'ORG', 'LOC', 'DATE'] as const;
export type MarkType = (typeof MARK_TYPES)[number];
