import type { Article, ArticleSpan, Digest, Discrepancy, Quote, SharedPassage, StoryEvent } from '../shared/digest/schema';
import type { Mark, MarkAttributes, MarksByArticle } from '../shared/lib/marks';

/** What the reader has chosen: everything the highlights follow besides the story itself. */
export interface MarkSelection {
  /** Highlight types switched off (PER, ORG, LOC, DATE). */
  hiddenTypes: readonly string[];
  /** The chosen entity. */
  entityId: string | null;
  /** The current mention of the chosen entity. */
  currentMention: ArticleSpan | null;
  /** The chosen event. */
  event: StoryEvent | null;
  /** The passage of the chosen sentence. */
  passage: SharedPassage | null;
  /** The chosen sentence. */
  sentence: { articleId: string; start: number } | null;
  /** Search hits and the current one. */
  hits: readonly ArticleSpan[];
  /** Index of the current hit, or -1. */
  hitCursor: number;
  /** The chosen disagreement. */
  difference?: Discrepancy | null;
  /** The chosen speaker's quotes. */
  quotes?: readonly Quote[];
}

export interface MarkInput extends MarkSelection {
  /** The story. */
  digest: Digest;
}

/** Marks of one article under the current selection. */
export type MarksFor = (articleId: string) => readonly Mark[];

const yes = 'true';
const NONE: Mark[] = [];

/** The selection's spans grouped by article, so that each column looks only at its own. */
interface Grouped {
  event: Map<string, ArticleSpan[]>;
  passage: Map<string, ArticleSpan[]>;
  quotes: Map<string, Quote[]>;
  difference: Map<string, ArticleSpan[]>;
  hits: Map<string, { span: ArticleSpan; current: boolean }[]>;
}

function groupBy<T>(items: readonly T[], articleId: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const id = articleId(item);
    const list = out.get(id);
    if (list) list.push(item);
    else out.set(id, [item]);
  }
  return out;
}

function group(s: MarkSelection): Grouped {
  const bySpan = (x: ArticleSpan) => x.articleId;
  return {
    event: groupBy(s.event?.mentions ?? [], bySpan),
    passage: groupBy(s.passage?.mentions ?? [], bySpan),
    quotes: groupBy(s.quotes ?? [], (q) => q.articleId),
    difference: groupBy(s.difference?.spans ?? [], bySpan),
    hits: groupBy(
      s.hits.map((span, i) => ({ span, current: i === s.hitCursor })),
      (h) => h.span.articleId,
    ),
  };
}

/** One column's share of the selection, as a string that changes exactly when its marks do. */
function keyOf(a: Article, s: MarkSelection, g: Grouped): string {
  const spans = (list: readonly ArticleSpan[] | undefined) => (list ?? []).map((x) => `${x.start}-${x.end}`).join(',');
  return [
    s.hiddenTypes.join(','),
    s.entityId ?? '',
    s.sentence?.articleId === a.id ? s.sentence.start : '',
    s.currentMention?.articleId === a.id ? s.currentMention.start : '',
    spans(g.event.get(a.id)),
    spans(g.passage.get(a.id)),
    spans(g.difference.get(a.id)),
    (g.quotes.get(a.id) ?? []).map((q) => `${q.statement.start}-${q.statement.end}`).join(','),
    (g.hits.get(a.id) ?? []).map((h) => `${h.span.start}-${h.span.end}${h.current ? '*' : ''}`).join(','),
  ].join('|');
}

/**
 * The sentence marks of one article with nothing chosen: a sentence is focusable for choosing by
 * keyboard; one per column is a tab stop (the first), the arrow keys move between the others.
 */
function plainSentenceMarks(a: Article): Mark[] {
  const first = a.sentences[0]?.start;
  return a.sentences.map((s) => ({ start: s.start, end: s.end, tag: 'span', attrs: { 'data-sentence': String(s.start) }, firstAttrs: { tabIndex: s.start === first ? '0' : '-1' } }));
}

