import type { ArticleSpan } from '../shared/digest/schema';
import type { ScrollRequest } from '../features/reader/types';
import { anyOf, markSelector } from '../shared/lib/marks';

/** The last thing the reader chose, which decides where the columns scroll. */
export interface Focus {
  kind: 'none' | 'entity' | 'event' | 'sentence' | 'search' | 'mention' | 'hit' | 'difference' | 'speaker' | 'jump';
  /** Increases with every choice, so choosing the same thing again scrolls again. */
  n: number;
  /** For a jump: the one column to scroll and what to bring into view there. */
  target?: { articleId: string; selector: string };
}

interface Current {
  entity: string | null;
  event: string | null;
  sent: string | null;
  q: string;
  diff?: string | null;
  speaker?: string | null;
  mention: ArticleSpan | undefined;
  hit: ArticleSpan | undefined;
  /** How many search hits there are: they arrive after the query once the search index loads. */
  hitCount?: number;
}

/** The scroll request that follows from the last choice. */
export function focusFor(focus: Focus, c: Current): ScrollRequest | null {
  const key = (s: string) => `${focus.kind}:${focus.n}:${s}`;
  switch (focus.kind) {
    case 'entity':
      return c.entity ? { key: key(c.entity), selector: markSelector('mark', { 'data-active': true }) } : null;
    case 'event':
      return c.event ? { key: key(c.event), selector: markSelector(null, { 'data-event': true }) } : null;
    case 'sentence':
      return c.sent ? { key: key(c.sent), selector: anyOf(markSelector(null, { 'data-selected': true }), markSelector(null, { 'data-shared': true })) } : null;
    case 'difference':
      return c.diff ? { key: key(c.diff), selector: markSelector('mark', { 'data-difference': true }) } : null;
    case 'speaker':
      return c.speaker ? { key: key(c.speaker), selector: markSelector(null, { 'data-quote': true }) } : null;
    case 'search':
      return c.q ? { key: key(`${c.q}:${c.hitCount ?? 0}`), selector: markSelector('mark', { 'data-search': null }), orFirstHit: true } : null;
    case 'mention':
      return c.mention ? { key: key(`${c.mention.articleId}:${c.mention.start}`), selector: markSelector('mark', { 'data-current': true }), articleId: c.mention.articleId } : null;
    case 'hit':
      return c.hit ? { key: key(`${c.hit.articleId}:${c.hit.start}`), selector: markSelector('mark', { 'data-current': true }), articleId: c.hit.articleId } : null;
    case 'jump':
      return focus.target ? { key: key(`${focus.target.articleId}:${focus.target.selector}`), selector: focus.target.selector, articleId: focus.target.articleId } : null;
    default:
      return null;
  }
}
