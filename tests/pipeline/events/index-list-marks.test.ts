import { describe, expect, it } from 'vitest';
import { IndexList } from '../../../src/pipeline/events/index-list';

describe('reading positions into a list with marks', () => {
  const changed = () => {
    const list = new IndexList();
    [2, 5, 8, 11, 14].forEach((i) => list.append(i));
    list.delete(8);
    list.add(6);
    list.add(20);
    return list;
  };

  it('appends the held positions in ascending order, whether merged or not', () => {
    const order: number[] = [];
    changed().addTo(order, new Int32Array(32), 1, Infinity);
    expect(order).toEqual([2, 5, 6, 11, 14, 20]);
    expect(order).toEqual([...changed()]);
  });

  it('skips positions already marked and marks the ones it adds', () => {
    const marks = new Int32Array(32);
    marks[5] = 3;
    marks[11] = 3;
    marks[6] = 2; // an older mark does not count
    const order: number[] = [];
    changed().addTo(order, marks, 3, Infinity);
    expect(order).toEqual([2, 6, 14, 20]);
    expect([2, 6, 14, 20].every((i) => marks[i] === 3)).toBe(true);
  });

  it('stops once the list holds the limit, counting what it held before', () => {
    const marks = new Int32Array(32);
    const order = [30];
    changed().addTo(order, marks, 1, 3);
    expect(order).toEqual([30, 2, 5]);
    const other = new IndexList();
    [1, 2, 6].forEach((i) => other.append(i));
    other.addTo(order, marks, 1, 5);
    expect(order).toEqual([30, 2, 5, 1, 6]);
  });
});
