import type { Timex } from '../../shared/digest/schema';
import type { ArticleDoc, Sentence, StoryDoc } from '../types';
import { stem } from '../language/id';
import { pointsBack } from './pointing';
import { clausePart, namingClauses } from './subordinate';
import { lowerBound, spansWithin } from './within';
import { tokensIn } from '../tokens';
import { bodyStart, datesHappening, describingDate, isComment, joinsSpan, movesOn, toldAsFuture, toldAsPast, toldAsState, toldLongAgo, reportedClauseStart, sentenceEntities, sentenceRoots, yearOfName } from './words';

/** One sentence read as reporting a happening on one date. */
export interface Claim {
  key: string;
  article: number;
  articleId: string;
  sentence: number;
  /** The source paragraph (body line) the sentence sits in. */
  paragraph: number;
  start: number;
  end: number;
  date: string;
  /** The date was not written in the sentence but taken from its paragraph or article. */
  inherited: boolean;
  /** The date was written only inside what someone is reported as saying, not for the saying. */
  reported: boolean;
  roots: Set<string>;
  entities: Set<string>;
  timex: Timex[];
  /** The day of the sentence's paragraph, else of its article, whatever its own dates: where a saying in it sits. */
  context?: string;
  /** The passage (one speaker's statement) the sentence belongs to, when it is part of one. */
  unit?: number;
  /** Who gives that statement, and to whom when it is said to someone named. */
  speaker?: string;
  addressee?: string;
  /** A statement's sentence read again as the happening it tells; kept only beside another report of it. */
  echo?: boolean;
  /** The date describes someone or something the sentence names ("pelatih yang membawa juara 2014 itu"), not what it tells. */
  describing?: boolean;
}

/** Calendar values only: a duration or PRESENT_REF places nothing on a timeline. */
export const calendarDate = (t: Timex) => (t.type === 'DATE' || t.type === 'TIME') && /^\d{3,4}(?:-|$)/.test(t.value) && !/-W/.test(t.value);
const dayOf = (value: string) => value.slice(0, 10);

/**
 * The sentence's temporal expressions, less the years that only name a law or a term of office,
 * and less the edition year of a competition, season, programme or budget still running or ahead
 * at publication ("Liga 1 2017" in a 2017 report, "APBN 2019" passed in 2018): that names the
 * thing, and what the sentence tells of it happens on the story's own days. An earlier edition
 * is over: what is told of it ("juara Piala AFF 2014") lies in its year.
 */
export function timexIn(doc: ArticleDoc, s: Sentence): Timex[] {
  return spansWithin(doc.timex, s.start, s.end).filter((t) => datesHappening(doc, t) && !(yearOfName(doc, s, t) && !editionOver(doc, t)));
}

/** Whether the year a name carries lies before the article's publication year; unknown without one. */
function editionOver(doc: ArticleDoc, t: Timex): boolean {
  const published = doc.published?.date;
  return !published || t.value < published.slice(0, 4);
}

/**
 * The article's own day: its lead's date when that lies in the days just before publication
 * (a report written up a day later), else publication; a lead announcing a coming date is not it.
 */
function mainDate(doc: ArticleDoc, dated: Map<number, string[]>): string | null {
  const lead = [...dated.entries()].sort((a, b) => a[0] - b[0])[0]?.[1][0];
  const published = doc.published?.date ?? null;
  if (!published) return lead ?? null;
  const gap = lead && lead.length === 10 ? (Date.parse(published) - Date.parse(lead)) / 86_400_000 : -1;
  // a publication day only inferred from the text is weaker evidence than the lead's own day
  const reach = doc.published?.source === 'text' ? 7 : 3;
  return lead && gap >= 0 && gap <= reach ? lead : published;
}


/**
 * The days a sentence's dates place its happening on: the end of a span is the same happening
 * as its start, and a year or month that holds another date of the sentence ("musim ini …
 * April lalu") adds nothing to the finer one.
 */
export function sentenceDates(doc: ArticleDoc, timex: Timex[]): string[] {
  const sorted = [...timex].sort((a, b) => a.start - b.start);
  // "16-21 Juli", "31 Januari hingga 1 Februari": the second date closes the span the first opens
  const kept = sorted.filter((t, i) => i === 0 || !joinsSpan(tokensIn(doc.tokens, sorted[i - 1]!.end, t.start)));
  const days = [...new Set(kept.map((t) => dayOf(t.value)))];
  return days.filter((d) => !days.some((o) => o !== d && o.startsWith(d)));
}

