import eventWords from '../../../data/lexicon/event-words.json';
import { stem, stopwords } from '../language/id';
import { phrases, sameSense } from '../passages/lexicon';
import { tokensIn } from '../tokens';
import type { ArticleDoc, Sentence, Token } from '../types';
import { isVerb } from './parts';
import { spansWithin } from './within';
import { bodyStart, QUOTE_MARKS } from './words';

const subordinators: ReadonlySet<string> = new Set(eventWords.mainClause.subordinators);
const reportedOpeners: ReadonlySet<string> = new Set(eventWords.mainClause.reportedOpeners);
const nominalHeads: ReadonlySet<string> = new Set(eventWords.mainClause.nominalHeads);
const auxiliaries: ReadonlySet<string> = new Set([...eventWords.auxiliaries, ...eventWords.negations]);
const sayingVerbs: ReadonlySet<string> = new Set(eventWords.sayingVerbs);
const sayingWords: ReadonlySet<string> = new Set(eventWords.sayingWords);
const closers: ReadonlySet<string> = new Set([...eventWords.demonstratives, ...eventWords.nearDemonstratives]);

/** A root as one happening: the words of one sense ("mundur" / "undur" / "hengkang") count as one. */
export const senseOf = (root: string): string => sameSense.get(root) ?? root;

/** A noun of doing: pe-...-an or ke-...-an around a shorter root ("penangkapan", "kedatangan"). */
function isDoingNoun(lower: string): boolean {
  if (!/^(?:pe|ke)[a-z]+an(?:nya)?$/.test(lower)) return false;
  const root = stem(lower);
  return root.length >= 3 && root !== lower && lower.length - root.length >= 4;
}

const wordOf = (t: Token | undefined) => (t && t.kind === 'word' ? t.text.toLowerCase() : undefined);

/**
 * The happening the main clause tells, as the senses of its predicate's root: the first verb
 * outside a subordinate clause (a relative "yang ...", a time clause "setelah ...", a reason),
 * outside what is reported ("bahwa ...", a quote) and before an attribution (", kata X"). A
 * saying verb followed straight by a doing ("menyatakan mundur") adds that doing; a nominalised
 * happening as subject ("keputusan mundur X ditentang") adds its doing word. A sentence that
 * is all quote is read inside the quote. Undefined when no predicate is found.
 */
export function mainPredicateOf(doc: ArticleDoc, s: Sentence): ReadonlySet<string> | undefined {
  const found = mainPredicateAt(doc, s);
  if (!found) return undefined;
  const { tokens, at, covered } = found;
  const verb = wordOf(tokens[at])!;
  const out = new Set([senseOf(stem(verb))]);
  // "meletakkan jabatan", "angkat kaki": a set phrase tells the happening it means
  const meant = phraseAfter(tokens, at, covered);
  if (meant) out.add(meant);
  // "menyatakan mundur", "menyatakan pengunduran diri": the saying tells the doing after it
  if (sayingVerbs.has(verb)) {
    let j = at + 1;
    while (auxiliaries.has(wordOf(tokens[j]) ?? '')) j++;
    const next = wordOf(tokens[j]);
    if (next !== undefined && !covered(tokens[j]!) && (isVerb(next) || isDoingNoun(next))) out.add(senseOf(stem(next)));
  }
  // "keputusan mundur Djanur ditentang": the nominalised happening before the verb
  for (let i = 0; i < at; i++) {
    const w = wordOf(tokens[i]);
    // a name's words ("Dinas Pekerjaan Umum") are no happening
    if (w === undefined || covered(tokens[i]!) || !(nominalHeads.has(w) || isDoingNoun(w))) continue;
    if (!nominalHeads.has(w)) out.add(senseOf(stem(w)));
    const next = wordOf(tokens[i + 1]);
    if (next !== undefined && !stopwords.has(next) && !covered(tokens[i + 1]!) && (isVerb(next) || isDoingNoun(next))) out.add(senseOf(stem(next)));
  }
  return out;
}

/** The main clause's verb as a token (see mainPredicateOf), undefined when none is found. */
export function mainPredicateTokenOf(doc: ArticleDoc, s: Sentence): Token | undefined {
  const found = mainPredicateAt(doc, s);
  return found?.tokens[found.at];
}

