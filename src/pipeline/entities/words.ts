import type { ArticleDoc, Token } from '../types';
import { cues } from './lexicon';

/** A word as the tagger sees it, with offsets into the source text. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Index of the token it is (or is a piece of) in `doc.tokens`: a mention's token range comes from it. */
  token: number;
  /** First word of its sentence after opening quotes or brackets. */
  initial: boolean;
  /** Split by the tokenizer out of a word glued by a removed link: no name runs across it. */
  glued?: boolean;
}

const CAP_PART = /^\p{Lu}[\p{L}\p{M}]+$/u;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '–', '—', '…', ':']);

/** Capitalised words the document also uses on their own ("Kim", "Putin"). */
function standaloneCapitalised(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && CAP_PART.test(t.text)) names.add(t.text);
  return names;
}

type WordPiece = Pick<Word, 'start' | 'end' | 'text' | 'glued'>;

/**
 * Splits "Kim-Putin" into "Kim", "-", "Putin" when both halves are names the document also
 * uses alone: a hyphen between two names joins two people, not one compound name. Null when the
 * token stays one word (most tokens: no hyphen, so nothing is split or built for them).
 */
function splitJoinedNames(t: Token, names: ReadonlySet<string>): WordPiece[] | null {
  if (t.kind !== 'word' || !t.text.includes('-')) return null;
  const parts = t.text.split('-');
  if (parts.length !== 2 || parts[0] === parts[1] || !parts.every((p) => CAP_PART.test(p) && names.has(p))) return null;
  const [a, b] = parts as [string, string];
  return [
    { start: t.start, end: t.start + a.length, text: a },
    { start: t.start + a.length, end: t.start + a.length + 1, text: '-' },
    { start: t.end - b.length, end: t.end, text: b },
  ];
}

/** How many words before a hyphenated name a pair cue may stand ("pasangan calon nomor urut 2 Budi Santoso-Siti"). */
const PAIR_CUE_REACH = 7;
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?', '"', '“', '”']);

/** Whether a pair noun ("pasangan", "paslon") stands a few words before token i, in its clause. */
function pairCueBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - PAIR_CUE_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && CLAUSE_END.has(t.text)) return false;
    if (cues.pairCues.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * The capitalised words a document uses on their own, and the halves of the hyphenated names a
 * pair noun introduces ("pasangan Ampera Yusran-Dwi Lestari"): a candidate pair, named again
 * later by its short form ("Ampera-Dwi"), is split there too.
 */
function separateNames(tokens: readonly Token[]): Set<string> {
  const names = standaloneCapitalised(tokens);
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !t.text.includes('-') || !pairCueBefore(tokens, i)) return;
    const parts = t.text.split('-');
    if (parts.length === 2 && parts.every((p) => CAP_PART.test(p))) for (const p of parts) names.add(p);
  });
  return names;
}

/** The words of every sentence of a document, in order: one object per word, made directly. */
export function sentenceWords(doc: ArticleDoc): Word[][] {
  const names = separateNames(doc.tokens);
  return doc.sentences.map((s) => {
    const words: Word[] = [];
    let opening = true;
    const add = (start: number, end: number, text: string, glued: boolean | undefined, token: number) => {
      const opener = OPENERS.has(text);
      const initial = opening && !opener;
      words.push(glued ? { start, end, text, token, glued: true, initial } : { start, end, text, token, initial });
      if (!opener) opening = false;
    };
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i]!;
      const pieces = splitJoinedNames(t, names);
      if (pieces === null) add(t.start, t.end, t.text, t.glued, i);
      else for (const p of pieces) add(p.start, p.end, p.text, p.glued, i);
    }
    return words;
  });
}
