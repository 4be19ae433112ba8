import { useMemo } from 'react';
import type { ArticleSpan, Digest } from '../shared/digest/schema';
import { applyOrder } from './order';

/** Beyond these, a story is too large to show well at once (columns, marks and search for all). */
export const STORY_LIMITS = { articles: 60, textChars: 3_000_000 };
export type StoryLimits = typeof STORY_LIMITS;

export type StoryPlan =
  /** Show every article. */
  | { kind: 'whole' }
  /** Show the first `n` of `total` articles, as the reader chose. */
  | { kind: 'first'; n: number; total: number }
  /** Too large: say so and offer the first `suggested` articles instead of freezing the page. */
  | { kind: 'too-large'; total: number; textChars: number; suggested: number };

/** How many articles from the start stay within both limits (at least one). */
function fitting(articles: readonly { text: string }[], limits: StoryLimits): number {
  let chars = 0;
  let n = 0;
  for (const a of articles) {
    chars += a.text.length;
    if (n >= limits.articles || (n > 0 && chars > limits.textChars)) break;
    n++;
  }
  return Math.max(1, n);
}

/**
 * Decides how much of a story to show. `first` is the reader's choice from the address: a count
 * below the story's size opens that many articles; the whole size or more opens all of them.
 */
export function planStory(articles: readonly { text: string }[], first: number | null, limits: StoryLimits = STORY_LIMITS): StoryPlan {
  const total = articles.length;
  const chosen = first !== null && Number.isInteger(first) && first >= 1 ? first : null;
  if (chosen !== null) return chosen < total ? { kind: 'first', n: chosen, total } : { kind: 'whole' };
  const textChars = articles.reduce((sum, a) => sum + a.text.length, 0);
  if (total <= limits.articles && textChars <= limits.textChars) return { kind: 'whole' };
  return { kind: 'too-large', total, textChars, suggested: fitting(articles, limits) };
}

const within = (ids: ReadonlySet<string>) => (spans: readonly ArticleSpan[]) => spans.filter((s) => ids.has(s.articleId));

/** The digest cut to its first `n` articles, with events, passages and the rest pointing only at them. */
export function firstArticles(digest: Digest, n: number): Digest {
  return onlyArticles(digest, digest.articles.slice(0, Math.max(1, n)));
}

/** The digest cut to `articles` (some of its own, in its order), with everything else pointing only at them. */
export function onlyArticles(digest: Digest, articles: Digest['articles']): Digest {
  const ids = new Set(articles.map((a) => a.id));
  const keep = within(ids);
  const mentionCounts = new Map<string, number>();
  for (const a of articles) for (const m of a.mentions) mentionCounts.set(m.entityId, (mentionCounts.get(m.entityId) ?? 0) + 1);
  return {
    ...digest,
    articles,
    entities: digest.entities.filter((e) => mentionCounts.has(e.id)).map((e) => ({ ...e, mentionCount: mentionCounts.get(e.id) ?? 0 })),
    events: digest.events.map((e) => ({ ...e, mentions: keep(e.mentions) })).filter((e) => e.mentions.length > 0),
    // a passage is shared when at least two of the articles shown have it
    sharedPassages: digest.sharedPassages.map((p) => ({ ...p, mentions: keep(p.mentions) })).filter((p) => new Set(p.mentions.map((m) => m.articleId)).size > 1),
    discrepancies: digest.discrepancies.map((d) => ({ ...d, spans: keep(d.spans) })).filter((d) => d.spans.length > 0),
    quotes: digest.quotes.filter((q) => ids.has(q.articleId)),
  };
}

/**
 * The articles of the columns a first screen shows (in the reader's order, hidden ones left out),
 * or null when that is the whole story anyway.
 */
export function firstScreen(articles: Digest['articles'], order: readonly string[], hidden: readonly string[], columns: number): Digest['articles'] | null {
  const shown = applyOrder(articles, order).filter((a) => !hidden.includes(a.id));
  if (shown.length <= columns) return null;
  const ids = new Set(shown.slice(0, Math.max(1, columns)).map((a) => a.id));
  return articles.filter((a) => ids.has(a.id));
}

/** The plan for a loaded digest and the digest to show (cut when the reader chose the first articles). */
export function useStoryPlan(digest: Digest | undefined, first: number | null): { plan: StoryPlan | null; shown: Digest | undefined } {
  const plan = useMemo(() => (digest ? planStory(digest.articles, first) : null), [digest, first]);
  const cut = plan?.kind === 'first' ? plan.n : null;
  const shown = useMemo(() => (digest && cut !== null ? firstArticles(digest, cut) : digest), [digest, cut]);
  return { plan, shown };
}
