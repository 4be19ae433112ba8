import measures from '../../../../data/lexicon/measures.json';
import type { TokenRange } from '../../types';
import { FIGURE, parseNumber, type TokenText } from './money';

interface Unit {
  dimension: string;
  size: number;
  code: string;
}

/** A figure with its unit: "24 km" is 24,000 in the length dimension's base unit (metres). */
export interface Measure extends TokenRange {
  amount: number;
  unit: string;
  dimension: string;
  /** The amount in the dimension's base unit, compared across units. */
  base: number;
  text: string;
  start: number;
  end: number;
}

const after = new Map<string, Unit>(Object.entries(measures.after));
const before = new Map<string, Unit>(Object.entries(measures.before));
const revisions: ReadonlySet<string> = new Set(measures.revisions.words);

/** The last revision word of tokens [from, to), or -1: figures before it were superseded. */
function lastRevision(doc: TokenText, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (doc.tokens[i]!.kind === 'word' && revisions.has(doc.tokens[i]!.text.toLowerCase())) return i;
  return -1;
}

/**
 * Measures written in tokens [from, to): a figure and the unit after it ("42 km", "10
 * kilometer"), or a quake's magnitude named before it ("magnitudo 5,8", "M 5,8"). "M" after a
 * figure is metres. A figure told before a word of revision ("semula", "dimutakhirkan") was
 * superseded and is left out.
 */
export function measuresIn(doc: TokenText, from = 0, to = doc.tokens.length): Measure[] {
  const out: Measure[] = [];
  // "semula 6,0 … memutakhirkannya menjadi 5,8": a figure told before a revision is no claim
  const revised = lastRevision(doc, from, to);
  for (let i = Math.max(from, revised + 1); i < to; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'number' || !FIGURE.test(t.text)) continue;
    const amount = parseNumber(t.text);
    if (!Number.isFinite(amount)) continue;
    const next = i + 1 < to ? doc.tokens[i + 1]! : undefined;
    const unitAfter = next && (next.kind === 'word' || next.text === '%') ? after.get(next.text.toLowerCase()) : undefined;
    if (next && unitAfter && !(next.text === 'M' && unitAfter.dimension === 'length')) {
      out.push({ amount, unit: unitAfter.code, dimension: unitAfter.dimension, base: amount * unitAfter.size, text: doc.text.slice(t.start, next.end), start: t.start, end: next.end, tokenStart: i, tokenEnd: i + 2 });
      i++;
      continue;
    }
    const prev = i > from ? doc.tokens[i - 1]! : undefined;
    const unitBefore = prev && prev.kind === 'word' ? before.get(prev.text.toLowerCase()) : undefined;
    // a lone "m" before a figure is a magnitude only written as a capital ("M 5,8")
    if (prev && unitBefore && (prev.text.toLowerCase() !== 'm' || prev.text === 'M')) {
      out.push({ amount, unit: unitBefore.code, dimension: unitBefore.dimension, base: amount * unitBefore.size, text: doc.text.slice(prev.start, t.end), start: prev.start, end: t.end, tokenStart: i - 1, tokenEnd: i + 1 });
    }
  }
  return out;
}
