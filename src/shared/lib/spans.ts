import type { Span } from '../digest/schema';

/** True when two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Removes the `cuts` from `span`, returning what is left, in order. */
export function subtract(span: Span, cuts: readonly Span[]): Span[] {
  let pieces: Span[] = [span];
  for (const cut of cuts) {
    pieces = pieces.flatMap((p) => {
      if (!overlaps(p, cut)) return [p];
      const left = p.start < cut.start ? [{ start: p.start, end: cut.start }] : [];
      const right = cut.end < p.end ? [{ start: cut.end, end: p.end }] : [];
      return [...left, ...right];
    });
  }
  return pieces;
}
