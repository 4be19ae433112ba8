/**
 * A first-order averaged perceptron over BIO tags with Viterbi decoding. Tag sequences that
 * break BIO (an I- tag not continuing its own type) are never produced.
 */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Tag = (typeof TAGS)[number];
const N = TAGS.length;
/** Row N of the transition table is the sentence start. */
const START = N;

function allowed(prev: number, cur: number): boolean {
  const t = TAGS[cur]!;
  if (!t.startsWith('I-')) return true;
  if (prev === START) return false;
  const p = TAGS[prev]!;
  return p !== 'O' && p.slice(2) === t.slice(2);
}

const ALLOWED: boolean[] = [];
for (let p = 0; p <= N; p++) for (let c = 0; c < N; c++) ALLOWED[p * N + c] = allowed(p, c);

export interface Weights {
  features: Map<string, Float64Array>;
  /** (N + 1) x N: row = previous tag (or start), column = tag. */
  transitions: Float64Array;
}

export function decode(weights: Weights, features: readonly (readonly string[])[]): number[] {
  return decodeWith(weights, features.length, (i) => features[i]!);
}

/** Viterbi over n words whose features are asked for one word at a time. */
export function decodeWith(weights: Weights, n: number, featuresAt: (i: number) => readonly string[]): number[] {
  if (n === 0) return [];
  const emit = new Float64Array(n * N);
  for (let i = 0; i < n; i++) {
    for (const f of featuresAt(i)) {
      const w = weights.features.get(f);
      if (w) for (let t = 0; t < N; t++) emit[i * N + t]! += w[t]!;
    }
  }
  return viterbi(weights, emit);
}

/** Viterbi over emission scores already summed: n x N, row = word, column = tag. */
export function viterbi(weights: Pick<Weights, 'transitions'>, emit: Float64Array): number[] {
  const n = emit.length / N;
  if (n === 0) return [];
  const score = new Float64Array(n * N).fill(-Infinity);
  const back = new Int8Array(n * N);
  const tr = weights.transitions;
  for (let t = 0; t < N; t++) if (ALLOWED[START * N + t]) score[t] = tr[START * N + t]! + emit[t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < N; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < N; p++) {
        if (!ALLOWED[p * N + t]) continue;
        const s = score[(i - 1) * N + p]! + tr[p * N + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * N + t] = best + emit[i * N + t]!;
      back[i * N + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < N; t++) if (score[(n - 1) * N + t]! > score[(n - 1) * N + last]!) last = t;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * N + path[i]!]!;
  return path;
}

export interface TrainingSentence {
  features: string[][];
  tags: number[];
}

/** Seeded PRNG (mulberry32) so that shuffling, and so the model, is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Averaged perceptron training; returns the averaged weights. */
export function train(data: readonly TrainingSentence[], epochs: number, seed: number): Weights {
  const weights: Weights = { features: new Map(), transitions: new Float64Array((N + 1) * N) };
  const totals = new Map<string, Float64Array>();
  const transTotals = new Float64Array((N + 1) * N);
  let step = 1;
  const bump = (f: string, t: number, d: number) => {
    let w = weights.features.get(f);
    let a = totals.get(f);
    if (!w || !a) {
      w = new Float64Array(N);
      a = new Float64Array(N);
      weights.features.set(f, w);
      totals.set(f, a);
    }
    w[t]! += d;
    a[t]! += step * d;
  };
  const order = data.map((_, i) => i);
  const random = seededRandom(seed);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const s = data[k]!;
      const guess = decode(weights, s.features);
      for (let i = 0; i < s.tags.length; i++) {
        const g = s.tags[i]!;
        const p = guess[i]!;
        const gp = i === 0 ? START : s.tags[i - 1]!;
        const pp = i === 0 ? START : guess[i - 1]!;
        if (g !== p) for (const f of s.features[i]!) {
          bump(f, g, 1);
          bump(f, p, -1);
        }
        if (g !== p || gp !== pp) {
          weights.transitions[gp * N + g]! += 1;
          transTotals[gp * N + g]! += step;
          weights.transitions[pp * N + p]! -= 1;
          transTotals[pp * N + p]! -= step;
        }
      }
      step++;
    }
  }
  for (const [f, w] of weights.features) {
    const a = totals.get(f)!;
    for (let t = 0; t < N; t++) w[t] = w[t]! - a[t]! / step;
  }
  for (let t = 0; t < weights.transitions.length; t++) weights.transitions[t] = weights.transitions[t]! - transTotals[t]! / step;
  return weights;
}

/**
 * The model file: weights scaled to integers, features whose largest weight is below `minWeight`
 * dropped, one feature per line ("name<TAB>w0 w1 ...") in sorted order so equal data gives
 * byte-identical files.
 */
export interface ModelFile {
  about: string;
  tags: readonly string[];
  scale: number;
  transitions: number[];
  weights: string;
}

export function serialize(weights: Weights, scale: number, minWeight: number, about: string): ModelFile {
  const names = [...weights.features.keys()].sort();
  const lines: string[] = [];
  for (const f of names) {
    const w = weights.features.get(f)!;
    const ints = Array.from(w, (x) => Math.round(x * scale));
    if (Math.max(...ints.map(Math.abs)) < minWeight * scale) continue;
    lines.push(`${f}\t${ints.join(' ')}`);
  }
  return {
    about,
    tags: [...TAGS],
    scale,
    transitions: Array.from(weights.transitions, (x) => Math.round(x * scale)),
    weights: lines.join('\n'),
  };
}

/** Weights from feature names (one a line) and their rows laid end to end: views, not copies. */
export function weightsFromRows(features: string, rows: ArrayLike<number>, transitions: ArrayLike<number>): Weights {
  const all = Float64Array.from(rows);
  const map = new Map<string, Float64Array>();
  const names = features === '' ? [] : features.split('\n');
  if (all.length !== names.length * N) throw new Error(`${all.length} weights for ${names.length} features of ${N} tags`);
  names.forEach((name, i) => map.set(name, all.subarray(i * N, (i + 1) * N)));
  return { features: map, transitions: Float64Array.from(transitions) };
}

export function deserialize(file: ModelFile): Weights {
  const features = new Map<string, Float64Array>();
  const lines = file.weights.split('\n');
  // one buffer for every feature's row (views into it), filled in place: a model of 16,000
  // features loads in a fraction of the time an array per line takes
  const rows = new Float64Array(lines.length * N);
  let at = 0;
  for (const line of lines) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const values = line.slice(tab + 1).split(' ');
    // a row of another length (a model of other tags, refused by the tagger) keeps its length
    if (values.length !== N) {
      features.set(line.slice(0, tab), Float64Array.from(values, Number));
      continue;
    }
    for (let t = 0; t < N; t++) rows[at + t] = Number(values[t]);
    features.set(line.slice(0, tab), rows.subarray(at, at + N));
    at += N;
  }
  return { features, transitions: Float64Array.from(file.transitions) };
}

/** The weights of a model file, refused when the file is not a model of this tagger's tags. */
export function checkedWeights(file: ModelFile): Weights {
  // a model trained for other tags would decode into wrong names without a word of warning
  if (!Array.isArray(file.tags) || file.tags.join() !== TAGS.join()) throw new Error(`not a tagger model for the tags ${TAGS.join(' ')}`);
  return deserialize(file);
}
