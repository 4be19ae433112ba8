import type { ArticleSpan, SharedPassage } from '../../shared/digest/schema';

/** The shared passage that contains a sentence of an article, if any. */
export function passageAt(passages: readonly SharedPassage[], articleId: string, start: number): SharedPassage | null {
  return passages.find((p) => p.mentions.some((m) => m.articleId === articleId && m.start <= start && start < m.end)) ?? null;
}

/** Spans of one article that belong to some shared passage. */
export function sharedSpans(passages: readonly SharedPassage[], articleId: string): ArticleSpan[] {
  return passages.flatMap((p) => p.mentions.filter((m) => m.articleId === articleId));
}
