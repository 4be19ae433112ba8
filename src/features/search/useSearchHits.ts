import { useDeferredValue, useEffect, useState } from 'react';
import type { Article, ArticleSpan } from '../../shared/digest/schema';

type SearchModule = typeof import('./findHits');
let loaded: SearchModule | null = null;
const load = () => import('./findHits').then((m) => (loaded = m));

const NONE: ArticleSpan[] = [];

// the index is built in slices of idle time this long at most (the browser may offer up to 50 ms):
// a keystroke that comes meanwhile waits for the slice to end
const SLICE_MS = 8;

/**
 * Search hits of `query` in `articles`. The search index and its library load the first time the
 * reader searches, so the first view does not carry them; until then there are no hits.
 */
export function useSearchHits(articles: readonly Article[], query: string): ArticleSpan[] {
  // the search box answers each keystroke at once; the hits (and the highlights they change)
  // follow in a render React may drop when the next keystroke comes first
  const deferred = useDeferredValue(query);
  const active = deferred.trim().length >= 2;
  const [search, setSearch] = useState<SearchModule | null>(loaded);
  useEffect(() => {
    if (active && !search) void load().then(setSearch);
  }, [active, search]);
  // when the page is idle, the library loads and the articles' indexes are built in slices
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    let idle = 0;
    let stopped = false;
    const slice = (deadline: IdleDeadline) => {
      if (stopped) return;
      if (!loaded) return void load().then(() => !stopped && (idle = requestIdleCallback(slice)));
      const end = performance.now() + SLICE_MS;
      if (!loaded.warmIndexes(articles, () => deadline.timeRemaining() > 1 && performance.now() < end)) idle = requestIdleCallback(slice);
    };
    idle = requestIdleCallback(slice, { timeout: 5000 });
    return () => {
      stopped = true;
      cancelIdleCallback(idle);
    };
  }, [articles]);
  return active && search ? search.findHitsOnce(articles, deferred) : NONE;
}
