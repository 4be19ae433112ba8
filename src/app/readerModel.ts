import type { Wording } from '../features/compare/wording';
import { speakerKey } from '../features/quotes/speakers';
import { sortEvents } from '../features/timeline/dates';
import type { Article, ArticleSpan, Digest, Discrepancy, Entity, Quote, SharedPassage, StoryEvent } from '../shared/digest/schema';
import { MarkCache, type MarkSelection, type MarksFor } from './buildMarks';
import type { Focus } from './focus';
import { applyOrder, outletCounts, outletLabels, parseSentence } from './order';
import { indexPassages, passagesByArticle, type PassageAt } from './sentencePassages';
import type { SidebarTab } from './Sidebar';
import type { ViewState } from './viewState';

/** The part of the view state the reader's derived data follows. */
export type ReaderView = Pick<ViewState, 'order' | 'hidden' | 'entity' | 'only' | 'event' | 'q' | 'sent' | 'diff' | 'speaker' | 'types'>;

/** How the other outlets word a sentence (its module loads on demand, so it is passed in). */
export type WordingOf = (articles: readonly Article[], passage: SharedPassage | null, chosen: { articleId: string; start: number }, label: (a: Article) => string) => Wording | null;

/** The reader's own state that is not in the address: cursors, and what has loaded so far. */
export interface ReaderLocal {
  /** Search hits of the query in the visible articles (none until the search module loads). */
  hits: readonly ArticleSpan[];
  /** Index of the current mention of the chosen entity, or -1. */
  mentionCursor: number;
  /** Index of the current search hit, or -1. */
  hitCursor: number;
  /** The wording comparison, once loaded. */
  wordingOf: WordingOf | null;
}

/** A search needs two characters before it counts. */
export const searching = (q: string) => q.trim().length >= 2;

const NO_MENTIONS: { mentions: ArticleSpan[]; outlets: number } = { mentions: [], outlets: 0 };

/** The same value, or two lists of the same items (an address read again gives new lists). */
const same = (a: unknown, b: unknown): boolean => a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * `f`, answered from its last call while every argument is the same: the reader derives its data
 * again at every render, and an unchanged answer renders nothing new.
 */
function keepLast<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args) => {
    if (!last || args.some((x, i) => !same(x, last!.args[i]))) last = { args, value: f(...args) };
    return last.value;
  };
}

/**
 * What a story gives every view of it, computed once per story: labels, passage indexes, the
 * sorted events, the mark cache. It also keeps the last columns, mentions, counts and wording,
 * so that an unchanged choice gives back the same arrays (columns render nothing new).
 */
export class StoryIndex {
  readonly labels: Map<string, string>;
  readonly passageOf: PassageAt;
  readonly ownPassages: Map<string, SharedPassage[]>;
  readonly entityNames: Map<string, string>;
  readonly events: StoryEvent[];
  readonly marks: MarkCache;
  constructor(
    readonly digest: Digest,
    unknownOutlet: string,
    /** The labels' tails the whole story gives, for a first screen cut from it (StoryTop.labels). */
    labelTails?: Readonly<Record<string, string>>,
  ) {
    this.labels = outletLabels(digest.articles, unknownOutlet, labelTails);
    this.passageOf = indexPassages(digest.sharedPassages);
    this.ownPassages = passagesByArticle(digest.sharedPassages);
    this.entityNames = new Map(digest.entities.map((e) => [e.id, e.name]));
    this.events = sortEvents(digest.events);
    this.marks = new MarkCache(digest);
  }

  /** The name a column goes by. */
  readonly label = (a: Pick<Article, 'id'>) => this.labels.get(a.id) ?? a.id;

  /** The articles in the reader's order, and those of them not hidden. */
  readonly columns = keepLast((order: readonly string[], hidden: readonly string[]) => {
    const ordered = applyOrder(this.digest.articles, order);
    return { ordered, visible: ordered.filter((a) => !hidden.includes(a.id)) };
  });

  /** The chosen entity's mentions in the visible columns, and how many columns hold one. */
  readonly mentionsOf = keepLast((visible: readonly Article[], entityId: string) => {
    const mentions: ArticleSpan[] = visible.flatMap((a) => a.mentions.filter((m) => m.entityId === entityId).map((m) => ({ articleId: a.id, start: m.start, end: m.end })));
    return { mentions, outlets: new Set(mentions.map((m) => m.articleId)).size };
  });

  /** The outlet filter's counts (a new object renders every outlet row's label again). */
  readonly counts = keepLast(outletCounts);

  /** The other outlets' wording of the chosen sentence. */
  readonly wording = keepLast((ordered: readonly Article[], articleId: string, start: number, passage: SharedPassage | null, wordingOf: WordingOf): Wording | null => wordingOf(ordered, passage, { articleId, start }, this.label));
}

