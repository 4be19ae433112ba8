/** Articles above this size are refused: a news article is a few kB, 5 MB is surely not one. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
