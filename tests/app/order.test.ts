import { describe, expect, it } from 'vitest';
import { compareText, sortByTexts } from '../../src/shared/lib/order';
import { sortEvents } from '../../src/features/timeline/dates';

describe('text order', () => {
  it('compares as localeCompare does', () => {
    const words = ['zebra', 'Äpfel', 'apel', 'Apel', 'b', '2019-04', '2019-04-25', '2019-SU', '9999XX', '9999PRESENT_REF', '2019-04-2', '2019--04', '-1', '10', '9', 'a b', 'a-b', 'ab', 'a1', 'a 1', 'pertemuan kedua', 'pertemuan-kedua', 'Pertemuan', 'éclair', 'eclair', ''];
    for (const a of words) for (const b of words) expect(Math.sign(compareText(a, b))).toBe(Math.sign(a.localeCompare(b)));
  });

  it('sorts by its keys in turn and keeps the order of equal items', () => {
    const items = [
      { id: 1, a: 'b', b: 'x' },
      { id: 2, a: 'a', b: 'y' },
      { id: 3, a: 'b', b: 'w' },
      { id: 4, a: 'a', b: 'y' },
    ];
    expect(sortByTexts(items, (i) => [i.a, i.b]).map((i) => i.id)).toEqual([2, 4, 3, 1]);
    expect(items.map((i) => i.id)).toEqual([1, 2, 3, 4]);
  });

  it('puts events by date, unknown dates last, then by label', () => {
    const events = [
      { date: 'PRESENT_REF', label: 'sekarang' },
      { date: '2019-04-25', label: 'pertemuan' },
      { date: '2019-04', label: 'rencana' },
      { date: '2019-04-25', label: 'kedatangan' },
    ];
    expect(sortEvents(events).map((e) => e.label)).toEqual(['rencana', 'kedatangan', 'pertemuan', 'sekarang']);
  });
});