/**
 * The wording of what a sentence itself tells: a time clause ("usai menangkap …") tells another
 * happening (read on its own, see clauses.ts), so its words are left out while enough remain.
 */
function ownWording(doc: ArticleDoc, s: Sentence): { roots: Set<string>; entities: Set<string> } {
  const parts = namingClauses(doc, s).map((c) => clausePart(doc, s, c));
  const roots = sentenceRoots(doc, s, parts);
  if (parts.length && roots.size < MIN_OWN_ROOTS) return { roots: sentenceRoots(doc, s), entities: sentenceEntities(doc, s) };
  return { roots, entities: sentenceEntities(doc, s, parts) };
}
/** Fewer roots than a main clause needs to tell something once its time clauses are left out. */
const MIN_OWN_ROOTS = 3;

/**
 * One sentence as a claim on one date. The optional fields are there from the start, unset: the
 * stages after copy claims with some of them set (`{ ...c, unit, speaker }`), and a copy that adds
 * a field the original lacks gets a hidden class of its own in V8, one per claim of a large story.
 */
export function claimOf(doc: ArticleDoc, article: number, i: number, date: string, inherited: boolean, reported = false): Claim {
  const s = doc.sentences[i]!;
  const [{ roots, entities }, timex] = [ownWording(doc, s), timexIn(doc, s)];
  return { key: `${doc.id}#${i}`, article, articleId: doc.id, sentence: i, paragraph: s.paragraph, start: s.start, end: s.end, date, inherited, reported, roots, entities, timex, context: undefined, unit: undefined, speaker: undefined, addressee: undefined, echo: undefined, describing: undefined };
}

/** The root of a sentence's first word after its dateline: the head of a pointer ("Vonis tersebut"). */
function headRoot(doc: ArticleDoc, s: Sentence): string {
  const from = bodyStart(doc, s);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.kind === 'word' && t.start >= from) return stem(t.text.toLowerCase());
  }
  return '';
}

/** Fewer words than a clause needs: a fragment ("Sebelumnya."), a byline ("(osc)"), a credit. */
const MIN_WORDS = 3;

/**
 * Whether a sentence can report a happening at all: headings, bylines, credits in brackets and
 * fragments of a word or two never do.
 */
export function reportsAnything(doc: ArticleDoc, s: Sentence): boolean {
  if (doc.headings.some((h) => h.start < s.end && s.start < h.end)) return false;
  const text = doc.text.slice(s.start, s.end).trim();
  if (/^\([^()]*\)[.]?$/.test(text) || /^\[[^[\]]*\][.]?$/.test(text)) return false;
  let words = 0;
  for (let i = s.tokenStart; i < s.tokenEnd && words < MIN_WORDS; i++) if (doc.tokens[i]!.kind === 'word') words++;
  return words >= MIN_WORDS;
}

/**
 * Sentences with a written date report what happened then; a sentence without one, unless it
 * only comments, reports on the date of its paragraph, else on the article's own day. A saying
 * whose only dates sit inside what was said ("X mengatakan bahwa … Februari lalu") also reports
 * the saying itself, on that paragraph or article day.
 */