function mainPredicateAt(doc: ArticleDoc, s: Sentence): { tokens: readonly Token[]; at: number; covered: (t: Token) => boolean } | undefined {
  const all = tokensIn(doc.tokens, bodyStart(doc, s), s.end);
  // an attribution after a comma ends what the sentence tells: '..., kata Irfan.'
  let end = all.length;
  for (let i = 1; i < all.length; i++) {
    if ((all[i - 1]!.text === ',' || QUOTE_MARKS.has(all[i - 1]!.text)) && sayingWords.has(wordOf(all[i]) ?? '')) {
      end = i - 1;
      break;
    }
  }
  const tokens = all.slice(0, end);
  const timex = spansWithin(doc.timex, s.start, s.end);
  const mentions = spansWithin(doc.mentions, s.start, s.end);
  const covered = (t: Token) => timex.some((x) => t.start >= x.start && t.end <= x.end) || mentions.some((m) => t.start >= m.start && t.end <= m.end);
  const candidate = (t: Token) => {
    const w = wordOf(t);
    if (w === undefined || covered(t) || auxiliaries.has(w)) return false;
    return isVerb(w) || sayingVerbs.has(w);
  };
  // whether a demonstrative closes a noun later in the same stretch (up to a comma): then a
  // relative clause runs to it ("pelatih yang membawa tim itu juara ... ini dipecat")
  const closerAhead = (from: number) => {
    for (let k = from + 1; k < tokens.length && tokens[k]!.text !== ','; k++) if (closers.has(wordOf(tokens[k]) ?? '')) return true;
    return false;
  };
  // the last demonstrative with a verb straight after it (past auxiliaries) closes the relative
  // clause, whatever demonstratives the predicate's own object has ("pelatih yang membawa tim itu
  // juara ... ini merasa kesal dengan hujatan tersebut"); without one, the last demonstrative does
  const predicateAfter = (at: number) => {
    let k = at + 1;
    while (auxiliaries.has(wordOf(tokens[k]) ?? '')) k++;
    return tokens[k] !== undefined && candidate(tokens[k]!);
  };
  const closesLater = (from: number) => {
    for (let k = from + 1; k < tokens.length && tokens[k]!.text !== ','; k++) if (closers.has(wordOf(tokens[k]) ?? '') && predicateAfter(k)) return true;
    return false;
  };
  const closesRelative = (at: number) => !closesLater(at) && (predicateAfter(at) || !closerAhead(at));
  const pick = (quoted: boolean) => {
    let inQuote = false;
    let skip: 'none' | 'comma' | 'relative' | 'relativeVerb' = 'none';
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (QUOTE_MARKS.has(t.text)) {
        inQuote = !inQuote;
        continue;
      }
      if (inQuote !== quoted) continue;
      const w = wordOf(t);
      if (t.text === ',' || t.text === ';') {
        skip = 'none';
        continue;
      }
      if (w === undefined) continue;
      // "X memastikan bahwa ...": the reported clause is not the sentence's own happening; a
      // noun's "kabar bahwa ..." runs to a comma
      if (reportedOpeners.has(w)) {
        skip = 'comma';
        continue;
      }
      if (skip === 'relativeVerb' && closers.has(w) && closesRelative(i)) {
        skip = 'none';
        continue;
      }
      if (subordinators.has(w)) {
        skip = w === 'yang' ? 'relative' : 'comma';
        continue;
      }
      if (!candidate(t)) continue;
      if (skip === 'comma') continue;
      // "keputusan mundur X ...": a doing word right after such a noun belongs to the subject
      if (nominalHeads.has(wordOf(tokens[i - 1]) ?? '')) continue;
      if (skip === 'relativeVerb' && closerAhead(i)) continue;
      if (skip === 'relative') {
        skip = 'relativeVerb';
        continue;
      }
      return i;
    }
    return -1;
  };
  let at = pick(false);
  if (at < 0 && tokens.some((t) => QUOTE_MARKS.has(t.text))) at = pick(true);
  return at < 0 ? undefined : { tokens, at, covered };
}

/**
 * What a set phrase opened by the verb at `at` means ("meletakkan jabatan" -> "mundur"): the verb's
 * root and the next content word's (function words passed over) as a phrase of the lexicon.
 */
function phraseAfter(tokens: readonly Token[], at: number, covered: (t: Token) => boolean): string | undefined {
  let j = at + 1;
  while (j < tokens.length && stopwords.has(wordOf(tokens[j]) ?? '')) j++;
  const next = wordOf(tokens[j]);
  if (next === undefined || covered(tokens[j]!)) return undefined;
  return phrases.get(`${senseOf(stem(wordOf(tokens[at])!))} ${senseOf(stem(next))}`)?.[0];
}

/** Each sentence's main predicate, by claim key (`articleId#sentence`). */
export function mainPredicatesOf(docs: readonly ArticleDoc[]): Map<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  for (const doc of docs) {
    doc.sentences.forEach((s, i) => {
      const p = mainPredicateOf(doc, s);
      if (p) out.set(`${doc.id}#${i}`, p);
    });
  }
  return out;
}
