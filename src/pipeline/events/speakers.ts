import eventWords from '../../../data/lexicon/event-words.json';
import type { ArticleDoc, EntityMentionDraft, Sentence } from '../types';
import { spansWithin } from './within';

const sayingWords = new Set(eventWords.sayingWords);
const sayingVerbs = new Set(eventWords.sayingVerbs);
const sayingLeads = new Set(eventWords.sayingLeads);
const pronouns = new Set(eventWords.pronouns);

/** Who a sentence is said by: an entity id, the previous speaker (a pronoun or "-nya"), or nobody. */
export type Speaker = { kind: 'named'; id: string } | { kind: 'same' } | null;

const OPEN = /^["“”']/;
const QUOTES = /["“”]/g;

const idOf = (m: EntityMentionDraft) => m.entityId ?? `${m.type}:${m.text.toLowerCase()}`;

function mentionsIn(doc: ArticleDoc, s: Sentence): EntityMentionDraft[] {
  return spansWithin(doc.mentions, s.start, s.end);
}

/** The person (else any entity) named right after a token, as in "kata Saut Situmorang". */
function namedAfter(mentions: EntityMentionDraft[], from: number, limit: number): string | null {
  const after = mentions.filter((m) => m.start >= from && m.start <= limit);
  const person = after.find((m) => m.type === 'PER');
  return person ? idOf(person) : after[0] ? idOf(after[0]) : null;
}

/**
 * The attribution of one sentence, read from Indonesian reporting grammar: a bare saying word
 * with its speaker after it (", kata X", "ujarnya", "lanjut X,"), "Menurut X," / "Menurutnya",
 * or a me- saying verb with its subject before it ("X menegaskan", "Ia menambahkan").
 */
export function attributionOf(doc: ArticleDoc, s: Sentence): Speaker {
  const mentions = mentionsIn(doc, s);
  const words: { lower: string; start: number; end: number; afterMark: boolean }[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    const prev = i > s.tokenStart ? doc.tokens[i - 1]! : null;
    if (t.kind === 'word') words.push({ lower: t.text.toLowerCase(), start: t.start, end: t.end, afterMark: !prev || /^[,"“”']+$/.test(prev.text) });
  }
  for (let w = 0; w < words.length; w++) {
    const { lower, start, end, afterMark } = words[w]!;
    const next = words[w + 1];
    // the inverted attribution follows a comma or a closing quote: "…," kata X / …, lanjut X,
    const bare = afterMark && (sayingWords.has(lower) || (w === 0 && sayingLeads.has(lower)));
    if (bare) {
      if (lower.endsWith('nya') && lower.length > 5) return { kind: 'same' };
      if (next && pronouns.has(next.lower)) return { kind: 'same' };
      const named = namedAfter(mentions, end, (words[w + 10] ?? words[words.length - 1]!).end);
      if (named) return { kind: 'named', id: named };
      continue;
    }
    if (sayingVerbs.has(lower)) {
      // the subject stands right before the verb: "X (63), menambahkan", "Departemen Pemilu menyatakan"
      const near = words[Math.max(0, w - 8)]!.start;
      const subject = mentions.filter((m) => m.end <= start && m.start >= near).pop();
      const pronoun = words.slice(Math.max(0, w - 3), w).find((x) => pronouns.has(x.lower));
      if (subject && (!pronoun || subject.start > pronoun.start)) return { kind: 'named', id: idOf(subject) };
      if (pronoun) return { kind: 'same' };
    }
  }
  return null;
}

export interface Voice {
  speaker: Speaker;
  /** The sentence opens inside a quotation (it starts with a quote mark or continues one). */
  quoted: boolean;
  /** The quotation is still open at the sentence's end. */
  openAfter: boolean;
}

/**
 * Each sentence's voice in article order. A quotation over several sentences belongs to the
 * speaker its closing sentence names ("… ,” kata X."), or to the one who was speaking before it.
 * Quote state is carried only within a paragraph, so an unbalanced mark cannot run away.
 */
export function voicesOf(doc: ArticleDoc): Voice[] {
  const voices: Voice[] = [];
  let open = false;
  let paragraph = -1;
  for (const s of doc.sentences) {
    if (s.paragraph !== paragraph) [open, paragraph] = [false, s.paragraph];
    const text = doc.text.slice(s.start, s.end).trimStart();
    const quoted: boolean = open || OPEN.test(text);
    const marks = (text.match(QUOTES) ?? []).length;
    const openAfter: boolean = quoted ? (open ? marks % 2 === 0 : marks % 2 === 1) : marks % 2 === 1;
    // a sentence wholly inside a quotation is the speaker's own words: a saying verb there is not an attribution
    voices.push({ speaker: quoted && openAfter ? null : attributionOf(doc, s), quoted, openAfter });
    open = openAfter;
  }
  // a quotation's earlier sentences take the speaker named where it closes
  for (let i = voices.length - 1; i > 0; i--) {
    const v = voices[i - 1]!;
    if (v.openAfter && voices[i]!.quoted && !v.speaker) v.speaker = voices[i]!.speaker ?? { kind: 'same' };
  }
  return voices;
}

/**
 * Whom a sentence's saying is addressed to when it names them: "ujar Irfan kepada Bola.net",
 * "katanya kepada kumparan". An interview given to one outlet is not the one given to another.
 */
export function addresseeOf(doc: ArticleDoc, s: Sentence): string | null {
  const text = doc.text.slice(s.start, s.end);
  for (const m of text.matchAll(/\bkepada\s+/gi)) {
    const at = s.start + m.index! + m[0].length;
    // the outlet may follow in brackets: "kepada kumparan (kumparan.com)"
    const named = spansWithin(doc.mentions, at, s.end).find((x) => x.start <= at + 25 && x.type !== 'LOC');
    if (named) return idOf(named);
  }
  return null;
}
