import type { ArticleDoc, EntityMentionDraft } from '../types';
import { prefixShapeOf } from '../language/id/verb-shape';
import { spansEndingWithToken, spansInTokens, wholeTokensOf } from '../tokens';
import { speechWords } from './lexicon';

/**
 * Where the subject of a reporting verb ends, read back from the verb over what Indonesian puts
 * between them: adverbs, negations and modals ("belum bisa menjelaskan"), a time phrase ("pada
 * Selasa mengatakan"), a bracketed age or short form ("(63),"), an apposition or a relative
 * clause set off by commas ("Kim, yang tiba kemarin, mengatakan"; "Siti, 41, warga desa itu,
 * mengaku") and one without commas that has a verb of its own ("Budi yang menonton laga itu
 * menyebut"). The answer is a mention of the subject, a pronoun's token, or null.
 */

const lowerAt = (doc: ArticleDoc, i: number) => doc.tokens[i]?.text.toLowerCase() ?? '';
const isPunct = (doc: ArticleDoc, i: number) => doc.tokens[i]?.kind === 'punct';
/** How far a set-off clause may run: past this, the comma more likely joins two clauses. */
const CLAUSE_REACH = 16;
const BRACKET_REACH = 6;

export type Subject =
  | { kind: 'mention'; mention: EntityMentionDraft }
  | { kind: 'pronoun'; token: number }
  /** A speaker told by role or group, no name: tokens [from, to). */
  | { kind: 'described'; from: number; to: number }
  | null;

const speaking = (m: EntityMentionDraft) => m.type !== 'LOC';

function mentionEndingAt(doc: ArticleDoc, j: number): EntityMentionDraft | null {
  return spansEndingWithToken(doc.mentions, doc.tokens, j).find(speaking) ?? null;
}

/**
 * For each token, the first temporal expression (in the article's order) that holds it, built once
 * per article: looking it up in every expression for every token grew with the text's square.
 */
const holders = new WeakMap<ArticleDoc['timex'], { length: number; at: Int32Array }>();

function timexHolding(doc: ArticleDoc, j: number): ArticleDoc['timex'][number] | undefined {
  let known = holders.get(doc.timex);
  if (!known || known.length !== doc.timex.length) {
    const at = new Int32Array(doc.tokens.length).fill(-1);
    doc.timex.forEach((x, n) => {
      const { from, to } = wholeTokensOf(doc.tokens, x);
      for (let i = from; i < to; i++) if (at[i] === -1) at[i] = n;
    });
    known = { length: doc.timex.length, at };
    holders.set(doc.timex, known);
  }
  const n = known.at[j] ?? -1;
  return n >= 0 ? doc.timex[n] : undefined;
}

/** The token before fillers and time phrases that end at `j`. */
function pastFillers(doc: ArticleDoc, j: number, start: number): number {
  for (let guard = 0; j >= start && guard < 12; guard++) {
    if (speechWords.subjectFillers.has(lowerAt(doc, j))) {
      j--;
      continue;
    }
    const time = timexHolding(doc, j);
    if (!time) break;
    const first = wholeTokensOf(doc.tokens, time).from;
    while (j >= start && j >= first) j--;
    if (j >= start && speechWords.timePrepositions.has(lowerAt(doc, j))) j--;
  }
  return j;
}

/** The "(" that opens a short bracket closing at `j`, else -1. */
function bracketOpening(doc: ArticleDoc, j: number, start: number): number {
  for (let i = j - 1; i >= start && i > j - BRACKET_REACH; i--) if (lowerAt(doc, i) === '(') return i;
  return -1;
}

/** The comma (or the sentence start, as start - 1) that opens a clause set off before the comma at `j`. */
function clauseOpening(doc: ArticleDoc, j: number, start: number): number {
  for (let i = j - 1; i >= start && i > j - CLAUSE_REACH; i--) {
    const w = lowerAt(doc, i);
    if (w === ',') return i;
    if (isPunct(doc, i) && w !== '(' && w !== ')' && w !== '-') return -2;
  }
  return j - start < CLAUSE_REACH ? start - 1 : -2;
}

/** A word of a name ("Menteri", "Media") is no verb, whatever its first letters. */
const insideName = (doc: ArticleDoc, x: number) => spansInTokens(doc.mentions, x, x + 1).length > 0;

