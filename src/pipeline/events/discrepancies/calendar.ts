import type { Discrepancy, Timex } from '../../../shared/digest/schema';
import { isoDay } from '../../time/calendar';
import { spansInTokens, tokenRangeOf } from '../../tokens';
import type { ArticleDoc, StoryDoc } from '../../types';
import { calendarDate } from '../claims';
import { dice, sentenceRoots } from '../words';
import { NEAR_COPY } from '../build';
import { prefixRoots } from '../near-copies';
import { weekdayMismatch } from './calendar-check';
import { discrepancy, tidySpans } from './shared';

const spanOf = (doc: ArticleDoc, t: Timex) => ({ articleId: doc.id, start: t.start, end: t.end });
/** A date written out with numbers or a month name, not a bare weekday. */
const explicit = (t: Timex) => /\d/.test(t.text);

const keyOf = (doc: ArticleDoc, t: Timex) => `${doc.id}:${t.start}:${t.end}`;

/** The story's explicit dates of one day, in story and text order, and the keys of each article's. */
interface DayDates {
  all: { doc: ArticleDoc; t: Timex }[];
  keysIn: Map<ArticleDoc, Set<string>>;
}

/**
 * A weekday that its date does not fall on. The same day named correctly elsewhere in the
 * article, and other outlets' explicit dates for the value it was read as, show the disagreement.
 */
export function weekdayDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const out: Discrepancy[] = [];
  // explicit dates by day, in story and text order, read only for the days a mismatch was read as
  let byDay: Map<string, DayDates> | null = null;
  const explicitOn = (day: string): DayDates => {
    if (!byDay) {
      byDay = new Map();
      for (const a of story.articles) {
        for (const o of a.timex) {
          if (!explicit(o)) continue;
          const k = o.value.slice(0, 10);
          const dates = byDay.get(k) ?? byDay.set(k, { all: [], keysIn: new Map() }).get(k)!;
          dates.all.push({ doc: a, t: o });
          (dates.keysIn.get(a) ?? dates.keysIn.set(a, new Set()).get(a)!).add(keyOf(a, o));
        }
      }
    }
    return byDay.get(day) ?? { all: [], keysIn: new Map() };
  };
  // A mismatch shows the day's explicit dates outside its article and its own dates: the day's
  // dates less the article's that it does not show, plus its own that are not among them, so two
  // mismatches of a day with the same two small remainders show the same spans. Such a repeat is
  // given once (the findings' repeats would drop it anyway): building the list of every other
  // article for every copy of an article grew with the square of the story.
  const listed = new Set<string>();
  for (const doc of story.articles) {
    for (const t of doc.timex) {
      const miss = weekdayMismatch(t);
      if (!miss) continue;
      const writtenIso = isoDay(miss.written);
      const sameDay = doc.timex.filter((o) => o !== t && o.value.startsWith(writtenIso));
      const day = t.value.slice(0, 10);
      const dates = explicitOn(day);
      const here = dates.keysIn.get(doc) ?? new Set<string>();
      const own = new Set([t, ...sameDay].map((o) => keyOf(doc, o)));
      const left = [...here].filter((k) => !own.has(k)).sort();
      const added = [...own].filter((k) => !here.has(k)).sort();
      const list = `${day}\u0000${left.join('|')}\u0000${added.join('|')}`;
      if (listed.has(list)) continue;
      listed.add(list);
      const elsewhere = dates.all.filter((x) => x.doc !== doc).map((x) => spanOf(x.doc, x.t));
      const readAs = day !== writtenIso ? day : null;
      const params = { text: t.text, written: writtenIso, writtenWeekday: miss.writtenWeekday, actualWeekday: miss.actualWeekday, readAs };
      out.push(discrepancy('calendar', { kind: 'weekday-date', params }, [spanOf(doc, t), ...sameDay.map((o) => spanOf(doc, o)), ...elsewhere], order));
    }
  }
  return out;
}

