import eventWords from '../../../data/lexicon/event-words.json';
import type { Timex } from '../../shared/digest/schema';
import type { StoryDoc } from '../types';
import { calendarDate, claimOf, reportsAnything, timexIn, type Claim } from './claims';
import { addresseeOf, idOf, voicesOf, type Voice } from './speakers';
import { spansWithin } from './within';

/** How far back a pronoun or "-nya" still points at the last named speaker. */
const PRONOUN_REACH = 4;
/** Unattributed sentences between two of one speaker's sentences that still belong to that statement. */
const BRIDGE = 2;

export interface Units {
  /** Claims that take part in clustering; those of one statement share `unit`. */
  heads: Claim[];
  /** The other sentences of each statement, placed wherever its heads go. */
  followers: Map<number, Claim[]>;
}

/**
 * A time that places a bridge sentence's own happening: a day, or a week told back from the
 * report ("dua pekan lalu", "pekan lalu"), which names a stretch of days as a day does; a bare
 * month or year may be background to what the speaker says.
 */
const placesOwnHappening = (t: Timex) => (calendarDate(t) && t.value.length >= 10) || (t.type === 'DATE' && /^\d{4}-W\d{2}$/.test(t.value));

/** Speaker id of every sentence of an article after pronouns and short gaps are resolved. */
function speakersOf(doc: StoryDoc['articles'][number], voices: Voice[]): { ids: (string | null)[]; narration: Set<number> } {
  const ids: (string | null)[] = [];
  const person = (id: string) => doc.mentions.some((m) => m.type === 'PER' && idOf(m) === id);
  let last: { id: string; at: number } | null = null;
  voices.forEach((v, i) => {
    let id: string | null = null;
    if (v.speaker?.kind === 'named') id = v.speaker.id;
    else if (v.speaker?.kind === 'same' && last && i - last.at <= PRONOUN_REACH && !(v.speaker.plural && person(last.id))) id = last.id;
    else if (v.speaker?.kind === 'same' && !v.speaker.plural && i > 0 && ids[i - 1] === null) {
      // "-nya" with no one speaking before: the person the previous sentence is about
      const prev = doc.sentences[i - 1]!;
      const subject = spansWithin(doc.mentions, prev.start, prev.end).find((m) => m.type === 'PER');
      if (subject) id = ids[i - 1] = idOf(subject);
    }
    if (id) last = { id, at: i };
    ids.push(id);
  });
  fullNames(ids);
  bodiesThroughHeads(doc, ids);
  // a sentence or two without attribution between two of one speaker's sentences is still theirs,
  // unless it is narration about someone else that dates a happening of its own ("KPK pada Rabu
  // menggeledah …"): the statement runs on around it, but that sentence tells its own happening
  const narration = new Set<number>();
  const narrates = (k: number, speaker: string) => {
    const s = doc.sentences[k]!;
    if (voices[k]!.quoted || !timexIn(doc, s).some(placesOwnHappening)) return false;
    return !spansWithin(doc.mentions, s.start, s.end).some((m) => idOf(m) === speaker);
  };
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] !== null || i === 0 || ids[i - 1] === null) continue;
    let j = i;
    while (j < ids.length && ids[j] === null && j - i < BRIDGE) j++;
    if (j < ids.length && ids[j] === ids[i - 1]) {
      for (let k = i; k < j; k++) {
        ids[k] = ids[i - 1]!;
        if (narrates(k, ids[k]!)) narration.add(k);
      }
    }
  }
  return { ids, narration };
}

/**
 * A statement is given on a day: a day written for the saying itself, else (below) the day its
 * sentences sit on; a month or year written in it dates what was talked about.
 */
function statementDay(own: Claim[]): string | undefined {
  return own.find((c) => !c.inherited && !c.reported && c.date.length === 10)?.date;
}

/** Sentences back that an introduction of a speaker's words may stand ("seperti diungkapkan X kepada …, Rabu"). */
const INTRODUCTION_REACH = 4;
/**
 * A verb of saying in the passive, "diungkapkan", "disampaikan", with its speaker right after it
 * (or after "oleh"): the words it reports are what is told next ("Hal itu diungkapkan Ani …"). An
 * active "Ani mengakui …" is a saying of its own, told in the sentence itself; a passive that
 * tells what is done to someone ("X diduga menerima …", "X diminta mundur") introduces no words.
 */
const introducingVerbs: ReadonlySet<string> = new Set(eventWords.introducingVerbs);
const AGENT_MARKER = 'oleh';

/** Words a title may take between an introducing verb and its speaker ("diungkapkan kapten tim Budi"). */
const TITLE_REACH = 4;

