import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, formatRange } from '../../src/features/overview/coverage';

afterEach(() => vi.restoreAllMocks());

describe('story dates', () => {
  it('are written as the language writes them, by day, month or year', () => {
    expect(formatDay('2031-03-07', 'en')).toBe('7 March 2031');
    expect(formatDay('2031-03-07', 'id')).toBe('7 Maret 2031');
    expect(formatDay('2031-03-07', 'en', 'short')).toBe('7 Mar 2031');
    expect(formatDay('2031-03', 'en')).toBe('March 2031');
    expect(formatDay('2031', 'id')).toBe('2031');
    expect(formatDay('2031-W10', 'en')).toBe('2031-W10');
    expect(formatRange({ from: '2031-03-07', to: '2031-03-09' }, 'en')).toMatch(/^7\s*–\s*9 March 2031$/);
  });

  it('make one formatter per language and form, however many days a large story asks for', () => {
    const Original = Intl.DateTimeFormat;
    const made = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat);
    for (let round = 0; round < 3; round++) for (let day = 1; day <= 28; day++) formatDay(`2032-02-${String(day).padStart(2, '0')}`, 'en', 'short');
    expect(made.mock.calls.length).toBeLessThanOrEqual(1);
    expect(formatDay('2032-02-14', 'en', 'short')).toBe('14 Feb 2032');
    expect(formatDay('2032-02-14', 'id', 'short')).toBe('14 Feb 2032');
    expect(made.mock.calls.length).toBeLessThanOrEqual(2);
  });
});
