import type { ArticleDoc, EntityMentionDraft, TokenRange } from '../types';
import { lastStartingAtOrBeforeToken, spansInTokens } from '../tokens';
import { speechWords } from './lexicon';
import { subjectBefore } from './subject';

/** A speaker as the digest shows it, with the tokens it is written with (its range is not shown). */
export interface Speaker extends TokenRange {
  start: number;
  end: number;
  text: string;
  entityId: string | null;
}

/** The speaker named last in the article so far, for "katanya" and "ia mengatakan". */
export interface Context {
  last: Speaker | null;
}

const lowerAt = (doc: ArticleDoc, i: number) => doc.tokens[i]?.text.toLowerCase() ?? '';
const isPunct = (doc: ArticleDoc, i: number) => doc.tokens[i]?.kind === 'punct';

/** Mentions in tokens [from, to) that can speak: people first, then organisations ("kata Polri"). */
function speakingMention(doc: ArticleDoc, from: number, to: number): EntityMentionDraft | null {
  const inside = spansInTokens(doc.mentions, from, to).filter((m) => m.type !== 'LOC');
  return inside.find((m) => m.type === 'PER') ?? inside[0] ?? null;
}

const fromMention = (m: EntityMentionDraft): Speaker => ({ start: m.start, end: m.end, text: m.text, entityId: m.entityId ?? null, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd });

/** The first tokens of the sentence holding token `k` and of the one before it (sentences come in text order). */
function sentenceStarts(doc: ArticleDoc, k: number): { here: number; before: number } {
  const at = Math.max(0, lastStartingAtOrBeforeToken(doc.sentences, k));
  return { here: doc.sentences[at]?.tokenStart ?? 0, before: doc.sentences[Math.max(0, at - 1)]?.tokenStart ?? 0 };
}

/**
 * A pronoun stands for the speaker named last; its own span is kept as the speaker's text.
 * "Mereka" is a group: a body named before it in its sentence, else the first body the sentence
 * before names (its subject, as a rule), else nobody known.
 */
function pronounSpeaker(doc: ArticleDoc, i: number, ctx: Context): Speaker {
  const t = doc.tokens[i]!;
  const span = { start: t.start, end: t.end, text: t.text, tokenStart: i, tokenEnd: i + 1 };
  if (!speechWords.groupPronouns.has(t.text.toLowerCase())) return { ...span, entityId: ctx.last?.entityId ?? null };
  // a body named earlier in this sentence, else the subject of the sentence before: the first body it names
  const { here, before } = sentenceStarts(doc, i);
  const orgs = (from: number, to: number) => spansInTokens(doc.mentions, from, to).filter((m) => m.type === 'ORG');
  const body = orgs(here, i).pop() ?? orgs(before, here)[0];
  return { ...span, entityId: body?.entityId ?? null };
}

/**
 * The speaker when the most recent one is meant ("ujarnya" at token `k`): that speaker; with none yet, the
 * last person its own sentence names before it, else the person the sentence before is about:
 * the first it names (its subject, as a rule: "Hakim Kusno menolak gugatan yang diajukan Budi.
 * “…,” ujarnya." is the judge speaking), else the last person named before.
 */
export function lastSpeaker(doc: ArticleDoc, k: number, ctx: Context): Speaker | null {
  if (ctx.last) return ctx.last;
  const person = (m: EntityMentionDraft) => m.type === 'PER' && m.tokenEnd <= k;
  const { here, before: previous } = sentenceStarts(doc, k);
  const inSentence = spansInTokens(doc.mentions, here, k).filter(person).pop();
  const subject = inSentence ?? (previous < here ? spansInTokens(doc.mentions, previous, here).find(person) : undefined);
  const named = subject ?? doc.mentions.filter(person).pop();
  return named ? fromMention(named) : null;
}

/**
 * The speaker named after an attributing word at token `k` ("kata pelatih tim, Budi Santoso,
 * di ..."): the clause runs to a stop word or punctuation, one apposition comma allowed; a
 * person in it wins over a body; with no name, the phrase itself ("sang pelatih").
 */
export function speakerAfter(doc: ArticleDoc, k: number, end: number, ctx: Context): Speaker | null {
  let j = k + 1;
  if (speechWords.idiomFollowers.has(lowerAt(doc, j))) return null;
  if (j < end && speechWords.pronouns.has(lowerAt(doc, j))) return pronounSpeaker(doc, j, ctx);
  let commas = 0;
  let phraseEnd = j;
  for (; j < end && j < k + 14; j++) {
    const w = lowerAt(doc, j);
    if (isPunct(doc, j)) {
      if (w !== ',' || commas++ > 0) break;
      continue;
    }
    if (j > k + 1 && speechWords.speakerStops.has(w)) break;
    if (commas === 0) phraseEnd = j + 1;
  }
  const named = speakingMention(doc, k + 1, j);
  if (named) return fromMention(named);
  // "tambah parah", "sebut saja Budi": a word that only sometimes attributes needs a name after it
  if (phraseEnd <= k + 1 || !speechWords.describedSpeakerWords.has(lowerAt(doc, k))) return null;
  const a = doc.tokens[k + 1]!;
  const b = doc.tokens[phraseEnd - 1]!;
  return { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end), entityId: null, tokenStart: k + 1, tokenEnd: phraseEnd };
}

/** The subject of a reporting verb at token `k` ("Budi Santoso juga mengatakan", "Budi, 41, warga Bogor, mengaku", "hakim menegaskan"), or null. */
export function speakerBefore(doc: ArticleDoc, k: number, start: number, ctx: Context): Speaker | null {
  const subject = subjectBefore(doc, k, start);
  if (!subject) return null;
  if (subject.kind === 'pronoun') return pronounSpeaker(doc, subject.token, ctx);
  if (subject.kind === 'mention') return fromMention(subject.mention);
  const a = doc.tokens[subject.from]!;
  const b = doc.tokens[subject.to - 1]!;
  return { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end), entityId: null, tokenStart: subject.from, tokenEnd: subject.to };
}
