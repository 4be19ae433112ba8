/**
 * Which columns of the strip are mounted. Every column keeps an empty box of its own width, so
 * the strip's layout and scroll width stay those of all columns; only the columns in view and
 * `overscan` on each side render their article. Columns of an overflowing strip all have the
 * same width (their flex basis), so positions follow from one pitch instead of measuring each.
 */

/** A range of column indices, `start` inclusive, `end` exclusive. */
export interface ColumnRange {
  start: number;
  end: number;
}

/** The strip as measured from its first columns. */
export interface StripGeometry {
  /** Horizontal scroll offset of the strip. */
  scrollLeft: number;
  /** Visible width of the strip. */
  width: number;
  /** Distance from one column's left edge to the next one's (width plus gap). */
  pitch: number;
  /** Width of one column. */
  columnWidth: number;
}

/** Columns mounted on each side of the ones in view: the next Tab or a short scroll finds them ready. */
export const OVERSCAN = 1;
/** The narrowest a column gets (reader.css): bounds how many fit before anything is measured. */
export const MIN_COLUMN_WIDTH = 300;
/** A column counts as in view when at least this much of it shows (px). */
const IN_VIEW_MARGIN = 40;

const clampRange = (start: number, end: number, count: number): ColumnRange => ({ start: Math.max(0, Math.min(start, count)), end: Math.max(0, Math.min(end, count)) });

/**
 * Before the strip is laid out: as many columns as could fit the viewport, which is already more
 * than show (the strip is narrower than the viewport); the overscan follows the first measure,
 * after the first paint, which is then left to the columns in view.
 */
export function initialRange(count: number, viewportWidth: number): ColumnRange {
  const fit = Math.ceil(Math.max(viewportWidth, MIN_COLUMN_WIDTH) / MIN_COLUMN_WIDTH);
  return clampRange(0, fit, count);
}

const measured = (g: StripGeometry) => g.pitch > 0 && g.width > 0 && g.columnWidth > 0;

/** The columns at least partly in view, without overscan (empty when nothing is measured). */
export function visibleRange(g: StripGeometry, count: number): ColumnRange {
  if (!measured(g) || count === 0) return { start: 0, end: 0 };
  const start = Math.floor((g.scrollLeft + IN_VIEW_MARGIN - g.columnWidth) / g.pitch) + 1;
  const end = Math.ceil((g.scrollLeft + g.width - IN_VIEW_MARGIN) / g.pitch);
  return clampRange(start, Math.max(start, end), count);
}

/** The columns to mount: those in view and the overscan; before layout, as many as could fit. */
export function mountedRange(g: StripGeometry, count: number, viewportWidth: number): ColumnRange {
  const seen = measured(g) ? visibleRange(g, count) : null;
  return seen && seen.end > seen.start ? clampRange(seen.start - OVERSCAN, seen.end + OVERSCAN, count) : initialRange(count, viewportWidth);
}

export const inRange = (r: ColumnRange, i: number) => i >= r.start && i < r.end;
export const sameRange = (a: ColumnRange, b: ColumnRange) => a.start === b.start && a.end === b.end;

/**
 * The column to bring into view for a scroll request; 'in-view' when some column in view already
 * has a target (the strip stays put), null when no column has one (yet: the request is asked
 * again when more of the story arrives). `hasTarget` is asked for the columns in view first,
 * then in order from the left, and stops at the first match.
 */
export function columnToReveal(visible: ColumnRange, count: number, hasTarget: (index: number) => boolean): number | 'in-view' | null {
  for (let i = visible.start; i < visible.end; i++) if (hasTarget(i)) return 'in-view';
  for (let i = 0; i < count; i++) if (!inRange(visible, i) && hasTarget(i)) return i;
  return null;
}

/** Far jumps are instant: a smooth scroll across many columns would mount each one it passes. */
export function scrollBehavior(g: StripGeometry, targetLeft: number): ScrollBehavior {
  return Math.abs(targetLeft - g.scrollLeft) > 2 * Math.max(g.width, 1) ? 'instant' : 'smooth';
}
