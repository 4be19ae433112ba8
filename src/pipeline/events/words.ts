import entityTriggers from '../../../data/lexicon/entity-triggers.json';
import eventWords from '../../../data/lexicon/event-words.json';
import { stem, stopwords } from '../language/id';
import { sameSense } from '../passages/lexicon';
import { clauseBefore, tokensIn } from '../tokens';
import type { ArticleDoc, Sentence, Token } from '../types';
import { spansWithin } from './within';

/** A part of a sentence left out of its wording: a time clause telling a happening of its own. */
export interface Part {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/** Titles (presiden, pelatih, juru bicara) name who, like the names they precede. */
const titles: ReadonlySet<string> = new Set(entityTriggers.titles);

/** Content-word roots of a sentence (function words and numbers left out), less those of `without`. */
export function sentenceRoots(doc: ArticleDoc, s: Sentence, without: Part[] = []): Set<string> {
  const roots = new Set<string>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (without.some((p) => i >= p.tokenStart && i < p.tokenEnd)) continue;
    const t = doc.tokens[i]!;
    if (t.kind !== 'word') continue;
    const lower = t.text.toLowerCase();
    if (lower.length < 3 || stopwords.has(lower)) continue;
    // a title is a word of its own: "pelatih" names a role, where "melatih" and "latihan" tell a doing
    const root = titles.has(lower) ? lower : stem(lower);
    roots.add(sameSense.get(lower) ?? sameSense.get(root) ?? root);
  }
  return roots;
}

/** Entities named in a sentence, by their story-wide id, less those named only inside `without`. */
export function sentenceEntities(doc: ArticleDoc, s: Sentence, without: Part[] = []): Set<string> {
  const ids = new Set<string>();
  for (const m of spansWithin(doc.mentions, s.start, s.end)) {
    if (without.some((p) => m.start >= p.start && m.end <= p.end)) continue;
    ids.add(m.entityId ?? `${m.type}:${m.text.toLowerCase()}`);
  }
  return ids;
}

const irrealis = new Set(eventWords.irrealis);
const evaluativeOpeners = eventWords.evaluativeOpeners.map((o) => o.split(' '));
/** Quote marks that open a quoted sentence: the words after them are its opening. */
const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);
/** How far into the sentence the comma after an evaluative opener stands. */
const OPENER_COMMA_REACH = 60;

/** Whether the words from `i` on are the phrase's, word for word ("sementara bagi"). */
const phraseAt = (tokens: readonly Token[], i: number, phrase: readonly string[]) => phrase.every((w, k) => tokens[i + k]?.text.toLowerCase() === w);

/**
 * Modal or evaluative sentences ("KTT ini dapat…", "Bagi Rusia, …") comment; they report
 * nothing dated. The irrealis word must stand in the opening clause, before the first comma or
 * "kata": what follows is said, or another clause.
 */
export function isComment(doc: ArticleDoc, s: Sentence): boolean {
  const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
  let i = 0;
  while (i < tokens.length && OPENING_QUOTES.has(tokens[i]!.text)) i++;
  const from = tokens[i]?.start ?? s.end;
  const commaNear = tokens.some((t, k) => k >= i && t.text === ',' && t.start < from + OPENER_COMMA_REACH);
  if (commaNear && evaluativeOpeners.some((o) => phraseAt(tokens, i, o) && doc.text[tokens[i + o.length - 1]!.end] === ' ')) return true;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    if (t.text === ',' || lower === 'kata') return false;
    if (t.kind === 'word' && irrealis.has(lower)) return true;
  }
  return false;
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** IDF-weighted Dice: rare shared roots count more than common ones, and both lengths matter. */
export function weightedOverlap(a: Set<string>, b: Set<string>, idf: (w: string) => number): number {
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const x of a) wa += idf(x);
  for (const x of b) wb += idf(x);
  for (const x of a) if (b.has(x)) shared += idf(x);
  return wa + wb ? (2 * shared) / (wa + wb) : 0;
}