/**
 * Pairs (i, j), i before j, of sentences whose roots may be near copies (prefixRoots) and whose
 * written dates are not the same set of values: a pair giving the same dates shows nothing, so
 * a long article repeating one dated paragraph offers no pairs instead of every pair of copies.
 */
export function copyCandidates(dated: { roots: Set<string>; dates: Timex[] }[]): number[][] {
  const prefixes = prefixRoots(dated.map((x) => x.roots), NEAR_COPY);
  const dateSet = dated.map((x) => [...new Set(x.dates.map((t) => t.value))].sort().join('|'));
  const byRoot = new Map<string, Map<string, number[]>>();
  prefixes.forEach((prefix, i) => {
    for (const w of prefix) {
      const sets = byRoot.get(w) ?? byRoot.set(w, new Map()).get(w)!;
      (sets.get(dateSet[i]!) ?? sets.set(dateSet[i]!, []).get(dateSet[i]!)!).push(i);
    }
  });
  return prefixes.map((prefix, i) => {
    const out = new Set<number>();
    for (const w of prefix) {
      for (const [set, members] of byRoot.get(w)!) {
        if (set === dateSet[i]) continue;
        for (let k = members.length - 1; k >= 0 && members[k]! > i; k--) out.add(members[k]!);
      }
    }
    return [...out].sort((a, b) => a - b);
  });
}

/** The same passage printed twice in one article with different dates. */
export function repeatedPassageDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const doc of story.articles) {
    const dated = doc.sentences
      .map((s) => ({ s, roots: sentenceRoots(doc, s), dates: spansInTokens(doc.timex, s.tokenStart, s.tokenEnd).filter(calendarDate) }))
      .filter((x) => x.dates.length);
    const candidates = copyCandidates(dated);
    for (let i = 0; i < dated.length; i++) {
      for (const j of candidates[i]!) {
        const a = dated[i]!;
        const b = dated[j]!;
        if (dice(a.roots, b.roots) < NEAR_COPY) continue;
        const da = a.dates.filter((t) => !b.dates.some((u) => u.value === t.value));
        const db = b.dates.filter((t) => !a.dates.some((u) => u.value === t.value));
        if (!da.length || !db.length) continue;
        const values = [da[0]!, db[0]!].map((t) => ({ value: t.value, text: t.text, spans: [spanOf(doc, t)] }));
        const params = { relation: 'repeated-passage' as const, eventId: null, values };
        out.push(discrepancy('calendar', { kind: 'date', params }, [...da, ...db].map((t) => spanOf(doc, t)), order));
      }
    }
  }
  return out;
}

/** Events whose outlets give different dates (found when building the timeline). */
export function eventDateDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const byId = new Map(story.articles.map((a) => [a.id, a]));
  return story.events
    .filter((e) => e.conflictingDates.length)
    .map((e) => {
      const dated = e.mentions.flatMap((m) => {
        const doc = byId.get(m.articleId)!;
        // an event's mention is a sentence or clause kept by its offsets: its tokens are found once
        const { tokenStart, tokenEnd } = tokenRangeOf(doc.tokens, m.start, m.end);
        return spansInTokens(doc.timex, tokenStart, tokenEnd).filter(calendarDate).map((t) => ({ t, span: spanOf(doc, t) }));
      });
      const values = [e.date, ...e.conflictingDates].map((value) => {
        const given = dated.filter((x) => x.t.value.slice(0, value.length) === value);
        return { value, text: given[0]?.t.text ?? value, spans: tidySpans(given.map((x) => x.span), order) };
      });
      const params = { relation: 'event' as const, eventId: e.id, values: values.filter((v) => v.spans.length) };
      return params.values.length < 2 ? null : discrepancy('calendar', { kind: 'date', params }, dated.map((x) => x.span), order);
    })
    .filter((d) => d !== null);
}
