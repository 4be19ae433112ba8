import MiniSearch from 'minisearch';
import type { Article, ArticleSpan } from '../../shared/digest/schema';
import { paragraphsOf } from '../../shared/lib/paragraphs';

/** Case and diacritics never keep a word from matching ("JOKOWI" finds "Jokowi", "Bharu" finds "Bháru"). */
export const foldTerm = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const WORD = /[\p{L}\p{N}]+/gu;

interface Token {
  start: number;
  end: number;
  key: string;
}

/** Words of each shown paragraph of an article, in order: a phrase never runs across paragraphs. */
type ArticleIndex = Token[][];

// an article's text never changes, so its words are read once per article object
const cache = new WeakMap<Article, ArticleIndex>();

// Every distinct folded word of the articles read so far, in one index for prefix and
// typo-tolerant look-up: whether a word matches a query word depends on the two words alone, so
// one look-up answers for every article (one index per article took a look-up per article and
// query word, 200 of them in a story of 200 articles).
const vocabulary = new MiniSearch<{ id: string }>({ fields: ['id'], storeFields: [], tokenize: (s) => [s], processTerm: foldTerm });
const known = new Set<string>();

function indexOf(a: Article): ArticleIndex {
  const hit = cache.get(a);
  if (hit) return hit;
  const paragraphs = paragraphsOf(a).map((p) => [...p.text.matchAll(WORD)].map((m) => ({ start: p.start + (m.index ?? 0), end: p.start + (m.index ?? 0) + m[0].length, key: foldTerm(m[0]) })));
  const fresh: { id: string }[] = [];
  for (const tokens of paragraphs)
    for (const { key } of tokens) {
      if (known.has(key)) continue;
      known.add(key);
      fresh.push({ id: key });
    }
  vocabulary.addAll(fresh);
  cache.set(a, paragraphs);
  return paragraphs;
}

/**
 * Reads the words of the articles not read yet, one article at a time while `more()` says there
 * is time left; returns true once every article is read. Run when the page is idle, so that the
 * reader's first search does not read a large story all at once.
 */
export function warmIndexes(articles: readonly Article[], more: () => boolean): boolean {
  for (const a of articles) {
    if (cache.has(a)) continue;
    if (!more()) return false;
    indexOf(a);
  }
  return true;
}

/**
 * One typo is forgiven in a word of five letters or more (a letter left out, added, swapped for
 * another: "Vladivostock", "Jokowy"); shorter words are too easily another word.
 */
const typos = (term: string) => (term.length >= 5 ? 1 : 0);

/** The words read so far that one query word finds: itself folded, with one typo, or as the start of a longer word ("Putin" finds "Putinnya"). */
function matchingWords(term: string): Set<string> {
  const results = vocabulary.search(term, { fuzzy: typos(term), prefix: term.length >= 3, combineWith: 'OR' });
  return new Set(results.map((r) => String(r.id)));
}

/**
 * Hits of `query` in the shown text of each article, in the given order: each query word matches
 * a word of the text regardless of case, diacritics and one typo; the words of a query of several
 * match consecutive words ("Jong Un" finds "Jong-un" too).
 */
export function findHits(articles: readonly Article[], query: string): ArticleSpan[] {
  const q = query.trim();
  if (q.length < 2) return [];
  const terms = [...q.matchAll(WORD)].map((m) => foldTerm(m[0]));
  if (!terms.length) return [];
  const indexes = articles.map(indexOf);
  const sets = terms.map(matchingWords);
  if (sets.some((s) => s.size === 0)) return [];
  const hits: ArticleSpan[] = [];
  articles.forEach((a, n) => {
    for (const tokens of indexes[n]!) {
      for (let i = 0; i + terms.length <= tokens.length; i++) {
        if (!sets.every((s, k) => s.has(tokens[i + k]!.key))) continue;
        hits.push({ articleId: a.id, start: tokens[i]!.start, end: tokens[i + terms.length - 1]!.end });
        i += terms.length - 1;
      }
    }
  });
  return hits;
}

let last: { articles: readonly Article[]; query: string; hits: ArticleSpan[] } | null = null;

/** findHits, answered from the last call when the query and the article objects are the same (the page re-renders for many reasons). */
export function findHitsOnce(articles: readonly Article[], query: string): ArticleSpan[] {
  if (last && last.query === query && last.articles.length === articles.length && last.articles.every((a, i) => a === articles[i])) return last.hits;
  const hits = findHits(articles, query);
  last = { articles, query, hits };
  return hits;
}