const reportingVerbs = new Set(eventWords.reportingVerbs);
const complementizers = new Set(eventWords.complementizers);

/**
 * Where the reported content of "X mengatakan … bahwa …" begins (a character offset), or null
 * when the sentence does not open with a saying followed by a complement clause. A date written
 * only inside that clause dates what was said about, not the saying itself.
 */
export function reportedClauseStart(doc: ArticleDoc, s: Sentence): number | null {
  let said = false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word') continue;
    const lower = t.text.toLowerCase();
    if (reportingVerbs.has(lower)) said = true;
    else if (said && complementizers.has(lower)) return t.end;
  }
  return null;
}

const lawTitleWords = new Set(eventWords.lawTitleWords);
const termWords = new Set(eventWords.termWords);
/** What joins the two ends of a span ("2016-2021", "16 hingga 21 Juli", "1 s.d. 5 Mei"), its tokens read with spaces between. */
const SPAN_JOIN = /^(?:-|–|—|hingga|sampai(?: dengan)?|s(?: \.)? ?d(?: \.)?)$/;
/** The longest join, in tokens ("s . d ."). */
const SPAN_JOIN_TOKENS = 4;

/** Whether the tokens are what joins the two ends of a span, nothing else. */
export function joinsSpan(tokens: readonly Token[]): boolean {
  return tokens.length > 0 && tokens.length <= SPAN_JOIN_TOKENS && SPAN_JOIN.test(tokens.map((t) => t.text.toLowerCase()).join(' '));
}

/** A year that opens a span closed by what follows: "2016-", "2016 hingga ". The tokens before it, else all of them. */
function beforeSpanOpened(tokens: readonly Token[]): readonly Token[] {
  for (let k = 1; k <= SPAN_JOIN_TOKENS && k < tokens.length; k++) {
    const year = tokens[tokens.length - k - 1]!;
    if (year.kind === 'number' && /^\d{4}$/.test(year.text) && joinsSpan(tokens.slice(tokens.length - k))) return tokens.slice(0, tokens.length - k - 1);
  }
  return tokens;
}

/** How far before a date its naming words are read (eight words of a title, "Peraturan Menteri … Nomor 12"). */
const HEAD_REACH = 80;
const TITLE_WORDS = 8;

/**
 * Whether a written date places a happening, rather than naming a document, a term of office or
 * a budget: the year of "Undang-Undang Nomor 8 Tahun 1981", of "periode 2016-2021" or of
 * "tahun anggaran 2017" dates nothing that the story tells. (The year in a competition's name,
 * "Piala Dunia 2022", is read with the publication year: see yearOfName and claims' timexIn.)
 */
export function datesHappening(doc: Pick<ArticleDoc, 'tokens'>, t: { start: number; end: number }): boolean {
  // the end of a span ("periode 2016-2021") names what its start names
  const before = beforeSpanOpened(tokensIn(doc.tokens, t.start - HEAD_REACH, t.start))
    .filter((k) => k.kind !== 'punct')
    .map((k) => k.text.toLowerCase());
  const last = before[before.length - 1];
  if (last && termWords.has(last)) return false;
  // "tahun anggaran 2017" tagged as one expression: the term word sits inside it
  const inner = tokensIn(doc.tokens, t.start, t.end).map((k) => k.text.toLowerCase());
  if (inner.length > 2 && inner[0] === 'tahun' && termWords.has(inner[1]!)) return false;
  const yearOfTitle = inner[0] === 'tahun' || last === 'tahun';
  return !(yearOfTitle && before.slice(-TITLE_WORDS).some((w) => lawTitleWords.has(w)));
}

/** A short number between a name and its year: the league's tier in "Liga 1 2017", a round's in "Seri 2 2019". */
const NAME_NUMBER = /^\d{1,2}$/;
/** All capitals (and digits): an acronym ("APBN", "SEA", "PON"), a name even where it opens the sentence. */
const ACRONYM = /^[\p{Lu}\d-]{2,}$/u;

