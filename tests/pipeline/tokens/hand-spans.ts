import { tokenRangeOf } from '../../../src/pipeline/tokens';
import type { ArticleDoc, EntityMentionDraft, StoryDoc, TimexDraft } from '../../../src/pipeline/types';
import type { EntityType, Timex } from '../../../src/shared/digest/schema';
import { textStages } from '../stages/helpers';

/** Where the nth `phrase` stands in the text (0 = first). */
function placeOf(doc: ArticleDoc, phrase: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let k = 0; k <= nth; k++) {
    start = doc.text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`"${phrase}" (${nth}) not in the text`);
  }
  return { start, end: start + phrase.length };
}

export interface HandMention {
  phrase: string;
  type: EntityType;
  entityId: string;
  nth?: number;
}

export interface HandTimex {
  phrase: string;
  value: string;
  type?: Timex['type'];
  nth?: number;
}

/**
 * An article through the text stages, with the names and dates given by hand at the places
 * their phrases are written, each with its token range: the readers under test get exactly
 * these spans, whatever the tagger or the time rules would find.
 */
export function handDoc(text: string, mentions: HandMention[] = [], timex: HandTimex[] = [], file = 'a.txt'): ArticleDoc {
  const doc = textStages(text, file);
  const withRange = <T extends { start: number; end: number }>(span: T) => ({ ...span, ...tokenRangeOf(doc.tokens, span.start, span.end) });
  const ms: EntityMentionDraft[] = mentions.map((m) => {
    const at = placeOf(doc, m.phrase, m.nth);
    return withRange({ ...at, type: m.type, text: m.phrase, entityId: m.entityId });
  });
  const ts: TimexDraft[] = timex.map((t) => {
    const at = placeOf(doc, t.phrase, t.nth);
    return withRange({ ...at, type: t.type ?? 'DATE', value: t.value, text: t.phrase });
  });
  const byStart = <T extends { start: number }>(xs: T[]) => [...xs].sort((a, b) => a.start - b.start);
  return { ...doc, mentions: byStart(ms), timex: byStart(ts) };
}

/** A story of hand-made articles, with nothing found across them yet. */
export function handStory(articles: ArticleDoc[], more: Partial<StoryDoc> = {}): StoryDoc {
  return { id: 'hand', title: 'hand', description: null, articles, entities: [], events: [], sharedPassages: [], discrepancies: [], quotes: [], ...more };
}

export const orderOf = (story: StoryDoc) => new Map(story.articles.map((a, i) => [a.id, i]));

/** The span of the nth `phrase` in an article, as a passage or an event names it. */
export function spanIn(doc: ArticleDoc, phrase: string, nth = 0) {
  return { articleId: doc.id, ...placeOf(doc, phrase, nth) };
}

/** The text an article span covers. */
export const textOf = (doc: ArticleDoc, span: { start: number; end: number }) => doc.text.slice(span.start, span.end);