/** Everything the reader page shows that follows from the story and the view state. */
export interface ReaderModel {
  story: StoryIndex;
  /** All articles in the reader's order, and the columns shown (hidden outlets left out). */
  ordered: Article[];
  visible: Article[];
  /** The chosen entity and its mentions in the visible columns; the current one. */
  entity: Entity | null;
  mentions: ArticleSpan[];
  currentMention: ArticleSpan | null;
  /** How many visible columns mention the chosen entity. */
  mentionOutlets: number;
  /** Per column, only the chosen entity's mentions ("only mentions"), or null for whole texts. */
  filter: Record<string, ArticleSpan[]> | null;
  event: StoryEvent | null;
  /** The chosen sentence, and the shared passage it belongs to. */
  sentence: { articleId: string; start: number } | null;
  passage: SharedPassage | null;
  difference: Discrepancy | null;
  /** The chosen speaker's quotes. */
  spoken: Quote[];
  /** Search hits, whether the query counts, and the current hit. */
  hits: readonly ArticleSpan[];
  searching: boolean;
  currentHit: ArticleSpan | null;
  /** Per-article counts for the outlet filter: search hits, else the entity's mentions. */
  counts: Record<string, number> | undefined;
  /** What the highlights follow, and the marks of each column under it. */
  selection: MarkSelection;
  marksFor: MarksFor;
  /** The other outlets' wording of the chosen sentence, and the compare summary's names. */
  wording: Wording | null;
}

/** Derives the reader's view of a story from the view state and the reader's local state. */
export function readerModel(story: StoryIndex, view: ReaderView, local: ReaderLocal): ReaderModel {
  const { digest } = story;
  const { ordered, visible } = story.columns(view.order, view.hidden);
  const entity = digest.entities.find((e) => e.id === view.entity) ?? null;
  const { mentions, outlets: mentionOutlets } = entity ? story.mentionsOf(visible, entity.id) : NO_MENTIONS;
  const currentMention = mentions[local.mentionCursor] ?? null;
  const event = digest.events.find((e) => e.id === view.event) ?? null;
  const sentence = parseSentence(view.sent);
  const passage = sentence ? story.passageOf(sentence.articleId, sentence.start) : null;
  const difference = digest.discrepancies.find((d) => d.id === view.diff) ?? null;
  const spoken = view.speaker ? digest.quotes.filter((q) => speakerKey(q) === view.speaker) : [];
  const isSearching = searching(view.q);
  const hits = isSearching ? local.hits : [];
  const selection: MarkSelection = { hiddenTypes: view.types, entityId: entity?.id ?? null, currentMention, event, passage, sentence, hits, hitCursor: local.hitCursor, difference, quotes: spoken };
  const filter = view.only && entity ? Object.fromEntries(visible.map((a) => [a.id, mentions.filter((m) => m.articleId === a.id)])) : null;
  return {
    story,
    ordered,
    visible,
    entity,
    mentions,
    currentMention,
    mentionOutlets,
    filter,
    event,
    sentence,
    passage,
    difference,
    spoken,
    hits,
    searching: isSearching,
    currentHit: hits[local.hitCursor] ?? null,
    counts: story.counts(ordered, entity?.id ?? null, isSearching ? hits : null),
    selection,
    marksFor: story.marks.select(selection),
    wording: sentence && local.wordingOf ? story.wording(ordered, sentence.articleId, sentence.start, passage, local.wordingOf) : null,
  };
}

/** The choice a link opens with, which decides where the columns first scroll. */
export function initialFocus(view: Pick<ReaderView, 'diff' | 'speaker' | 'sent' | 'event' | 'entity' | 'q'>): Focus {
  const kind: Focus['kind'] = view.diff ? 'difference' : view.speaker ? 'speaker' : view.sent ? 'sentence' : view.event ? 'event' : view.entity ? 'entity' : view.q ? 'search' : 'none';
  return { kind, n: 0 };
}

/** The side panel tab a link opens with: the one showing its choice. */
export function initialTab(view: Pick<ReaderView, 'diff' | 'speaker' | 'event' | 'entity'>): SidebarTab {
  return view.diff ? 'differences' : view.speaker ? 'quotes' : view.event ? 'timeline' : view.entity ? 'entities' : 'outlets';
}

/** The cursor after a step through `n` items: from none, the first or the last; then round. */
export function stepCursor(cursor: number, d: -1 | 1, n: number): number {
  if (n <= 0) return -1;
  if (cursor < 0) return d > 0 ? 0 : n - 1;
  return (((cursor + d) % n) + n) % n;
}

/** The event before or after the chosen one in time order (from none, the first or the last). */
export function adjacentEvent(events: readonly StoryEvent[], current: string | null, d: -1 | 1): string | null {
  const i = stepCursor(
    events.findIndex((e) => e.id === current),
    d,
    events.length,
  );
  return events[i]?.id ?? null;
}
