import { gazetteer, gazetteerTags } from './gazetteer';
import { initialWords, titleClass, wordShape } from './features';
import { TAGS, type Weights } from './perceptron';
import { triggers } from './lexicon';
import { remembered } from '../remembered';

const N = TAGS.length;
type Vec = Float64Array | undefined;

/** The weights of the features that depend on one lower-case word alone (or as a neighbour). */
interface WordWeights {
  w: Vec; p1: Vec; p2: Vec; p3: Vec; x2: Vec; x3: Vec; x4: Vec; initW: Vec;
  prev1: Vec; next1: Vec; prev2: Vec; next2: Vec;
}
/** The weights of the features that depend on one word shape alone (or as a neighbour). */
interface ShapeWeights { s: Vec; initS: Vec; prev: Vec; next: Vec }
/** What one word's own text gives every position it stands at. */
interface OwnWord {
  lower: string; shape: string; ww: WordWeights; sw: ShapeWeights; prefix: Float64Array; upper: boolean; cls: string;
  shortCap: Vec; hyphen: Vec; pf: Vec; pl: Vec; never: Vec;
}

/** Caches stop growing here and start again (a long run must not keep every word it met). */
const CACHE_LIMIT = 200_000;

/** A memo of `make` by string key, emptied when it grows past CACHE_LIMIT. */
const memo = <T,>(make: (key: string) => T) => remembered(make, CACHE_LIMIT);

/** A memo of `make` by two string keys in nested maps (no joined key string built per look-up). */
function pairMemo<T>(make: (a: string, b: string) => T): (a: string, b: string) => T {
  const outer = memo(() => new Map<string, T>());
  return (a, b) => {
    const inner = outer(a);
    let v = inner.get(b);
    if (v === undefined && !inner.has(b)) {
      // each inner map is bounded too, so no first word can hold an unbounded row
      if (inner.size >= CACHE_LIMIT) inner.clear();
      inner.set(b, (v = make(a, b)));
    }
    return v as T;
  };
}

function addInto(emit: Float64Array, off: number, v: Vec): void {
  if (v === undefined) return;
  for (let t = 0; t < N; t++) emit[off + t]! += v[t]!;
}

/**
 * The tagger's emission scores of one sentence: what summing the weights of `wordFeatures`
 * gives, feature by feature in the same order (so even float weights sum to the same bits), but
 * without building a feature string per word. News repeats its words, so each word's, shape's
 * and neighbour pair's weights are looked up once and kept; only rare features (title classes,
 * gazetteer matches) are named per word.
 */