export function claimsOf(story: StoryDoc): Claim[] {
  const claims: Claim[] = [];
  story.articles.forEach((doc, article) => {
    const dated = new Map<number, string[]>();
    // sentences whose every date describes someone or something: they date no neighbour
    const describing = new Set<number>();
    doc.sentences.forEach((s, i) => {
      const calendar = timexIn(doc, s).filter(calendarDate);
      const dates = sentenceDates(doc, calendar);
      if (dates.length) dated.set(i, dates);
      if (dates.length && calendar.every((t) => describingDate(doc, s, t))) describing.add(i);
    });
    const main = mainDate(doc, new Map([...dated].filter(([i]) => !describing.has(i))));
    // the dated sentences of each paragraph in text order, so a sentence looks only at its own paragraph's
    const datedIn = new Map<number, number[]>();
    for (const j of dated.keys()) {
      if (describing.has(j)) continue;
      const paragraph = doc.sentences[j]!.paragraph;
      (datedIn.get(paragraph) ?? datedIn.set(paragraph, []).get(paragraph)!).push(j);
    }
    // the lead tells the article's own news: a month or year in the sentence after it ("… bulan
    // lalu") gives background, and says nothing of the lead's day
    const lead = doc.sentences.findIndex((s) => reportsAnything(doc, s));
    const contextDate = (i: number): string | null => {
      // the nearest dated sentence before it in the paragraph, else the first after it
      const sameParagraph = datedIn.get(doc.sentences[i]!.paragraph) ?? [];
      const k = lowerBound(sameParagraph, i);
      const source = k > 0 ? sameParagraph[k - 1] : sameParagraph[sameParagraph[k] === i ? k + 1 : k];
      const date = source !== undefined ? dated.get(source)![0]! : main;
      return i === lead && source !== undefined && source > i && date !== null && date.length < 10 ? main : date;
    };
    // sentences that comment (a rule, a condition, a possibility) and those that go on explaining
    // one: an undated sentence pointing back right after a comment ("Ketentuan itu …"), unless it
    // moves on ("Sementara itu, …") or its pointer names what a happening told before it named
    // ("Vonis tersebut …" after the verdict)
    const comments = new Set<number>();
    const told = new Set<string>();
    let previous = -1;
    doc.sentences.forEach((s, i) => {
      if (!reportsAnything(doc, s)) return;
      const explains = !dated.has(i) && comments.has(previous) && pointsBack(doc, s) && !movesOn(doc, s) && !told.has(headRoot(doc, s));
      previous = i;
      if (isComment(doc, s) || explains) comments.add(i);
      else for (const r of sentenceRoots(doc, s)) told.add(r);
    });
    // a sentence telling what is to come, on no day of its own, happens on the first later day the
    // article gives for something it shares a name or a word with ("… akan dilantik." then "Rabu
    // (13/9) dia dilantik …"): the day of writing is when it is told, not when it happens
    const wordings = new Map<number, { roots: Set<string>; entities: Set<string> }>();
    const wordingOf = (i: number) => {
      let w = wordings.get(i);
      if (!w) wordings.set(i, (w = { roots: sentenceRoots(doc, doc.sentences[i]!), entities: sentenceEntities(doc, doc.sentences[i]!) }));
      return w;
    };
    // the dated sentences telling a day after the article's own, in text order
    const later = main && main.length === 10 ? [...dated].sort((a, b) => a[0] - b[0]).flatMap(([j, dates]) => {
      const day = describing.has(j) ? undefined : dates.find((d) => d.length === 10 && d > main);
      return day ? [{ j, day }] : [];
    }) : [];
    const comingDay = (i: number): string | null => {
      const own = wordingOf(i);
      for (const { j, day } of later) {
        if (j === i) continue;
        const other = wordingOf(j);
        if ([...other.entities].some((e) => own.entities.has(e)) || [...other.roots].some((r) => own.roots.has(r))) return day;
      }
      return null;
    };
    doc.sentences.forEach((s, i) => {
      if (!reportsAnything(doc, s)) return;
      const timex = timexIn(doc, s);
      // a saying happens on a day: a year or month nearby dates what is talked about
      const near = contextDate(i);
      const context = (near && near.length === 10 ? near : main) ?? undefined;
      const push = (date: string, inherited: boolean, reported = false, describes = false) =>
        claims.push({ ...claimOf(doc, article, i, date, inherited, reported), context, describing: describes || undefined });
      const dates = dated.get(i);
      if (dates) {
        const clause = reportedClauseStart(doc, s);
        const saidOn = clause !== null && timex.filter(calendarDate).every((t) => t.start >= clause) ? contextDate(i) : null;
        for (const date of dates) push(date, false, saidOn !== null, describing.has(i));
        if (saidOn && !dates.includes(saidOn)) push(saidOn, true);
        // what the sentence itself tells happens on its paragraph's or article's day
        const own = describing.has(i) && !isComment(doc, s) ? contextDate(i) : null;
        if (own && !dates.includes(own)) push(own, true);
        return;
      }
      // "Ketentuan itu mengacu pada …" after "Praperadilan gugur bila …": an explanation of what was only commented on
      if (comments.has(i)) return;
      const date = contextDate(i);
      const coming = date === main && toldAsFuture(doc, s) ? comingDay(i) : null;
      if (coming) {
        push(coming, true);
        return;
      }
      // only the article's own day is a guess weak enough to yield to "telah", "pernah", "sebelumnya";
      // the lead tells the article's own news, done by the time of writing ("Tim SAR telah menemukan …"),
      // unless it tells of long ago ("… telah lama merencanakan …")
      if (date === main && (i !== lead || toldLongAgo(doc, s)) && (toldAsPast(doc, s) || (toldAsState(doc, s) && !pointsBack(doc, s)))) push('PAST_REF', true);
      else if (date) push(date, true);
    });
  });
  return claims;
}
