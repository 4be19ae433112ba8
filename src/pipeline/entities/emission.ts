import { gazetteer, gazetteerTags } from './gazetteer';
import { initialWords, titleClass, wordShape } from './features';
import { TAGS, type Weights } from './perceptron';
import { triggers } from './lexicon';

const N = TAGS.length;
type Vec = Float64Array | undefined;

/** The weights of the features that depend on one lower-case word alone (or as a neighbour). */
interface WordWeights {
  w: Vec; p1: Vec; p2: Vec; p3: Vec; x2: Vec; x3: Vec; x4: Vec; initW: Vec;
  prev1: Vec; next1: Vec; prev2: Vec; next2: Vec;
}
/** The weights of the features that depend on one word shape alone (or as a neighbour). */
interface ShapeWeights { s: Vec; initS: Vec; prev: Vec; next: Vec }

/** Caches stop growing here and start again (a long run must not keep every word it met). */
const CACHE_LIMIT = 200_000;

/** A memo of `make` by string key, emptied when it grows past CACHE_LIMIT. */
function memo<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, (v = make(key)));
    }
    return v as T;
  };
}

/**
 * A memo of `make` by a sequence of string keys, held in nested maps (so no joined key string is
 * built per look-up) and emptied as a whole when it holds CACHE_LIMIT values.
 */
function nestedMemo<T>(depth: number, make: (keys: readonly string[]) => T): (...keys: string[]) => T {
  let root = new Map<string, unknown>();
  let size = 0;
  return (...keys) => {
    let node = root;
    for (let d = 0; d < depth - 1; d++) {
      let next = node.get(keys[d]!) as Map<string, unknown> | undefined;
      if (next === undefined) node.set(keys[d]!, (next = new Map()));
      node = next;
    }
    const last = keys[depth - 1]!;
    let v = node.get(last) as T | undefined;
    if (v === undefined && !node.has(last)) {
      if (size >= CACHE_LIMIT) {
        root = new Map();
        size = 0;
        return make(keys);
      }
      node.set(last, (v = make(keys)));
      size++;
    }
    return v as T;
  };
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
  // pairs and triples by nested maps of the words themselves, so no key string is built per word
  const pairBefore = nestedMemo<Vec>(2, ([a, b]) => get(`w-1|w=${a}|${b}`));
  const pairAfter = nestedMemo<Vec>(2, ([a, b]) => get(`w|w+1=${a}|${b}`));
  const shapeTriple = nestedMemo<Vec>(3, ([a, b, c]) => get(`s-1|s|s+1=${a}|${b}|${c}`));

  return (words) => {
    const n = words.length;
    const emit = new Float64Array(n * N);
    if (n === 0) return emit;
    const lower = words.map((w) => w.toLowerCase());
    const shape = words.map(shapeOf);
    const cls = lower.map(titleClass);
    const gaz = gazetteerTags(words, lower);
    const { personFirst, personLast } = gazetteer();
    const at = (arr: readonly string[], i: number, edge: string) => (i < 0 ? `<${edge}` : i >= n ? `>${edge}` : arr[i]!);
    const firstWord = initialWords(words);
    let off = 0;
    const add = (v: Vec) => {
      if (v) for (let t = 0; t < N; t++) emit[off + t]! += v[t]!;
    };
    const addNamed = (f: string) => add(get(f));
    for (let i = 0; i < n; i++, off += N) {
      const w = lower[i]!;
      const ww = wordWeights(w);
      const sw = shapeWeights(shape[i]!);
      add(bias);
      add(ww.w);
      add(sw.s);
      add(ww.p1);
      add(ww.p2);
      add(ww.p3);
      add(ww.x2);
      add(ww.x3);
      add(ww.x4);
      const upper = shape[i]!.startsWith('X');
      if (i <= firstWord) {
        add(sw.initS);
        add(ww.initW);
      }
      if (w.length <= 3 && upper) add(shortCap);
      if (words[i]!.includes('-')) add(hyphen);
      const before = at(lower, i - 1, 's');
      const after = at(lower, i + 1, 'e');
      add(wordWeights(before).prev1);
      add(wordWeights(after).next1);
      add(wordWeights(at(lower, i - 2, 's')).prev2);
      add(wordWeights(at(lower, i + 2, 'e')).next2);
      add(pairBefore(before, w));
      add(pairAfter(w, after));
      const shapeBefore = at(shape, i - 1, 's');
      const shapeAfter = at(shape, i + 1, 'e');
      add(shapeWeights(shapeBefore).prev);
      add(shapeWeights(shapeAfter).next);
      add(shapeTriple(shapeBefore, shape[i]!, shapeAfter));
      if (cls[i]) addNamed(`c=${cls[i]}`);
      if (i > 0 && cls[i - 1]) {
        addNamed(`c-1=${cls[i - 1]}`);
        addNamed(`c-1=${cls[i - 1]}|s=${shape[i]}`);
      }
      if (i > 1 && cls[i - 2]) addNamed(`c-2=${cls[i - 2]}`);
      if (i + 1 < n && cls[i + 1]) addNamed(`c+1=${cls[i + 1]}`);
      for (const g of gaz[i]!) {
        addNamed(`g=${g}`);
        addNamed(`g=${g}|u=${upper}`);
      }
      if (i > 0) for (const g of gaz[i - 1]!) addNamed(`g-1=${g}`);
      if (i + 1 < n) for (const g of gaz[i + 1]!) addNamed(`g+1=${g}`);
      if (upper) {
        if (personFirst.has(w)) add(pf);
        if (personLast.has(w)) add(pl);
        if (triggers.never.has(w)) add(never);
      }
    }
    return emit;
  };
}