export function emissionScorer(weights: Weights): (words: readonly string[]) => Float64Array {
  const get = (f: string): Vec => weights.features.get(f);
  const bias = get('b');
  const shortCap = get('short-cap');
  const hyphen = get('hyphen');
  const pf = get('pf');
  const pl = get('pl');
  const never = get('never');
  const wordWeights = memo<WordWeights>((w) => ({
    w: get(`w=${w}`), p1: get(`p1=${w.slice(0, 1)}`), p2: get(`p2=${w.slice(0, 2)}`), p3: get(`p3=${w.slice(0, 3)}`),
    x2: get(`x2=${w.slice(-2)}`), x3: get(`x3=${w.slice(-3)}`), x4: get(`x4=${w.slice(-4)}`), initW: get(`init|w=${w}`),
    prev1: get(`w-1=${w}`), next1: get(`w+1=${w}`), prev2: get(`w-2=${w}`), next2: get(`w+2=${w}`),
  }));
  const shapeWeights = memo<ShapeWeights>((s) => ({ s: get(`s=${s}`), initS: get(`init|s=${s}`), prev: get(`s-1=${s}`), next: get(`s+1=${s}`) }));
  const shapeOf = memo(wordShape);
  // everything that depends on a word's own text, looked up once per word: its lower case and
  // shape, their weights, its first sums (bias, the word, its shape, prefixes, suffixes: added
  // once in the order below and kept, and each position starts from them, the same additions
  // from zero in the same order, so the same bits), its title class and name-list weights
  const wordOf = memo<OwnWord>((word) => {
    const lower = word.toLowerCase();
    const shape = shapeOf(word);
    const ww = wordWeights(lower);
    const sw = shapeWeights(shape);
    const prefix = new Float64Array(N);
    for (const x of [bias, ww.w, sw.s, ww.p1, ww.p2, ww.p3, ww.x2, ww.x3, ww.x4]) addInto(prefix, 0, x);
    const upper = shape.startsWith('X');
    const { personFirst, personLast } = gazetteer();
    return {
      lower, shape, ww, sw, prefix, upper, cls: titleClass(lower),
      shortCap: lower.length <= 3 && upper ? shortCap : undefined,
      hyphen: word.includes('-') ? hyphen : undefined,
      pf: upper && personFirst.has(lower) ? pf : undefined,
      pl: upper && personLast.has(lower) ? pl : undefined,
      never: upper && triggers.never.has(lower) ? never : undefined,
    };
  });
  // pairs and triples by nested maps of the words themselves, so no key string is built per word
  const pairBefore = pairMemo<Vec>((a, b) => get(`w-1|w=${a}|${b}`));
  const pairAfter = pairMemo<Vec>((a, b) => get(`w|w+1=${a}|${b}`));
  const shapeTriple = memo((a) => pairMemo<Vec>((b, c) => get(`s-1|s|s+1=${a}|${b}|${c}`)));
  // the rare features too: title classes and gazetteer tags are a handful of values
  const named = (template: (v: string) => string) => memo<Vec>((v) => get(template(v)));
  const classHere = named((c) => `c=${c}`);
  const classBefore = named((c) => `c-1=${c}`);
  const classBeforeShape = pairMemo<Vec>((c, sh) => get(`c-1=${c}|s=${sh}`));
  const classTwoBefore = named((c) => `c-2=${c}`);
  const classAfter = named((c) => `c+1=${c}`);
  const gazHere = named((g) => `g=${g}`);
  const gazUpper = named((g) => `g=${g}|u=true`);
  const gazLower = named((g) => `g=${g}|u=false`);
  const gazBefore = named((g) => `g-1=${g}`);
  const gazAfter = named((g) => `g+1=${g}`);

  return (words) => {
    const n = words.length;
    const emit = new Float64Array(n * N);
    if (n === 0) return emit;
    const own = words.map(wordOf);
    const lower = own.map((o) => o.lower);
    const shape = own.map((o) => o.shape);
    const gaz = gazetteerTags(words, lower);
    const at = (arr: readonly string[], i: number, edge: string) => (i < 0 ? `<${edge}` : i >= n ? `>${edge}` : arr[i]!);
    // each word's and shape's weights once per position, for itself and as a neighbour
    const start = wordWeights('<s');
    const end = wordWeights('>e');
    const wordAt = (i: number) => (i < 0 ? start : i >= n ? end : own[i]!.ww);
    const startShape = shapeWeights('<s');
    const endShape = shapeWeights('>e');
    const shapeAt = (i: number) => (i < 0 ? startShape : i >= n ? endShape : own[i]!.sw);
    const firstWord = initialWords(words);
    for (let i = 0; i < n; i++) {
      const off = i * N;
      const o = own[i]!;
      const w = o.lower;
      emit.set(o.prefix, off);
      if (i <= firstWord) {
        addInto(emit, off, o.sw.initS);
        addInto(emit, off, o.ww.initW);
      }
      addInto(emit, off, o.shortCap);
      addInto(emit, off, o.hyphen);
      const before = at(lower, i - 1, 's');
      const after = at(lower, i + 1, 'e');
      addInto(emit, off, wordAt(i - 1).prev1);
      addInto(emit, off, wordAt(i + 1).next1);
      addInto(emit, off, wordAt(i - 2).prev2);
      addInto(emit, off, wordAt(i + 2).next2);
      addInto(emit, off, pairBefore(before, w));
      addInto(emit, off, pairAfter(w, after));
      const shapeBefore = at(shape, i - 1, 's');
      const shapeAfter = at(shape, i + 1, 'e');
      addInto(emit, off, shapeAt(i - 1).prev);
      addInto(emit, off, shapeAt(i + 1).next);
      addInto(emit, off, shapeTriple(shapeBefore)(o.shape, shapeAfter));
      if (o.cls) addInto(emit, off, classHere(o.cls));
      if (i > 0 && own[i - 1]!.cls) {
        addInto(emit, off, classBefore(own[i - 1]!.cls));
        addInto(emit, off, classBeforeShape(own[i - 1]!.cls, o.shape));
      }
      if (i > 1 && own[i - 2]!.cls) addInto(emit, off, classTwoBefore(own[i - 2]!.cls));
      if (i + 1 < n && own[i + 1]!.cls) addInto(emit, off, classAfter(own[i + 1]!.cls));
      for (const g of gaz[i]!) {
        addInto(emit, off, gazHere(g));
        addInto(emit, off, o.upper ? gazUpper(g) : gazLower(g));
      }
      if (i > 0) for (const g of gaz[i - 1]!) addInto(emit, off, gazBefore(g));
      if (i + 1 < n) for (const g of gaz[i + 1]!) addInto(emit, off, gazAfter(g));
      addInto(emit, off, o.pf);
      addInto(emit, off, o.pl);
      addInto(emit, off, o.never);
    }
    return emit;
  };
}
