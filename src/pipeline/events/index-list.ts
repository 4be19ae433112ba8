import { lowerBound } from './within';

/**
 * A set of list positions read in ascending order, where positions come and go while it is read.
 * A sorted array would move every later position on each insertion or removal, and a long list
 * (one date's sentences sharing a common word, in a story of thousands of near-identical reports)
 * then costs its length on every change; here a removal only marks the position, an insertion goes
 * to a small sorted side list, and the two are merged once the side list or the marks grow to a
 * share of the whole, so a change costs a bounded amount on average.
 */
export class IndexList {
  private main: number[] = [];
  /** Positions of `main` removed since the last merge. */
  private readonly gone = new Set<number>();
  /** Positions added since the last merge, sorted. */
  private extra: number[] = [];

  get size(): number {
    return this.main.length - this.gone.size + this.extra.length;
  }

  /** Adds a position larger than every one held: how the list is first filled. */
  append(i: number): void {
    if (this.extra.length || this.gone.size) this.add(i);
    else this.main.push(i);
  }

  add(i: number): void {
    if (this.gone.delete(i)) return;
    this.extra.splice(lowerBound(this.extra, i), 0, i);
    if (this.extra.length > this.slack()) this.merge();
  }

  delete(i: number): void {
    const k = lowerBound(this.extra, i);
    if (this.extra[k] === i) this.extra.splice(k, 1);
    else {
      this.gone.add(i);
      if (this.gone.size > this.slack()) this.merge();
    }
  }

  *[Symbol.iterator](): Generator<number> {
    yield* this.positions();
  }

  /**
   * Appends to `order`, in ascending order, the positions not marked `mark` in `marks` (a mark per
   * position), marking them, until `order` holds `limit`. A plain loop over marks the caller
   * reuses: a reader of long lists met on every decision would otherwise make an iterator result
   * for each position read, and a set for each decision.
   */
  addTo(order: number[], marks: Int32Array, mark: number, limit: number): void {
    const { main, gone, extra } = this;
    let a = 0;
    let b = 0;
    while (order.length < limit && (a < main.length || b < extra.length)) {
      let i: number;
      if (b >= extra.length || (a < main.length && main[a]! < extra[b]!)) {
        i = main[a++]!;
        if (gone.has(i)) continue;
      } else i = extra[b++]!;
      if (marks[i] !== mark) {
        marks[i] = mark;
        order.push(i);
      }
    }
  }

  /** Every position held, in ascending order. */
  private positions(): number[] {
    const { main, gone, extra } = this;
    const out: number[] = [];
    let a = 0;
    let b = 0;
    while (a < main.length || b < extra.length) {
      if (b >= extra.length || (a < main.length && main[a]! < extra[b]!)) {
        const i = main[a++]!;
        if (!gone.has(i)) out.push(i);
      } else out.push(extra[b++]!);
    }
    return out;
  }

  private slack(): number {
    return 32 + (this.main.length >> 3);
  }

  private merge(): void {
    this.main = this.positions();
    this.gone.clear();
    this.extra = [];
  }
}
