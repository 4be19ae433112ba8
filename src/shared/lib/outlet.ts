import type { Article } from '../digest/schema';

/** The outlet's display name, or null when unknown. */
export function outletName(article: Article): string | null {
  return article.outlet?.name ?? null;
}

/** Where an article came from, as a short label, with a fallback for unknown outlets. */
export function outletLabel(article: Article, unknown: string): string {
  return article.outlet?.name ?? `${unknown} (${article.file})`;
}