/**
 * Whether a bare year is the edition year of a name written right before it: "Liga 1 2017",
 * "Piala Dunia 2018", "APBN 2019". The name word is capitalised and not the sentence's opener
 * (a capital that only opens the sentence says nothing: "Pada 2017 …", "Sejak 2014 …"), unless it
 * is an acronym. A lowercase word before ("musim 2017", "pada 2017") makes it a time expression.
 */
export function yearOfName(doc: ArticleDoc, s: Sentence, t: { start: number; end: number; text: string }): boolean {
  if (!/^\d{4}$/.test(t.text)) return false;
  const before = tokensIn(doc.tokens, s.start, t.start);
  let k = before.length - 1;
  // the name is written right before the year, a space apart, not across a comma or a line
  const adjacent = (i: number, next: number) => i >= 0 && /^ +$/.test(doc.text.slice(before[i]!.end, next));
  if (!adjacent(k, t.start)) return false;
  if (before[k]!.kind === 'number' && NAME_NUMBER.test(before[k]!.text) && adjacent(k - 1, before[k]!.start)) k--;
  const word = before[k]!;
  if (word.kind !== 'word' || !/^\p{Lu}/u.test(word.text) || stopwords.has(word.text.toLowerCase())) return false;
  if (ACRONYM.test(word.text)) return true;
  const opener = before.slice(0, k).every((b) => b.kind !== 'word' || b.end <= bodyStart(doc, s));
  return !opener;
}

const pastMarkers = new Set(eventWords.pastMarkers);
const longAgoWords = new Set(eventWords.longAgoMarkers.words);
const longAfterPast = new Set(eventWords.longAgoMarkers.afterPast);

/** "pernah", "dahulu", "telah lama": what the sentence tells lies well before the time of writing. */
export function toldLongAgo(doc: ArticleDoc, s: Sentence): boolean {
  let previous = '';
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word') continue;
    const lower = t.text.toLowerCase();
    if (longAgoWords.has(lower) || (longAfterPast.has(lower) && pastMarkers.has(previous))) return true;
    previous = lower;
  }
  return false;
}
const futureMarkers = new Set(eventWords.futureMarkers);
const citationOpeners = new Set(eventWords.citationOpeners);

/**
 * "sebagaimana" right after a law's number or title ("UU Nomor 31 Tahun 1999 sebagaimana telah
 * diubah …") cites that law; opening a sentence ("Sebagaimana diberitakan, pelaku telah …") it
 * recalls earlier news, and the sentence's tense is its own.
 */
function citesLaw(doc: ArticleDoc, at: number, first: number): boolean {
  const before = at > first ? doc.tokens[at - 1]! : undefined;
  return before !== undefined && (before.kind === 'number' || lawTitleWords.has(before.text.toLowerCase()));
}
const negations = new Set(eventWords.negations);
const sayings = new Set([...eventWords.sayingWords, ...eventWords.sayingVerbs]);

const writingReports = new Set(eventWords.writingTime.reports);
const writingVerbs = new Set(eventWords.writingTime.verbs);

/**
 * Whether the sentence names the moment of its own telling: "saat ini", "kini" (a PRESENT_REF),
 * or the report itself being written ("hingga berita ini ditulis", "saat artikel ini
 * diturunkan"). "Sudah" there tells how things stand at publication ("sudah 30 komentar"), the
 * article's present, not a happening in the past.
 */
export function namesTimeOfWriting(doc: ArticleDoc, s: Sentence): boolean {
  if (spansWithin(doc.timex, s.start, s.end).some((t) => t.value === 'PRESENT_REF')) return true;
  const words = tokensIn(doc.tokens, s.start, s.end).filter((t) => t.kind === 'word').map((t) => t.text.toLowerCase());
  return words.some((w, i) => writingReports.has(w) && words[i + 1] === 'ini' && writingVerbs.has(words[i + 2] ?? ''));
}

