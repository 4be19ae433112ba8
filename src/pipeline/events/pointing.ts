import eventWords from '../../../data/lexicon/event-words.json';
import { tokensIn } from '../tokens';
import type { ArticleDoc, Sentence } from '../types';
import { bodyStart } from './words';
import { spansWithin } from './within';

const backReferences = eventWords.backReferences;
const backPronouns = new Set(eventWords.backPronouns);
const demonstratives: ReadonlySet<string> = new Set(eventWords.demonstratives);
const newTopics = eventWords.newTopics;
const responseOpeners = new Set(eventWords.responseOpeners);
/** A demonstrative this early belongs to the sentence's subject or opening adverbial ("Uang itu …"). */
const DEMONSTRATIVE_REACH = 6;
/** A conjunction or particle that may stand before the pointing words ("Namun, ia …"). */
const leads = new Set(['namun', 'tetapi', 'tapi', 'dan', 'bahkan', 'lalu']);
/** Punctuation that closes the sentence's opening clause. */
const CLAUSE_MARKS = new Set([',', ';', ':', '"', '“', '”']);

/** The sentence's words from its body on, lower-case, after a leading conjunction. */
function openingWords(doc: ArticleDoc, s: Sentence): { words: string[]; clause: number; starts: number[] } {
  const from = bodyStart(doc, s);
  const tokens = tokensIn(doc.tokens, from, s.end);
  let i = tokens.findIndex((t) => t.kind === 'word');
  if (i < 0) return { words: [], clause: 0, starts: [] };
  if (leads.has(tokens[i]!.text.toLowerCase()) && i + 1 < tokens.length) {
    i++;
    if (tokens[i]!.text === ',') i++;
  }
  const words: string[] = [];
  const starts: number[] = [];
  let clause = -1;
  for (const t of tokens.slice(i)) {
    if (t.kind === 'punct' && CLAUSE_MARKS.has(t.text) && clause < 0) clause = words.length;
    if (t.kind === 'word') {
      words.push(t.text.toLowerCase());
      starts.push(t.start);
    }
  }
  return { words, clause: clause < 0 ? words.length : clause, starts };
}

/** Whether the words open with the phrase, word for word ("dalam kesempatan itu"). */
const opensWith = (words: readonly string[], phrase: string) => phrase.split(' ').every((w, k) => words[k] === w);

/**
 * Whether a sentence opens by pointing back at something already told: "Saat itu, …", "Dalam
 * kesempatan itu, …", "Hal tersebut …", a pronoun subject ("Ia", "Mereka", "Keduanya"), a
 * subject such a pronoun owns ("Tuntutan mereka …"; not "ia"/"dia", which open a clause), or a
 * subject or adverbial with "itu"/"tersebut" ("Uang itu …", "Di lokasi tersebut, …"). "Selain
 * itu", "Oleh karena itu" and the like turn to something new, "Atas putusan itu" and "Terkait
 * hal tersebut" open a response to it, and "ini" mostly means now.
 */
export function pointsBack(doc: ArticleDoc, s: Sentence): boolean {
  const { words, clause, starts } = openingWords(doc, s);
  if (newTopics.some((p) => opensWith(words, p))) return false;
  if (backReferences.some((p) => opensWith(words, p))) return true;
  const first = words.slice(0, clause);
  if (first[0] && backPronouns.has(first[0])) return true;
  // "Tuntutan mereka …", "Kedatangan beliau …": a subject owned by someone just told of
  if (first[1] && first[1] !== 'ia' && first[1] !== 'dia' && backPronouns.has(first[1]) && !responseOpeners.has(first[0]!)) return true;
  // "Atas putusan tersebut, …", "Terkait hal itu, …": a response to what was told, a happening of its own
  if (first[0] && responseOpeners.has(first[0])) return false;
  if (first.slice(1, DEMONSTRATIVE_REACH + 1).some((w) => demonstratives.has(w))) return true;
  // "Wanita berhijab ini …", "Kasus ini …": "ini" closing the subject points at what was just told,
  // unless it closes a time ("hari ini", "saat ini": a temporal expression) or the report itself
  const times = spansWithin(doc.timex, s.start, s.end);
  const inTime = (at: number) => times.some((t) => t.start <= at && at < t.end);
  return first.slice(1, DEMONSTRATIVE_REACH + 1).some((w, k) => nearDemonstratives.has(w) && !selfReference.has(first[k]!) && !inTime(starts[k + 1]!));
}

const nearDemonstratives: ReadonlySet<string> = new Set(eventWords.nearDemonstratives);
/** Nouns "ini" closes to mean the present or the report ("kali ini", "berita ini"), not something told. */
const selfReference: ReadonlySet<string> = new Set(eventWords.presentNouns);

/**
 * "Atas putusan tersebut, …", "Menanggapi hal itu, …": the sentence opens as a response to what
 * was just told, with a response word and a pointer in its opening clause; the response is a
 * happening of its own, not more of the one it answers. A bare "Karena hujan, …" explains.
 */
export function opensResponse(doc: ArticleDoc, s: Sentence): boolean {
  const { words, clause } = openingWords(doc, s);
  const first = words.slice(0, clause);
  return !!first[0] && responseOpeners.has(first[0]) && first.slice(1, DEMONSTRATIVE_REACH + 1).some((w) => demonstratives.has(w));
}