/** Whether the speaker stands right after an introducing verb at token `verb`, past "oleh" and a title, no comma between. */
function speakerAfterIntroduction(doc: StoryDoc['articles'][number], verb: number, speaker: string): boolean {
  const from = doc.tokens[verb + 1]?.text.toLowerCase() === AGENT_MARKER ? verb + 2 : verb + 1;
  for (let i = from; i <= from + TITLE_REACH && i < doc.tokens.length && doc.tokens[i]!.kind !== 'punct'; i++) {
    if (doc.mentions.some((m) => m.tokenStart === i && idOf(m) === speaker)) return true;
  }
  return false;
}

/**
 * A sentence shortly before a statement that says, in the passive, when the speaker spoke: "Hal
 * itu diungkapkan Ani kepada wartawan, Rabu (7/6)." opens the statement, with what it reports of it on the way
 * to the quotations, which then need no day of their own.
 */
function introductionOf(doc: StoryDoc['articles'][number], speaker: string, first: number): { at: number; date: string } | undefined {
  for (let k = first - 1; k >= 0 && k >= first - INTRODUCTION_REACH; k--) {
    const s = doc.sentences[k]!;
    if (!spansWithin(doc.mentions, s.start, s.end).some((m) => idOf(m) === speaker)) continue;
    let said = -1;
    for (let i = s.tokenStart; i < s.tokenEnd && said < 0; i++) if (introducingVerbs.has(doc.tokens[i]!.text.toLowerCase()) && speakerAfterIntroduction(doc, i, speaker)) said = i;
    if (said < 0) return undefined;
    const from = doc.tokens[said]!.start;
    const date = timexIn(doc, s).find((t) => t.start > from && calendarDate(t) && t.value.length >= 10)?.value.slice(0, 10);
    return date === undefined ? undefined : { at: k, date };
  }
  return undefined;
}

/** An inverted attribution after a comma: ", kata Agung", ", ujarnya". */
const INVERTED = new RegExp(`,\\s*(?:${eventWords.sayingWords.join('|')})(?![a-z])`, 'gi');

/**
 * Where the attribution of a sentence begins: after the closing mark of its quotation
 * ("…,” ujar Irfan, Selasa (6/6).") or, for reported speech without quote marks, at the inverted
 * attribution after a comma ("…, kata Agung saat dikonfirmasi, Kamis (1/2)."). Null without one.
 */
