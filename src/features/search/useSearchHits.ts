import { useEffect, useState } from 'react';
import type { Article, ArticleSpan } from '../../shared/digest/schema';

type SearchModule = typeof import('./findHits');
let loaded: SearchModule | null = null;
const load = () => import('./findHits').then((m) => (loaded = m));

const NONE: ArticleSpan[] = [];

/**
 * Search hits of `query` in `articles`. The search index and its library load the first time the
 * reader searches, so the first view does not carry them; until then there are no hits.
 */
export function useSearchHits(articles: readonly Article[], query: string): ArticleSpan[] {
  const active = query.trim().length >= 2;
  const [search, setSearch] = useState<SearchModule | null>(loaded);
  useEffect(() => {
    if (active && !search) void load().then(setSearch);
  }, [active, search]);
  return active && search ? search.findHitsOnce(articles, query) : NONE;
}
