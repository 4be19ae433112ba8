import claims from '../../../../data/lexicon/claims.json';
import type { ArticleSpan, Discrepancy, Timex } from '../../../shared/digest/schema';
import type { ArticleDoc, Sentence, StoryDoc } from '../../types';
import { calendarDate } from '../claims';
import { stem } from '../../language/id';
import { discrepancy, tidySpans } from './shared';

const fillers = new Set(claims.datePredicateFillers);
/** "Aturan itu …", "Beleid tersebut …": a sentence that opens by pointing back continues the one before. */
const POINTS_BACK = /^\W*(?:\p{L}+\s+){0,2}?(?:\p{L}+)\s+(?:itu|tersebut|ini)\b/iu;

interface DatedPredicate {
  predicate: string;
  t: Timex;
  span: ArticleSpan;
}

/** The word a date is given for ("berlaku mulai 1 Mei" -> "laku"), past fillers such as "pada", "mulai", "efektif". */
function predicateOf(doc: ArticleDoc, s: Sentence, t: Timex): string | null {
  let i = doc.tokens.findIndex((k, n) => n >= s.tokenStart && k.start >= t.start) - 1;
  for (; i >= s.tokenStart; i--) {
    const k = doc.tokens[i]!;
    if (k.kind !== 'word') return null;
    const w = k.text.toLowerCase();
    if (fillers.has(w)) continue;
    // a name before the date ("di Vladivostok pada Kamis") says where, not what is dated
    return k.text === w ? stem(w) : null;
  }
  return null;
}

/** The sentences of a passage in one article, with those that continue one of them ("Aturan itu mulai berlaku …"). */
function sentencesOf(doc: ArticleDoc, spans: ArticleSpan[]): Sentence[] {
  const out: Sentence[] = [];
  doc.sentences.forEach((s, i) => {
    const inside = spans.some((m) => m.articleId === doc.id && m.start < s.end && m.end > s.start);
    const prev = doc.sentences[i - 1];
    const continues = prev && prev.paragraph === s.paragraph && out.includes(prev) && POINTS_BACK.test(doc.text.slice(s.start, s.end));
    if (inside || continues) out.push(s);
  });
  return out;
}

/**
 * Outlets giving different dates for the same thing in one shared passage: the rule takes
 * effect "1 November 2018" in one and "1 Desember" in another. Dates compare when they are
 * given for the same predicate and at the same precision (a month against a month, a day
 * against a day).
 */
export function passageDateDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const passage of story.sharedPassages) {
    const dated: DatedPredicate[] = story.articles.flatMap((doc) =>
      sentencesOf(doc, passage.mentions).flatMap((s) =>
        doc.timex
          .filter((t) => t.start >= s.start && t.end <= s.end && calendarDate(t))
          .flatMap((t) => {
            const predicate = predicateOf(doc, s, t);
            return predicate ? [{ predicate, t, span: { articleId: doc.id, start: t.start, end: t.end } }] : [];
          }),
      ),
    );
    const byKey = new Map<string, DatedPredicate[]>();
    for (const d of dated) {
      const key = `${d.predicate}\u0000${d.t.value.length}`;
      (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(d);
    }
    for (const [, group] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const values = [...new Set(group.map((d) => d.t.value))].sort();
      if (values.length < 2) continue;
      const articlesOf = (v: string) => new Set(group.filter((d) => d.t.value === v).map((d) => d.span.articleId));
      // one article moving its own date is a correction or a second happening; outlets must differ
      const across = values.some((v) => values.some((w) => w !== v && [...articlesOf(w)].some((a) => !articlesOf(v).has(a))));
      if (!across) continue;
      const params = {
        relation: 'event' as const,
        eventId: null,
        values: values.map((v) => {
          const given = group.filter((d) => d.t.value === v);
          return { value: v, text: given[0]!.t.text, spans: tidySpans(given.map((d) => d.span), order) };
        }),
      };
      out.push(discrepancy('calendar', { kind: 'date', params }, group.map((d) => d.span), order));
    }
  }
  return out;
}
