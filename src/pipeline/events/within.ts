interface Spanned {
  start: number;
  end: number;
}

/** An array's positions ordered by start, so a range query reads only the spans that begin inside it. */
interface StartIndex {
  length: number;
  /** Some span ends before it starts, so its start says nothing of its end: read the whole array. */
  unordered: boolean;
  order: number[];
  starts: number[];
}

const indexes = new WeakMap<readonly Spanned[], StartIndex>();

function indexOf(items: readonly Spanned[]): StartIndex {
  const known = indexes.get(items);
  // an array grown or cut after it was indexed is indexed again
  if (known && known.length === items.length) return known;
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
  const index = { length: items.length, unordered: items.some((x) => x.end < x.start), order, starts: order.map((i) => items[i]!.start) };
  indexes.set(items, index);
  return index;
}

/** First position in `starts` whose value is at least `value`. */
export function lowerBound(starts: number[], value: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last position of spans in text order whose start is at or before `offset`, else -1. */
export function lastStartingAtOrBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The spans lying wholly in [from, to], in the array's own order: the same as
 * `items.filter((x) => x.start >= from && x.end <= to)`, without reading the whole array, which
 * on a long article would be read once per sentence.
 */
export function spansWithin<T extends Spanned>(items: readonly T[], from: number, to: number): T[] {
  const { order, starts, unordered } = indexOf(items);
  if (unordered) return items.filter((x) => x.start >= from && x.end <= to);
  const found: number[] = [];
  for (let k = lowerBound(starts, from); k < order.length && starts[k]! <= to; k++) {
    const i = order[k]!;
    if (items[i]!.end <= to) found.push(i);
  }
  return found.sort((a, b) => a - b).map((i) => items[i]!);
}