/**
 * A sentence that tells something as already done ("telah ditetapkan", "pernah menjabat"), with
 * no date of its own: a past happening the story does not date. Not a saying (what someone says
 * has been done is dated by the saying, and "X mencatat bahwa …" is one), a quotation, a plan
 * ("akan"), a negation ("tak pernah"), nor a sentence placed at the time of writing ("hingga
 * kini sudah …").
 */
export function toldAsPast(doc: ArticleDoc, s: Sentence): boolean {
  if (/^\s*["“”]/.test(doc.text.slice(s.start, s.end))) return false;
  if (namesTimeOfWriting(doc, s)) return false;
  // a bare "sebelumnya" is earlier in the narrative, often the same day, not the past as such
  let past = spansWithin(doc.timex, s.start, s.end).some((t) => t.value === 'PAST_REF' && t.text.toLowerCase() !== 'sebelumnya');
  let previous = '';
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    // what follows a colon is cited ("Pasal itu berbunyi: … sudah …"), and so is a law after
    // "sebagaimana" ("UU 31/1999 sebagaimana telah diubah …"): its tense is not the sentence's
    if (t.text === ':') break;
    if (t.kind !== 'word') continue;
    const lower = t.text.toLowerCase();
    if (citationOpeners.has(lower) && citesLaw(doc, i, s.tokenStart)) break;
    if (sayings.has(lower) || futureMarkers.has(lower) || complementizers.has(lower)) return false;
    if (pastMarkers.has(lower) && !negations.has(previous)) past = true;
    previous = lower;
  }
  return past;
}

/**
 * A sentence that tells something still to come ("X akan dilantik", "bakal digelar") in its
 * narration, not in what someone says will come ("X mengatakan akan …" is a saying of today), nor
 * in a quotation: its happening lies after the day of writing, not on it.
 */
export function toldAsFuture(doc: ArticleDoc, s: Sentence): boolean {
  if (/^\s*["“”]/.test(doc.text.slice(s.start, s.end))) return false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.text === ':' || QUOTE_MARKS.has(t.text)) return false;
    if (t.kind !== 'word') continue;
    const lower = t.text.toLowerCase();
    if (sayings.has(lower) || complementizers.has(lower)) return false;
    if (futureMarkers.has(lower)) return true;
  }
  return false;
}

const copulas: ReadonlySet<string> = new Set(eventWords.stateCopulas.words);
const copulaPhrases = eventWords.stateCopulas.phrases.map((p) => p.split(' '));

/**
 * A sentence whose main clause tells what someone or something is ("Saifudin merupakan asisten
 * daerah", "Halimah dikenal sebagai ketua parlemen"), not what happened: background, when no date
 * of its own says when it held. Not a quotation, nor a saying ("X mengatakan Y adalah …").
 */
export function toldAsState(doc: ArticleDoc, s: Sentence): boolean {
  if (/^\s*["“”]/.test(doc.text.slice(s.start, s.end))) return false;
  const words: string[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.text === ':' || QUOTE_MARKS.has(t.text)) break;
    if (t.kind === 'word') words.push(t.text.toLowerCase());
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (sayings.has(w) || complementizers.has(w)) return false;
    if (copulas.has(w) || copulaPhrases.some((p) => p.every((x, j) => words[k + j] === x))) return k > 0;
  }
  return false;
}

/** The marks that open or close a quotation in Indonesian news. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

const sequenceMarkers = eventWords.sequenceMarkers.map((m) => m.split(' '));
const sequenceOpeners = new Set(eventWords.sequenceOpeners);
/** A conjunction that may stand before a connective at the head of a sentence ("Dan akhirnya …"). */
const openingConjunctions: ReadonlySet<string> = new Set(eventWords.openingConjunctions);

/**
 * "Jaksa yang sebelumnya menuntut …": a marker right after "yang" orders what the relative clause
 * tells of a noun, not the sentence's own happening, which it leaves where it was.
 */
const inRelativeClause = (tokens: readonly Token[], i: number) => i > 0 && tokens[i - 1]!.text.toLowerCase() === 'yang';

/**
 * "Setelah itu", "sebelumnya", "sementara itu": the sentence moves on to another happening. A
 * bare "kemudian", "lalu" or "akhirnya" does so only at the head of the sentence (after a quote
 * mark or a conjunction): inside a clause it orders the steps of one happening ("ditulis lalu
 * diunggah"), and "Senin lalu" is a date.
 */
export function movesOn(doc: ArticleDoc, s: Sentence): boolean {
  const tokens = tokensIn(doc.tokens, bodyStart(doc, s), s.end);
  if (tokens.some((_, i) => !inRelativeClause(tokens, i) && sequenceMarkers.some((m) => phraseAt(tokens, i, m)))) return true;
  const head = tokens.findIndex((t) => t.kind === 'word');
  if (head < 0) return false;
  const first = tokens[head]!.text.toLowerCase();
  return sequenceOpeners.has(first) || (openingConjunctions.has(first) && sequenceOpeners.has(tokens[head + 1]?.text.toLowerCase() ?? ''));
}

/** A dateline: place, outlet or both, then a dash, in the first sixty characters of one line. */
const DATELINE = /^[^\n]{0,60}?\s[-–—]{1,2}\s/;

/** How long the dateline that opens `text` is ("Jakarta, CNN Indonesia -- ", "tirto.id - "), 0 when none does. */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** Where the body of the sentence begins: after a dateline. */
export function bodyStart(doc: ArticleDoc, s: Sentence): number {
  // a dateline is shorter than this: the rest of a long sentence is not read
  return s.start + datelineLength(doc.text.slice(s.start, Math.min(s.end, s.start + 70)));
}

/** "itu", "tersebut" and "ini": every word that closes a phrase pointing at something named before. */
export const pointingWords: ReadonlySet<string> = new Set([...eventWords.demonstratives, ...eventWords.nearDemonstratives]);
const occurrenceVerbs = new Set(eventWords.occurrenceVerbs);

/** Marks that close a clause around a date: commas, colons, quotes and brackets. */
const CLAUSE_MARKS = { breaks: new Set([',', ';', ':', '"', '“', '”', '(', ')']) };

/**
 * Whether a date sits in a relative clause that a demonstrative closes into a noun phrase, the
 * subject or object of the sentence: "pelatih yang membawa timnas juara Piala AFF 2014 itu
 * diminta …". The date describes a person or thing; it does not date what the sentence tells.
 * An open relative clause ("menangkap pria yang mencuri motor pada Senin") may date either, and
 * one that says when a happening takes place ("turnamen yang berlangsung 16-21 Juli itu")
 * dates what is told of it, so both are left alone.
 */
export function describingDate(doc: ArticleDoc, s: Sentence, t: { start: number; end: number }): boolean {
  const from = bodyStart(doc, s);
  const words = clauseBefore(doc.text, doc.tokens, t.start, { ...CLAUSE_MARKS, reach: t.start - from })
    .filter((k) => k.kind === 'word')
    .map((k) => k.text.toLowerCase());
  const yang = words.lastIndexOf('yang');
  if (yang < 1 || words.slice(yang + 1).some((w) => occurrenceVerbs.has(w))) return false;
  const rest: string[] = [];
  for (const k of tokensIn(doc.tokens, t.end, s.end)) {
    if (k.kind === 'punct' && CLAUSE_MARKS.breaks.has(k.text)) break;
    if (k.kind === 'word') rest.push(k.text.toLowerCase());
  }
  const closing = rest.findIndex((w) => pointingWords.has(w));
  return closing >= 0 && closing < rest.length - 1;
}