/** The sentence marks with the chosen sentence (if it is in this article) selected and the tab stop. */
function sentenceMarks(base: Mark[], a: Article, sentence: MarkSelection['sentence']): Mark[] {
  if (sentence?.articleId !== a.id) return base;
  const i = a.sentences.findIndex((s) => s.start === sentence.start);
  if (i < 0) return base;
  const out = base.slice();
  out[0] = { ...out[0]!, firstAttrs: { tabIndex: i === 0 ? '0' : '-1' } };
  out[i] = { ...out[i]!, attrs: { ...out[i]!.attrs, 'data-selected': yes }, firstAttrs: { tabIndex: '0' } };
  return out;
}

function articleMarks(a: Article, base: Mark[], s: MarkSelection, g: Grouped): Mark[] {
  const { hiddenTypes, entityId, currentMention } = s;
  const marks: Mark[] = [...sentenceMarks(base, a, s.sentence)];
  for (const m of g.event.get(a.id) ?? []) marks.push({ start: m.start, end: m.end, tag: 'span', attrs: { 'data-event': yes } });
  for (const m of g.passage.get(a.id) ?? []) marks.push({ start: m.start, end: m.end, tag: 'span', attrs: { 'data-shared': yes } });
  for (const q of g.quotes.get(a.id) ?? []) marks.push({ start: q.statement.start, end: q.statement.end, tag: 'span', attrs: { 'data-quote': yes } });
  for (const d of g.difference.get(a.id) ?? []) marks.push({ start: d.start, end: d.end, tag: 'mark', attrs: { 'data-difference': yes } });
  for (const m of a.mentions) {
    if (hiddenTypes.includes(m.type) && m.entityId !== entityId) continue;
    const attrs: MarkAttributes = { 'data-entity': m.type, 'data-entity-id': m.entityId };
    if (entityId) attrs[m.entityId === entityId ? 'data-active' : 'data-dimmed'] = yes;
    if (currentMention?.articleId === a.id && currentMention.start === m.start) attrs['data-current'] = yes;
    marks.push({ start: m.start, end: m.end, tag: 'mark', attrs });
  }
  if (!hiddenTypes.includes('DATE')) {
    for (const x of a.timex) {
      if (x.type !== 'DATE') continue;
      const attrs: MarkAttributes = { 'data-entity': 'DATE', title: x.value };
      if (entityId) attrs['data-dimmed'] = yes;
      marks.push({ start: x.start, end: x.end, tag: 'mark', attrs });
    }
  }
  for (const h of g.hits.get(a.id) ?? []) {
    const attrs: MarkAttributes = { 'data-search': yes };
    if (h.current) attrs['data-current'] = yes;
    marks.push({ start: h.span.start, end: h.span.end, tag: 'mark', attrs });
  }
  return marks;
}

/**
 * The marks of one digest, built per article when a column asks for them (only mounted columns
 * do) and kept while that article's share of the selection stays the same: the same array comes
 * back, so its column renders nothing new.
 */
export class MarkCache {
  private readonly articles: Map<string, Article>;
  private readonly plain = new Map<string, Mark[]>();
  private readonly last = new Map<string, { key: string; marks: Mark[] }>();

  constructor(digest: Digest) {
    this.articles = new Map(digest.articles.map((a) => [a.id, a]));
  }

  /** Marks per article for this selection (the selection is grouped once, articles on demand). */
  select(selection: MarkSelection): MarksFor {
    const grouped = group(selection);
    return (articleId) => {
      const a = this.articles.get(articleId);
      if (!a) return NONE;
      const key = keyOf(a, selection, grouped);
      const kept = this.last.get(articleId);
      if (kept?.key === key) return kept.marks;
      let base = this.plain.get(articleId);
      if (!base) this.plain.set(articleId, (base = plainSentenceMarks(a)));
      const marks = articleMarks(a, base, selection, grouped);
      this.last.set(articleId, { key, marks });
      return marks;
    };
  }
}

/** Every highlight of the view, as marks in article offsets (outer layers listed first). */
export function buildMarks(input: MarkInput): MarksByArticle {
  const marksFor = new MarkCache(input.digest).select(input);
  return Object.fromEntries(input.digest.articles.map((a) => [a.id, [...marksFor(a.id)]]));
}