/** A relative clause without commas ending at `j`: "X yang menyaksikan laga itu". Returns the token before "yang", else -1. */
function beforeRelative(doc: ArticleDoc, j: number, start: number): number {
  for (let i = j; i >= start && i > j - 10; i--) {
    if (isPunct(doc, i)) return -1;
    if (lowerAt(doc, i) !== 'yang') continue;
    // a relative clause needs a predicate of its own before the main verb: a word of verb shape,
    // the copula "merupakan" included
    let verb = false;
    for (let x = i + 1; x <= j; x++) verb ||= prefixShapeOf(lowerAt(doc, x)) !== null && !insideName(doc, x);
    return verb && i + 1 < j ? i - 1 : -1;
  }
  return -1;
}

const OCCASION_REACH = 8;

/**
 * An occasion told between the subject and its verb without commas ("Budi dalam jumpa pers
 * mengatakan", "Budi kepada wartawan di Jakarta menjelaskan"): the token before its first
 * preposition when that token ends the subject (a speaking name or a pronoun), else -1.
 */
function beforeOccasion(doc: ArticleDoc, j: number, start: number): number {
  let found = -1;
  for (let i = j; i > start && i > j - OCCASION_REACH; i--) {
    if (isPunct(doc, i)) break;
    if (!speechWords.occasionPrepositions.has(lowerAt(doc, i))) continue;
    if (speechWords.pronouns.has(lowerAt(doc, i - 1)) || mentionEndingAt(doc, i - 1)) found = i - 1;
  }
  return found;
}

/** The "yang" at token `i` opens a clause that holds the mention `m` after its verb. */
function openedBy(doc: ArticleDoc, i: number, m: EntityMentionDraft): boolean {
  return lowerAt(doc, i) === 'yang' && i < m.tokenStart;
}

/**
 * "hakim", "sejumlah ahli", "majelis hakim" ending at token `j` and opening its clause (at the
 * sentence's start or after a comma: "Usai sidang, hakim menegaskan"): the subject told by its
 * role, else null. Opening the clause keeps out a role noun that ends an object before the verb.
 */
function describedSubject(doc: ArticleDoc, j: number, start: number): Subject {
  if (!speechWords.describedSubjects.has(lowerAt(doc, j))) return null;
  let from = j;
  while (from > start && (speechWords.describedSubjects.has(lowerAt(doc, from - 1)) || speechWords.subjectQuantifiers.has(lowerAt(doc, from - 1)))) from--;
  return from === start || lowerAt(doc, from - 1) === ',' ? { kind: 'described', from, to: j + 1 } : null;
}

/** The subject of the reporting verb at token `k`, the sentence starting at token `start`. */
export function subjectBefore(doc: ArticleDoc, k: number, start: number): Subject {
  let j = k - 1;
  for (let hops = 0; hops < 6; hops++) {
    j = pastFillers(doc, j, start);
    const occasion = beforeOccasion(doc, j, start);
    if (occasion >= start) j = occasion;
    if (j < start) return null;
    const w = lowerAt(doc, j);
    if (speechWords.pronouns.has(w)) return { kind: 'pronoun', token: j };
    const m = mentionEndingAt(doc, j);
    if (m) {
      // "Warga yang mengenal Budi mengatakan": Budi is the relative clause's object, the subject stands before "yang"
      const relative = beforeRelative(doc, j, start);
      if (relative < start || !openedBy(doc, relative + 1, m)) return { kind: 'mention', mention: m };
      j = relative;
      continue;
    }
    if (w === ')') {
      const open = bracketOpening(doc, j, start);
      if (open < 0) return null;
      // "Kantor berita Korea Utara (KCNA)": the name before its short form, else the short form
      const named = mentionEndingAt(doc, open - 1) ?? spansInTokens(doc.mentions, open + 1, j).find(speaking);
      if (named) return { kind: 'mention', mention: named };
      j = open - 1;
    } else if (w === ',') {
      if (lowerAt(doc, j - 1) === ')') {
        j--;
        continue;
      }
      const open = clauseOpening(doc, j, start);
      const relative = open >= start - 1 && lowerAt(doc, open + 1) === 'yang';
      // a name set off after its title is the speaker itself: "Penasihat Putin, Yuri Ushakov, mengatakan"
      if (!relative && speechWords.pronouns.has(lowerAt(doc, j - 1))) return { kind: 'pronoun', token: j - 1 };
      const named = relative ? null : mentionEndingAt(doc, j - 1);
      if (named) return { kind: 'mention', mention: named };
      if (open < start) return null;
      j = open;
    } else {
      const described = describedSubject(doc, j, start);
      if (described) return described;
      const relative = beforeRelative(doc, j, start);
      if (relative < start) return null;
      j = relative;
    }
  }
  return null;
}
