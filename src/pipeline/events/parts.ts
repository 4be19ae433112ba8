import eventWords from '../../../data/lexicon/event-words.json';
import { stopwords, verbPrefixOf } from '../language/id';
import { tokensIn, wordBefore } from '../tokens';
import type { ArticleDoc, EntityMentionDraft, Sentence, Token } from '../types';
import { mainPredicateTokenOf } from './main-predicate';
import { pastApposition, subjectPhraseBefore } from './subject-phrase';
import { spansWithin } from './within';
import { bodyStart } from './words';

const bareVerbs = new Set(eventWords.bareVerbs);
const auxiliaries = new Set(eventWords.auxiliaries);
const notVerbs = new Set(eventWords.notVerbs);
const clauseBreaks = new Set(eventWords.clauseBreaks);
const sayingVerbs = new Set(eventWords.sayingVerbs);
const prepositions = new Set(eventWords.prepositions);

/**
 * Whether a name stands in a prepositional phrase ("dari Bhayangkara FC", "di Vladivostok") or
 * is the doer of a verb before it ("foto yang diunggah Budi itu"): not the sentence's subject.
 */
function governed(doc: ArticleDoc, m: EntityMentionDraft): boolean {
  const before = wordBefore(doc.tokens, m.start)?.text;
  return before !== undefined && (prepositions.has(before.toLowerCase()) || (before === before.toLowerCase() && isVerb(before)));
}

/**
 * Verb morphology: me-/di-/ber-/ter- forms, or a root that is a verb by itself ("tiba", "mundur");
 * nouns of those shapes ("tersangka", "berita") are listed apart.
 */
export function isVerb(lower: string): boolean {
  if (bareVerbs.has(lower)) return true;
  if (stopwords.has(lower) || notVerbs.has(lower) || lower.length < 5) return false;
  return verbPrefixOf(lower) !== null;
}

export interface Parts {
  subject: string | null;
  predicate: string;
  rest: string;
  /** The predicate is a saying verb. */
  saying: boolean;
  /** The subject points back at something named before ("aturan tersebut", "ia"), naming nothing itself. */
  pointing: boolean;
}

/**
 * The happening's parts in one sentence: the predicate (the first verb of the main clause, with
 * its auxiliaries: "akan dilantik", "telah menerima"), the participant named before it, and
 * what follows it up to the first clause break, date or comma: its object or place
 * ("di Vladivostok", "sebagai tersangka"). Null when the sentence has no verb.
 */
export function partsOf(doc: ArticleDoc, s: Sentence): Parts | null {
  const from = bodyStart(doc, s);
  const timex = spansWithin(doc.timex, s.start, s.end);
  const inTimex = (t: Token) => timex.some((x) => t.start >= x.start && t.end <= x.end);
  const tokens = tokensIn(doc.tokens, from, s.end);
  const mentions = spansWithin(doc.mentions, from, s.end);
  // the first verb is the main predicate: "X mengatakan …" labels a saying, "X tiba …" an arrival
  const verbal = (t: Token) => {
    if (t.kind !== 'word' || inTimex(t) || mentions.some((m) => t.start >= m.start && t.end <= m.end)) return false;
    const lower = t.text.toLowerCase();
    return t.text === lower && (isVerb(lower) || sayingVerbs.has(lower));
  };
  const stretch = { tokens, mentions, timex };
  // the main clause's verb where one is found ("Hingga berita ini ditulis, X menawarkan …"), else the first
  const main = mainPredicateTokenOf(doc, s);
  const mainAt = main && verbal(main) ? tokens.indexOf(main) : -1;
  const firstVerb = mainAt >= 0 ? mainAt : tokens.findIndex(verbal);
  if (firstVerb < 0) return null;
  // unless it describes a noun in an apposition: "…, seorang bocah berusia sembilan tahun, dilaporkan hilang"
  const at = pastApposition(stretch, firstVerb, verbal, (t) => auxiliaries.has(t.text.toLowerCase()));
  const verb = tokens[at]!;
  let first = at;
  while (first > 0 && tokens[first - 1]!.kind === 'word' && auxiliaries.has(tokens[first - 1]!.text.toLowerCase())) first--;
  // Indonesian puts the subject first: the first name before the predicate that no preposition governs
  // (a person before an organisation, the last of an apposition: "pelatih Persib, Djadjang Nurdjaman, dipecat")
  const free = mentions.filter((m) => m.end <= tokens[first]!.start && !governed(doc, m));
  const person: EntityMentionDraft | undefined = free.filter((m) => m.type === 'PER').pop();
  const phrase = person ? null : subjectPhraseBefore(stretch, first);
  let end = verb.end;
  const restMentions = mentions.filter((m) => m.start >= verb.end);
  let reachedName = false;
  // what is said follows a saying verb, after a comma or not: "Putin menambahkan, pembahasan …"
  const said = sayingVerbs.has(verb.text.toLowerCase()) && /^(?:,|:|bahwa)$/i.test(tokens[at + 1]?.text ?? '') ? 1 : 0;
  const restStart = tokens[at + 1 + said]?.start ?? verb.end;
  for (let i = at + 1 + said, words = 0; i < tokens.length && words < 6; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    if (t.kind === 'punct' && !/^[-/']$/.test(t.text)) break;
    if (inTimex(t) || clauseBreaks.has(lower)) break;
    const inName = restMentions.some((m) => t.start >= m.start && t.end <= m.end);
    if (reachedName && !inName) break;
    if (inName) reachedName = true;
    // a quantity is one part however it is written: "Rp 2 miliar", "30 sentimeter"
    const quantity = t.kind === 'number' || tokens[i - 1]?.kind === 'number' || tokens[i + 1]?.kind === 'number';
    if (t.kind === 'word' && !inName && !quantity) words++;
    if (!stopwords.has(lower) || inName) end = t.end;
  }
  return {
    subject: person?.text ?? (phrase ? doc.text.slice(phrase.start, phrase.end) : (free[0]?.text ?? wordsBefore(doc, tokens, first))),
    predicate: doc.text.slice(tokens[first]!.start, verb.end),
    rest: end > restStart ? doc.text.slice(restStart, end).trim() : '',
    saying: sayingVerbs.has(verb.text.toLowerCase()),
    pointing: !person && phrase !== null && phrase.pointing,
  };
}

/** Without a named participant, the noun phrase right before the predicate ("Penggeledahan dilakukan"). */
function wordsBefore(doc: ArticleDoc, tokens: readonly Token[], at: number): string | null {
  let from = at;
  const nominal = (t: Token) => t.kind === 'word' && !stopwords.has(t.text.toLowerCase()) && !auxiliaries.has(t.text.toLowerCase()) && !isVerb(t.text.toLowerCase()) && !sayingVerbs.has(t.text.toLowerCase());
  while (from > 0 && at - from < 3 && nominal(tokens[from - 1]!)) from--;
  return from < at ? doc.text.slice(tokens[from]!.start, tokens[at - 1]!.end) : null;
}
