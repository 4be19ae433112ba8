import { TAGS } from './perceptron';

export interface LabeledSentence {
  words: string[];
  tags: number[];
}

/** Reads CoNLL "token POS tag" lines (blank line between sentences, LF or CRLF). */
export function parseConll(text: string): LabeledSentence[] {
  const out: LabeledSentence[] = [];
  let cur: LabeledSentence = { words: [], tags: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const cols = line.split(/\s+/);
    const tag = TAGS.indexOf(cols[cols.length - 1] as (typeof TAGS)[number]);
    if (tag < 0) throw new Error(`unknown tag in line: ${line}`);
    cur.words.push(cols[0]!);
    cur.tags.push(tag);
  }
  if (cur.words.length) out.push(cur);
  return out;
}

export interface Span {
  start: number;
  end: number;
  type: string;
}

/** Entity spans (word indices, end exclusive) of a BIO tag sequence. */
export function spansOf(tags: readonly number[]): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  tags.forEach((t, i) => {
    const tag = TAGS[t]!;
    if (open && tag !== `I-${open.type}`) {
      spans.push(open);
      open = null;
    }
    if (tag.startsWith('B-') || (tag.startsWith('I-') && !open)) open = { start: i, end: i + 1, type: tag.slice(2) };
    else if (open) open.end = i + 1;
  });
  if (open) spans.push(open);
  return spans;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

const prf = (tp: number, fp: number, fn: number): Prf => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
};

/** Exact span + type precision/recall/F1, overall and per type. */
export function scoreSpans(gold: readonly Span[][], pred: readonly Span[][]): { overall: Prf; byType: Record<string, Prf> } {
  const counts: Record<string, [number, number, number]> = {};
  const c = (t: string) => (counts[t] ??= [0, 0, 0]);
  gold.forEach((g, k) => {
    const p = pred[k] ?? [];
    const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
    const gs = new Set(g.map(key));
    const ps = new Set(p.map(key));
    for (const s of p) c(s.type)[gs.has(key(s)) ? 0 : 1]++;
    for (const s of g) if (!ps.has(key(s))) c(s.type)[2]++;
  });
  const byType: Record<string, Prf> = {};
  let tp = 0, fp = 0, fn = 0;
  for (const t of Object.keys(counts).sort()) {
    const [a, b, d] = counts[t]!;
    byType[t] = prf(a, b, d);
    tp += a; fp += b; fn += d;
  }
  return { overall: prf(tp, fp, fn), byType };
}
