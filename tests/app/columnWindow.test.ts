import { describe, expect, it } from 'vitest';
import { columnToReveal, initialRange, mountedRange, scrollBehavior, visibleRange, type StripGeometry } from '../../src/features/reader/columnWindow';
import { marksMatch, parseMarkSelector } from '../../src/features/reader/markSelector';
import type { Mark } from '../../src/shared/lib/marks';

// columns 340 px wide with a 12 px gap, in a strip 1100 px wide
const strip = (scrollLeft: number): StripGeometry => ({ scrollLeft, width: 1100, pitch: 352, columnWidth: 340 });

describe('columnWindow', () => {
  it('mounts, before anything is measured, as many columns as could fit the viewport and no more', () => {
    expect(initialRange(200, 1440)).toEqual({ start: 0, end: 5 });
    expect(initialRange(3, 1440)).toEqual({ start: 0, end: 3 });
    expect(initialRange(0, 1440)).toEqual({ start: 0, end: 0 });
    expect(mountedRange({ scrollLeft: 0, width: 0, pitch: 0, columnWidth: 0 }, 200, 900)).toEqual({ start: 0, end: 3 });
  });

  it('counts a column as in view only when more than a sliver of it shows', () => {
    // 0..340, 352..692, 704..1044 fully; 1056..1396 shows 44 px of 340: in view
    expect(visibleRange(strip(0), 200)).toEqual({ start: 0, end: 4 });
    // scrolled so that column 0 shows its last 20 px only: out of view
    expect(visibleRange(strip(320), 200)).toEqual({ start: 1, end: 4 });
    expect(visibleRange(strip(352 * 150), 200)).toEqual({ start: 150, end: 154 });
  });

  it('mounts the columns in view and one on each side, within the strip', () => {
    expect(mountedRange(strip(0), 200, 1440)).toEqual({ start: 0, end: 5 });
    expect(mountedRange(strip(352 * 100), 200, 1440)).toEqual({ start: 99, end: 105 });
    expect(mountedRange(strip(352 * 197), 200, 1440)).toEqual({ start: 196, end: 200 });
  });

  it('reveals nothing when a column in view has a target, else the first column that has one', () => {
    const view = { start: 10, end: 13 };
    expect(columnToReveal(view, 200, (i) => i === 11 || i === 50)).toBe('in-view');
    expect(columnToReveal(view, 200, (i) => i === 150 || i === 50)).toBe(50);
    expect(columnToReveal(view, 200, (i) => i === 3)).toBe(3);
    expect(columnToReveal(view, 200, () => false)).toBeNull();
  });

  it('asks about the columns in view first and stops at the first match', () => {
    const asked: number[] = [];
    columnToReveal({ start: 4, end: 6 }, 100, (i) => (asked.push(i), i === 2));
    expect(asked).toEqual([4, 5, 0, 1, 2]);
  });

  it('jumps to a far column at once and glides to a near one', () => {
    expect(scrollBehavior(strip(0), 352 * 100)).toBe('instant');
    expect(scrollBehavior(strip(352 * 100), 352 * 101)).toBe('smooth');
  });
});

const mark = (tag: Mark['tag'], attrs: Record<string, string>): Mark => ({ start: 0, end: 1, tag, attrs });

describe('markSelector', () => {
  it('matches marks the way the selector would match their elements', () => {
    const active = parseMarkSelector('mark[data-active="true"]')!;
    expect(marksMatch([mark('mark', { 'data-entity-id': 'e1', 'data-active': 'true' })], active)).toBe(true);
    expect(marksMatch([mark('mark', { 'data-entity-id': 'e1', 'data-dimmed': 'true' })], active)).toBe(false);
    // the tag counts
    expect(marksMatch([mark('span', { 'data-active': 'true' })], active)).toBe(false);
  });

  it('understands a bare attribute, an attribute without tag and a list', () => {
    expect(marksMatch([mark('mark', { 'data-search': 'true' })], parseMarkSelector('mark[data-search]')!)).toBe(true);
    const either = parseMarkSelector('[data-shared="true"], [data-selected="true"]')!;
    expect(marksMatch([mark('span', { 'data-selected': 'true' })], either)).toBe(true);
    expect(marksMatch([mark('span', { 'data-sentence': '4' })], either)).toBe(false);
    expect(marksMatch([], either)).toBe(false);
  });

  it('declines selectors marks cannot be matched against', () => {
    expect(parseMarkSelector('section.column mark')).toBeNull();
    expect(parseMarkSelector('mark:first-child')).toBeNull();
    expect(parseMarkSelector('')).toBeNull();
  });
});
