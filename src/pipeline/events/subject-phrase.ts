import labelWords from '../../../data/lexicon/event-labels.json';
import eventWords from '../../../data/lexicon/event-words.json';
import { stopwords } from '../language/id';
import type { Span, Token } from '../types';

const clauseBreaks: ReadonlySet<string> = new Set(eventWords.clauseBreaks);
const prepositions: ReadonlySet<string> = new Set(eventWords.prepositions);
const openers: ReadonlySet<string> = new Set(eventWords.openingConjunctions);
const speakerPersons: ReadonlySet<string> = new Set(labelWords.speakerPersons);
const closers: ReadonlySet<string> = new Set([...eventWords.demonstratives, ...eventWords.nearDemonstratives]);
const backPronouns: ReadonlySet<string> = new Set(eventWords.backPronouns);

/** The longest a subject may be and still make a short label. */
const MAX_SUBJECT_WORDS = 7;

interface Stretch {
  tokens: readonly Token[];
  mentions: readonly Span[];
  timex: readonly Span[];
}

const inside = (t: Token, spans: readonly Span[]) => spans.find((x) => t.start >= x.start && t.end <= x.end);
const lowerOf = (t: Token) => t.text.toLowerCase();
const isContent = (t: Token, s: Stretch) => t.kind !== 'punct' && !stopwords.has(lowerOf(t)) && !inside(t, s.timex);

/** The comma before token `i` that no name holds, or -1 ("Badan Meteorologi, Klimatologi, dan Geofisika" is one name). */
function commaBefore(s: Stretch, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (s.tokens[k]!.text === ',' && !inside(s.tokens[k]!, s.mentions)) return k;
  return -1;
}

/** Whether tokens [from, to) are a noun phrase a comma-enclosed apposition can follow: a content word, no preposition first. */
function nounPhrase(s: Stretch, from: number, to: number): boolean {
  const first = s.tokens[from];
  if (!first || prepositions.has(lowerOf(first))) return false;
  for (let k = from; k < to; k++) if (isContent(s.tokens[k]!, s)) return true;
  return false;
}

/**
 * Where a verb that opens nothing of its own sits between commas after a noun phrase: "Satu korban
 * lagi, seorang bocah berusia sembilan tahun, dilaporkan hilang" or "Petugas, yang tiba lebih dulu,
 * memadamkan api". Returns the first verb after the closing comma (past auxiliaries), when the
 * verb at `at` is in such an apposition, else `at`.
 */
export function pastApposition(s: Stretch, at: number, isVerbToken: (t: Token) => boolean, isAuxiliary: (t: Token) => boolean): number {
  const open = commaBefore(s, at);
  if (open <= 0 || commaBefore(s, open) >= 0 || !nounPhrase(s, 0, open)) return at;
  let close = at + 1;
  while (close < s.tokens.length && !(s.tokens[close]!.text === ',' && !inside(s.tokens[close]!, s.mentions))) close++;
  let next = close + 1;
  while (next < s.tokens.length && isAuxiliary(s.tokens[next]!)) next++;
  const verb = s.tokens[next];
  return verb && isVerbToken(verb) ? next : at;
}

export interface SubjectPhrase {
  start: number;
  end: number;
  /** The phrase points back at something named before ("aturan tersebut", "ia"). */
  pointing: boolean;
}

/** A hyphen or slash written inside a word or a score: "0-2", "poin-poin", "24/7". */
const joined = (s: Stretch, i: number) => /^[-/]$/.test(s.tokens[i]!.text) && s.tokens[i - 1]?.end === s.tokens[i]!.start && s.tokens[i + 1]?.start === s.tokens[i]!.end;

/**
 * The noun phrase that stands right before the predicate at token `at`: the subject as the
 * sentence writes it ("Seorang warga Desa Sumberwangi", "Air di sebagian desa"). A bracket
 * ("(BMKG)"), a time ("kemarin") or an apposition between commas before the predicate is passed
 * over, unless the apposition is the name of a subject that names none ("Negara tetangga,
 * Singapura, ..."); a comma or a time before the phrase, a quote or another mark ends it; names
 * are taken whole. Null when no such phrase of a content word and at most seven words stands
 * there, or when it is not the subject of a main clause: it follows a clause's opening word
 * ("setelah", "hingga"), opens with a preposition, or is a speaker's own "saya" or "kami".
 */
export function subjectPhraseBefore(s: Stretch, at: number): SubjectPhrase | null {
  const picked: number[] = [];
  let apposition: readonly [number, number] | undefined;
  let i = at - 1;
  while (i >= 0) {
    const t = s.tokens[i]!;
    const name = inside(t, s.mentions);
    if (name) {
      while (i >= 0 && s.tokens[i]!.start >= name.start) picked.push(i--);
      continue;
    }
    if (t.text === ')') {
      while (i >= 0 && s.tokens[i]!.text !== '(') i--;
      i--;
      continue;
    }
    if (inside(t, s.timex)) {
      // a time before the subject ends it, one inside it does not ("turnamen yang berlangsung 16-21 Juli itu")
      if (picked.some((k) => !closers.has(lowerOf(s.tokens[k]!)))) break;
      i--;
      continue;
    }
    if (t.text === ',') {
      if (picked.length > 0) break;
      // ", Senin (12/3)," or ", Kecamatan Baureno,": an apposition after the subject's head
      const open = commaBefore(s, i);
      if (open < 0 || !nounPhrase(s, commaBefore(s, open) + 1, open)) break;
      apposition = [open + 1, i];
      i = open - 1;
      continue;
    }
    const lower = lowerOf(t);
    if (clauseBreaks.has(lower) && lower !== 'yang') return null;
    if (t.kind === 'punct' && !joined(s, i)) break;
    picked.push(i--);
  }
  picked.reverse();
  while (picked.length > 0 && openers.has(lowerOf(s.tokens[picked[0]!]!))) picked.shift();
  const words = picked.filter((k) => s.tokens[k]!.kind !== 'punct').length;
  if (words === 0 || words > MAX_SUBJECT_WORDS) return null;
  const first = lowerOf(s.tokens[picked[0]!]!);
  const last = lowerOf(s.tokens[picked.at(-1)!]!);
  // "ia", "beliau": a subject all the same, one that names no one
  if (words === 1 && backPronouns.has(first)) return { start: s.tokens[picked[0]!]!.start, end: s.tokens[picked[0]!]!.end, pointing: true };
  // "Pelatih yang …": the verb found is a relative clause's, the main one was not
  if (!picked.some((k) => isContent(s.tokens[k]!, s)) || last === 'yang') return null;
  if (prepositions.has(first) || speakerPersons.has(first)) return null;
  const named = apposition && nameSpanning(s, apposition[0], apposition[1]);
  if (named && !picked.some((k) => inside(s.tokens[k]!, s.mentions))) return { start: named.start, end: named.end, pointing: false };
  return { start: s.tokens[picked[0]!]!.start, end: s.tokens[picked.at(-1)!]!.end, pointing: closers.has(last) };
}

/** The one name that tokens [from, to) are, if they are exactly one name. */
function nameSpanning(s: Stretch, from: number, to: number): Span | undefined {
  const name = s.tokens[from] && inside(s.tokens[from]!, s.mentions);
  return name && s.tokens[to - 1]!.end === name.end && s.tokens[from]!.start === name.start ? name : undefined;
}
