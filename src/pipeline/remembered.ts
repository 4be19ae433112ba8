/**
 * `make` remembered per key, for look-ups a story repeats (its words, names and shapes). The memory
 * is bounded: past `limit` keys it is emptied and starts again, so a long run does not keep every
 * string it has met. Results that are `undefined` are remembered too.
 */
export function remembered<T>(make: (key: string) => T, limit: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let v = known.get(key);
    if (v === undefined && !known.has(key)) {
      if (known.size >= limit) known.clear();
      known.set(key, (v = make(key)));
    }
    return v as T;
  };
}
