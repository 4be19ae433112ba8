import type { ArticleSpan, Digest, Discrepancy, Quote, SharedPassage, StoryEvent } from '../shared/digest/schema';
import type { Mark, MarksByArticle } from '../shared/lib/marks';

export interface MarkInput {
  /** The story. */
  digest: Digest;
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

const yes = 'true';

/** Every highlight of the view, as marks in article offsets (outer layers listed first). */
export function buildMarks(input: MarkInput): MarksByArticle {
  const { digest, hiddenTypes, entityId, currentMention, event, passage, sentence, hits, hitCursor, difference = null, quotes = [] } = input;
  const out: MarksByArticle = {};
  for (const a of digest.articles) {
    const marks: Mark[] = [];
    // sentences are focusable for choosing by keyboard; one per column is a tab stop (the chosen
    // sentence, else the first), the arrow keys move between the others (ReaderColumns)
    const chosen = sentence?.articleId === a.id && a.sentences.some((s) => s.start === sentence.start) ? sentence.start : a.sentences[0]?.start;
    for (const s of a.sentences) {
      const attrs: Record<string, string> = { 'data-sentence': String(s.start) };
      if (sentence?.articleId === a.id && sentence.start === s.start) attrs['data-selected'] = yes;
      marks.push({ start: s.start, end: s.end, tag: 'span', attrs, firstAttrs: { tabIndex: s.start === chosen ? '0' : '-1' } });
    }
    for (const m of event?.mentions ?? []) if (m.articleId === a.id) marks.push({ start: m.start, end: m.end, tag: 'span', attrs: { 'data-event': yes } });
    for (const m of passage?.mentions ?? []) if (m.articleId === a.id) marks.push({ start: m.start, end: m.end, tag: 'span', attrs: { 'data-shared': yes } });
    for (const q of quotes) if (q.articleId === a.id) marks.push({ start: q.statement.start, end: q.statement.end, tag: 'span', attrs: { 'data-quote': yes } });
    for (const s of difference?.spans ?? []) if (s.articleId === a.id) marks.push({ start: s.start, end: s.end, tag: 'mark', attrs: { 'data-difference': yes } });
    for (const m of a.mentions) {
      if (hiddenTypes.includes(m.type) && m.entityId !== entityId) continue;
      const attrs: Record<string, string> = { 'data-entity': m.type, 'data-entity-id': m.entityId };
      if (entityId) attrs[m.entityId === entityId ? 'data-active' : 'data-dimmed'] = yes;
      if (currentMention?.articleId === a.id && currentMention.start === m.start) attrs['data-current'] = yes;
      marks.push({ start: m.start, end: m.end, tag: 'mark', attrs });
    }
    if (!hiddenTypes.includes('DATE')) {
      for (const x of a.timex) {
        if (x.type !== 'DATE') continue;
        const attrs: Record<string, string> = { 'data-entity': 'DATE', title: x.value };
        if (entityId) attrs['data-dimmed'] = yes;
        marks.push({ start: x.start, end: x.end, tag: 'mark', attrs });
      }
    }
    hits.forEach((h, i) => {
      if (h.articleId !== a.id) return;
      const attrs: Record<string, string> = { 'data-search': yes };
      if (i === hitCursor) attrs['data-current'] = yes;
      marks.push({ start: h.start, end: h.end, tag: 'mark', attrs });
    });
    out[a.id] = marks;
  }
  return out;
}