export function attributionStart(text: string): number | null {
  // a closing mark ends the quoted words: ',"' / '.”'
  const closing = [...text.matchAll(/[,.!?]["”]/g)].pop();
  if (closing) return closing.index! + 1;
  const inverted = [...text.matchAll(INVERTED)].pop();
  return inverted ? inverted.index! + 1 : null;
}

/**
 * The day written in the attribution dates the saying; a day inside what was said ("hari ini"
 * in the quotation, "Tanggal 25 Januari …, kata X") is the speaker's own and may date something else.
 */
function attributionDay(doc: StoryDoc['articles'][number], k: number): string | undefined {
  const s = doc.sentences[k]!;
  const at = attributionStart(doc.text.slice(s.start, s.end));
  if (at === null) return undefined;
  const after = timexIn(doc, s).filter((t) => t.start > s.start + at && calendarDate(t) && t.value.length >= 10);
  return after[0]?.value.slice(0, 10);
}

/**
 * A short form of a speaker's name ("Siti Nadia" after "Siti Nadia Tarmizi") that linking left
 * apart is the one longer name in the article that holds all its words.
 */
function fullNames(ids: (string | null)[]): void {
  const names = [...new Set(ids.filter((x): x is string => x !== null))];
  const words = new Map(names.map((n) => [n, n.split('-')]));
  const full = new Map<string, string>();
  for (const n of names) {
    const longer = names.filter((o) => o !== n && words.get(n)!.every((w) => words.get(o)!.includes(w)));
    if (longer.length === 1) full.set(n, longer[0]!);
  }
  ids.forEach((id, i) => {
    if (id !== null && full.has(id)) ids[i] = full.get(id)!;
  });
}

/**
 * "Hiswana Migas menilai …" then '"…," kata Ketua Umum Hiswana Migas Irwan': a body's statement
 * told right before the words of a person the next sentence names with that body (its head, its
 * spokesperson) is what that person says for it, one statement, as a body and its head do one thing.
 */
function bodiesThroughHeads(doc: StoryDoc['articles'][number], ids: (string | null)[]): void {
  const organisations = new Set(doc.mentions.filter((m) => m.type === 'ORG').map(idOf));
  const people = new Set(doc.mentions.filter((m) => m.type === 'PER').map(idOf));
  for (let i = ids.length - 2; i >= 0; i--) {
    const [body, head] = [ids[i] ?? null, ids[i + 1] ?? null];
    if (body === null || head === null || !organisations.has(body) || !people.has(head)) continue;
    const next = doc.sentences[i + 1]!;
    if (spansWithin(doc.mentions, next.start, next.end).some((m) => idOf(m) === body)) ids[i] = head;
  }
}

/** A year or month named inside a statement dates what the speaker talks about. */
const talkedAbout = (c: Claim) => /^\d{4}(?:-\d{2})?$/.test(c.date);

/**
 * One speaker's statement told over consecutive sentences (the attribution, the quotation, what
 * they added) is one happening, the saying, on the date the statement is given. Its sentences
 * with a written date of that day, and its first sentence, take part in clustering; the rest
 * follow. A sentence of the statement that also dates something else keeps that claim too.
 */
export function unitsOf(story: StoryDoc, claims: Claim[]): Units {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) (byKey.get(c.key) ?? byKey.set(c.key, []).get(c.key)!).push(c);
  const absorbed = new Set<Claim>();
  const heads: Claim[] = [];
  const followers = new Map<number, Claim[]>();
  let next = 0;
  // one speaker's statements on one day in one article are one saying, even with a digression between
  const sameStatement = new Map<string, number>();
  const lastStatement = new Map<string, { date: string }>();
  story.articles.forEach((doc, article) => {
    const voices = voicesOf(doc, story.quotes);
    const { ids, narration } = speakersOf(doc, voices);
    for (let i = 0; i < ids.length; ) {
      let j = i + 1;
      while (ids[i] !== null && j < ids.length && ids[j] === ids[i]) j++;
      const speaker = ids[i];
      if (speaker === null) {
        i = j;
        continue;
      }
      const earlier = lastStatement.get(`${article}|${speaker}`);
      const introduction = earlier ? undefined : introductionOf(doc, speaker!, i);
      const members = [];
      // the introduction and the unattributed sentences after it, then the statement's own
      for (let k = introduction?.at ?? i; k < i; k++) if (ids[k] === null && reportsAnything(doc, doc.sentences[k]!)) members.push(k);
      for (let k = i; k < j; k++) if (reportsAnything(doc, doc.sentences[k]!) && !narration.has(k)) members.push(k);
      const own = members.flatMap((k) => byKey.get(`${doc.id}#${k}`) ?? []);
      // the day written beside the speaker's name dates the saying; one inside the quotation may not
      const named = members.filter((k) => voices[k]!.speaker?.kind === 'named').flatMap((k) => byKey.get(`${doc.id}#${k}`) ?? []);
      const attributed = members.map((k) => attributionDay(doc, k)).find((d) => d !== undefined);
      const written = attributed ?? statementDay(named) ?? statementDay(own);
      // a later passage of the same speaker with no day of its own continues their statement
      // else the day its sentences sit on, never a year or month the speaker names
      const date = written ?? earlier?.date ?? introduction?.date ?? own.find((c) => c.context)?.context ?? own[0]?.date;
      i = j;
      const statement = `${article}|${speaker}|${date}`;
      if (!date || (members.length < 2 && !sameStatement.has(statement))) continue;
      lastStatement.set(`${article}|${speaker}`, { date });
      const unit = sameStatement.get(statement) ?? sameStatement.set(statement, next++).get(statement)!;
      const addressee = members.map((k) => addresseeOf(doc, doc.sentences[k]!)).find((x) => x !== null) ?? undefined;
      const again = followers.has(unit);
      const follow: Claim[] = [];
      members.forEach((k, n) => {
        const mine = byKey.get(`${doc.id}#${k}`) ?? [];
        const onDay = mine.find((c) => c.date === date);
        for (const c of mine) if (c.inherited || c === onDay) absorbed.add(c);
        // another date the speaker names ("peserta tahun lalu", "musim depan") is what they talk
        // about: a happening on the timeline only where another outlet reports it too
        for (const c of mine) {
          if (absorbed.has(c) || !talkedAbout(c)) continue;
          absorbed.add(c);
          heads.push({ ...c, echo: true });
        }
        const claim = { ...(onDay ?? claimOf(doc, article, k, date, true)), unit, speaker, addressee };
        if ((n === 0 && !again) || (onDay && !onDay.inherited)) heads.push(claim);
        else follow.push(claim);
        // a dated sentence of the statement may also tell a happening another sentence reports
        if (onDay && !onDay.inherited && !voices[k]!.quoted) heads.push({ ...onDay, echo: true });
      });
      // added in place: one speaker's statement printed a thousand times is one growing list
      const kept = followers.get(unit);
      if (kept) for (const c of follow) kept.push(c);
      else followers.set(unit, follow);
    }
  });
  const ordered = [...claims.filter((c) => !absorbed.has(c)), ...heads].sort((a, b) => a.article - b.article || a.sentence - b.sentence);
  return { heads: ordered, followers };
}
