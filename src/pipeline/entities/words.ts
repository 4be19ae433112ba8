import type { ArticleDoc, Token } from '../types';

/** A word as the tagger sees it, with offsets into the source text. */
export interface Word {
  start: number;
  end: number;
  text: string;
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

/**
 * Splits "Kim-Putin" into "Kim", "-", "Putin" when both halves are names the document also
 * uses alone: a hyphen between two names joins two people, not one compound name.
 */
function splitJoinedNames(t: Token, names: ReadonlySet<string>): Array<Pick<Word, 'start' | 'end' | 'text' | 'glued'>> {
  const parts = t.text.split('-');
  if (t.kind !== 'word' || parts.length !== 2 || parts[0] === parts[1] || !parts.every((p) => CAP_PART.test(p) && names.has(p))) {
    return [t.glued ? { start: t.start, end: t.end, text: t.text, glued: true } : { start: t.start, end: t.end, text: t.text }];
  }
  const [a, b] = parts as [string, string];
  return [
    { start: t.start, end: t.start + a.length, text: a },
    { start: t.start + a.length, end: t.start + a.length + 1, text: '-' },
    { start: t.end - b.length, end: t.end, text: b },
  ];
}

/** The words of every sentence of a document, in order. */
export function sentenceWords(doc: ArticleDoc): Word[][] {
  const names = standaloneCapitalised(doc.tokens);
  return doc.sentences.map((s) => {
    const words: Word[] = [];
    let opening = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      for (const w of splitJoinedNames(doc.tokens[i]!, names)) {
        words.push({ ...w, initial: opening && !OPENERS.has(w.text) });
        if (!OPENERS.has(w.text)) opening = false;
      }
    }
    return words;
  });
}
