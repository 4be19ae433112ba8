import claims from '../../../../data/lexicon/claims.json';
import type { ArticleSpan, Discrepancy, Timex } from '../../../shared/digest/schema';
import type { ArticleDoc, Sentence, StoryDoc, TimexDraft } from '../../types';
import { calendarDate } from '../claims';
import { pointingWords } from '../words';
import { spansInTokens, wholeTokensOf } from '../../tokens';
import { stem } from '../../language/id';
import { lowerBound } from '../within';
import { discrepancy, tidySpans } from './shared';

const fillers = new Set(claims.datePredicateFillers);
/** A demonstrative second, third or fourth word closes the phrase a sentence opens with. */
const POINTER_REACH = 3;
/** A plain word: letters, or runs of letters joined by hyphens ("Undang-undang", "kebijakan-kebijakan"). */
const PLAIN_WORD = /^\p{L}+(?:-\p{L}+)*$/u;

/**
 * "Aturan itu …", "Beleid tersebut …", "Kebijakan baru ini …": a sentence that opens with a
 * noun phrase closed by a demonstrative continues the one before ("Undang-undang itu …" too: a
 * doubled noun is one plain word). Marks before the first word ("“") are passed; the phrase is
 * plain words, nothing between them.
 */
function opensPointingBack(doc: ArticleDoc, s: Sentence): boolean {
  let i = s.tokenStart;
  while (i < s.tokenEnd && doc.tokens[i]!.kind === 'punct') i++;
  for (let k = 0; k <= POINTER_REACH && i + k < s.tokenEnd; k++) {
    const t = doc.tokens[i + k]!;
    if (t.kind !== 'word' || !PLAIN_WORD.test(t.text)) return false;
    if (k > 0 && pointingWords.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * The day a value names: moments of one day ("Minggu pagi", "pukul 09.00") are compared as that
 * day, since this finding is about the date; a month or a year stays as it is.
 */
const dayOf = (value: string) => value.slice(0, 10);

interface DatedPredicate {
  predicate: string;
  t: Timex;
  span: ArticleSpan;
}

/** The word a date is given for ("berlaku mulai 1 Mei" -> "laku"), past fillers such as "pada", "mulai", "efektif". */
function predicateOf(doc: ArticleDoc, s: Sentence, t: TimexDraft): string | null {
  // the date's first whole token ("Selasa" of "Senin-Selasa" has none: the token after it)
  const lo = wholeTokensOf(doc.tokens, t).from;
  if (lo === doc.tokens.length) return null;
  for (let i = lo - 1; i >= s.tokenStart; i--) {
    const k = doc.tokens[i]!;
    if (k.kind !== 'word') return null;
    const w = k.text.toLowerCase();
    if (fillers.has(w)) continue;
    // a name before the date ("di Vladivostok pada Kamis") says where, not what is dated
    return k.text === w ? stem(w) : null;
  }
  return null;
}

/** Each article's sentence ends, in text order, read once however many passages it prints. */
const endsOf = new WeakMap<Sentence[], number[]>();

/**
 * The sentences of a passage in one article (`spans` are its mentions there), with those that
 * continue one of them ("Aturan itu mulai berlaku …").
 */
function sentencesOf(doc: ArticleDoc, spans: ArticleSpan[]): Sentence[] {
  const { sentences } = doc;
  const ends = endsOf.get(sentences) ?? endsOf.set(sentences, sentences.map((s) => s.end)).get(sentences)!;
  const taken = new Set<number>();
  for (const m of spans) {
    // sentences run in text order: those a mention overlaps begin at the first ending after its start
    for (let i = lowerBound(ends, m.start + 1); i < sentences.length && sentences[i]!.start < m.end; i++) {
      if (taken.has(i)) continue;
      taken.add(i);
      for (let k = i + 1; k < sentences.length && continuesFrom(doc, k); k++) taken.add(k);
    }
  }
  return [...taken].sort((a, b) => a - b).map((i) => sentences[i]!);
}

/** Sentence k points back into the one before it, in its paragraph. */
function continuesFrom(doc: ArticleDoc, k: number): boolean {
  const s = doc.sentences[k]!;
  return doc.sentences[k - 1]!.paragraph === s.paragraph && opensPointingBack(doc, s);
}

/** A passage's mentions by article, in story order: only the articles that print it are read. */
function mentionsByArticle(mentions: ArticleSpan[], order: Map<string, number>): [string, ArticleSpan[]][] {
  const byArticle = new Map<string, ArticleSpan[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.articleId);
    if (list) list.push(m);
    else byArticle.set(m.articleId, [m]);
  }
  return [...byArticle].filter(([id]) => order.has(id)).sort((a, b) => order.get(a[0])! - order.get(b[0])!);
}

/**
 * Outlets giving different dates for the same thing in one shared passage: the rule takes
 * effect "1 November 2018" in one and "1 Desember" in another. Dates compare when they are
 * given for the same predicate and at the same precision (a month against a month, a day
 * against a day, a day's moments as the day).
 */
export function passageDateDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const out: Discrepancy[] = [];
  // a sentence may be a shared passage of its own and continue another one: its dates disagree once
  const told = new Set<string>();
  for (const passage of story.sharedPassages) {
    const dated: DatedPredicate[] = mentionsByArticle(passage.mentions, order).flatMap(([id, spans]) => {
      const doc = story.articles[order.get(id)!]!;
      return sentencesOf(doc, spans).flatMap((s) =>
        spansInTokens(doc.timex, s.tokenStart, s.tokenEnd)
          .filter(calendarDate)
          .flatMap((t) => {
            const predicate = predicateOf(doc, s, t);
            return predicate ? [{ predicate, t, span: { articleId: doc.id, start: t.start, end: t.end } }] : [];
          }),
      );
    });
    const byKey = new Map<string, DatedPredicate[]>();
    for (const d of dated) {
      const key = `${d.predicate}\u0000${dayOf(d.t.value).length}`;
      (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(d);
    }
    for (const [, group] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const values = [...new Set(group.map((d) => dayOf(d.t.value)))].sort();
      if (values.length < 2) continue;
      const articlesOf = (v: string) => new Set(group.filter((d) => dayOf(d.t.value) === v).map((d) => d.span.articleId));
      // one article moving its own date is a correction or a second happening; outlets must differ
      const across = values.some((v) => values.some((w) => w !== v && [...articlesOf(w)].some((a) => !articlesOf(v).has(a))));
      if (!across) continue;
      const dates = group.map((d) => `${d.span.articleId}:${d.span.start}`).join('|');
      if (told.has(dates)) continue;
      told.add(dates);
      const params = {
        relation: 'event' as const,
        eventId: null,
        values: values.map((v) => {
          const given = group.filter((d) => dayOf(d.t.value) === v);
          return { value: v, text: given[0]!.t.text, spans: tidySpans(given.map((d) => d.span), order) };
        }),
      };
      out.push(discrepancy('calendar', { kind: 'date', params }, group.map((d) => d.span), order));
    }
  }
  return out;
}
