import eventWords from '../../../data/lexicon/event-words.json';
import type { Quote } from '../../shared/digest/schema';
import type { ArticleDoc, EntityMentionDraft, Sentence } from '../types';
import { speechWords } from '../quotes/lexicon';
import { spansWithin } from './within';

/** Who a sentence is said by: an entity id, the previous speaker (a pronoun or "-nya"), or nobody. */
export type Speaker = { kind: 'named'; id: string } | { kind: 'same'; plural?: boolean } | null;

/** Pronouns of more than one: "mereka meminta …" cannot be the one person who spoke before. */
const PLURAL: ReadonlySet<string> = new Set(eventWords.pluralPronouns);

const OPEN = /^["“”']/;
const QUOTES = /["“”]/g;

/** An entity id, or one made from the mention where linking gave none. */
export const idOf = (m: EntityMentionDraft) => m.entityId ?? `${m.type}:${m.text.toLowerCase()}`;

/** The quote stage resolved a pointer ("ujarnya", "ia mengatakan", "menurutnya") itself; events resolve it within a statement's reach. */
function pointsBack(q: Quote): boolean {
  const verb = q.verb.toLowerCase();
  return speechWords.backReferences.has(verb) || verb === 'menurutnya' || speechWords.pronouns.has(q.speaker!.text.toLowerCase());
}

function speakerOf(q: Quote): Speaker {
  if (!q.speaker) return null;
  if (pointsBack(q)) return PLURAL.has(q.speaker!.text.toLowerCase()) ? { kind: 'same', plural: true } : { kind: 'same' };
  return q.speaker.entityId ? { kind: 'named', id: q.speaker.entityId } : null;
}

const bySentence = new WeakMap<ArticleDoc, { quotes: readonly Quote[]; speakers: Speaker[] }>();
const byArticle = new WeakMap<readonly Quote[], Map<string, Quote[]>>();

/** The story's attributed quotes grouped by article once: filtering them per article would not scale. */
function attributedIn(quotes: readonly Quote[], articleId: string): Quote[] {
  let groups = byArticle.get(quotes);
  if (!groups) {
    groups = new Map();
    for (const q of quotes) if (q.speaker) (groups.get(q.articleId) ?? groups.set(q.articleId, []).get(q.articleId)!).push(q);
    for (const list of groups.values()) list.sort((a, b) => a.statement.start - b.statement.start);
    byArticle.set(quotes, groups);
  }
  return groups.get(articleId) ?? [];
}

/**
 * Each sentence's speaker as the quote stage attributed it (the one reader of who said what):
 * the speaker of the first attributed quote or reported speech whose statement starts in it.
 */
export function sentenceSpeakers(doc: ArticleDoc, quotes: readonly Quote[]): Speaker[] {
  const known = bySentence.get(doc);
  if (known && known.quotes === quotes) return known.speakers;
  const speakers: Speaker[] = doc.sentences.map(() => null);
  let k = 0;
  for (const q of attributedIn(quotes, doc.id)) {
    while (k < doc.sentences.length && doc.sentences[k]!.end <= q.statement.start) k++;
    const s: Sentence | undefined = doc.sentences[k];
    if (s && s.start <= q.statement.start && speakers[k] === null) speakers[k] = speakerOf(q);
  }
  bySentence.set(doc, { quotes, speakers });
  return speakers;
}

/** The attribution of one sentence (see sentenceSpeakers). */
export function attributionOf(doc: ArticleDoc, quotes: readonly Quote[], sentence: number): Speaker {
  return sentenceSpeakers(doc, quotes)[sentence] ?? null;
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
export function voicesOf(doc: ArticleDoc, quotes: readonly Quote[]): Voice[] {
  const speakers = sentenceSpeakers(doc, quotes);
  const voices: Voice[] = [];
  let open = false;
  let paragraph = -1;
  doc.sentences.forEach((s, i) => {
    if (s.paragraph !== paragraph) [open, paragraph] = [false, s.paragraph];
    const text = doc.text.slice(s.start, s.end).trimStart();
    const quoted: boolean = open || OPEN.test(text);
    const marks = (text.match(QUOTES) ?? []).length;
    const openAfter: boolean = quoted ? (open ? marks % 2 === 0 : marks % 2 === 1) : marks % 2 === 1;
    // a sentence wholly inside a quotation is the speaker's own words: a saying verb there is not an attribution
    voices.push({ speaker: quoted && openAfter ? null : speakers[i]!, quoted, openAfter });
    open = openAfter;
  });
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
