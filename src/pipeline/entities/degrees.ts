import { cues } from './lexicon';
import type { WordSpan } from './model';
import type { Word } from './words';

/** A degree's pieces run this far at most ("S", ".", "Kom", ".", "M", ".", "Kom", "."). */
const MAX_PIECES = 8;

/** The letters of the dotted abbreviation written from word i without spaces ("M.Sc." -> "msc"), and where it ends. */
function abbreviationAt(words: readonly Word[], i: number): { letters: string; end: number } {
  let letters = '';
  let end = i;
  while (end < words.length && end - i < MAX_PIECES && (end === i || words[end]!.start === words[end - 1]!.end)) {
    const t = words[end]!.text;
    if (t === '.') end++;
    else if (/^\p{L}{1,4}$/u.test(t)) {
      letters += t.toLowerCase();
      end++;
    } else break;
  }
  return { letters, end };
}

/** Whether word i opens an academic degree written after a comma ("..., M.Sc.", "..., MBA"). */
function isDegreeAt(words: readonly Word[], i: number): boolean {
  if (words[i - 1]?.text !== ',') return false;
  const { letters } = abbreviationAt(words, i);
  return cues.degrees.has(letters);
}

/** Where the degree that word i is a later piece of opens ("Sp" of "Sp.PD" for "PD"), if it is one. */
function degreeOpenerBefore(words: readonly Word[], i: number): number | null {
  for (let k = i - 1; k >= Math.max(0, i - MAX_PIECES) && words[k + 1]!.start === words[k]!.end; k--) {
    if (isDegreeAt(words, k)) return k;
  }
  return null;
}

/**
 * "Ir. Wijaya Kusuma Halim, MBA", "Prof. Dr. Bambang Sukoco, M.Sc.": the degrees after a
 * person's name are titles, never names; a span the tagger made of one goes.
 */
export function withoutDegrees(words: readonly Word[], spans: readonly WordSpan[]): WordSpan[] {
  return spans.filter((s) => {
    // "Sp.PD", "S.I.K.": a span on a later piece of a degree belongs to the degree
    const opener = degreeOpenerBefore(words, s.start);
    if (opener !== null && abbreviationAt(words, opener).end >= s.end) return false;
    if (!isDegreeAt(words, s.start)) return true;
    // back over the degrees before this one ("S.H., M.H.") to the name they follow
    let k = s.start - 1;
    while (k > 0 && (words[k]!.text === ',' || words[k]!.text === '.' || /^\p{L}{1,4}$/u.test(words[k]!.text)) && !spans.some((p) => p.end === k + 1 && p.type === 'PER')) k--;
    const person = spans.some((p) => p.type === 'PER' && p.end === k + 1);
    return !person || abbreviationAt(words, s.start).end < s.end;
  });
}
