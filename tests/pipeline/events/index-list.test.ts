import { describe, expect, it } from 'vitest';
import { IndexList } from '../../../src/pipeline/events/index-list';

describe('a list of positions read in order while positions come and go', () => {
  it('reads as a sorted array changed by the same insertions and removals', () => {
    // a fixed pseudo-random run of changes, checked against a plain sorted array after each
    let seed = 11;
    const next = (m: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % m);
    const list = new IndexList();
    const plain: number[] = [];
    for (let i = 0; i < 300; i += 2) {
      list.append(i);
      plain.push(i);
    }
    for (let step = 0; step < 2000; step++) {
      const i = next(600);
      const k = plain.indexOf(i);
      if (k >= 0) {
        list.delete(i);
        plain.splice(k, 1);
      } else {
        list.add(i);
        plain.splice(plain.findIndex((x) => x > i) < 0 ? plain.length : plain.findIndex((x) => x > i), 0, i);
      }
      expect(list.size).toBe(plain.length);
      if (step % 97 === 0) expect([...list]).toEqual(plain);
    }
    expect([...list]).toEqual(plain);
  });

  it('takes back a position removed and added again, and appends after changes in order', () => {
    const list = new IndexList();
    [1, 4, 9].forEach((i) => list.append(i));
    list.delete(4);
    list.add(4);
    list.add(2);
    list.append(12);
    expect([...list]).toEqual([1, 2, 4, 9, 12]);
    list.delete(2);
    expect([...list]).toEqual([1, 4, 9, 12]);
    expect(list.size).toBe(4);
  });
});
