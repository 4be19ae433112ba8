import { isoWeek, weekdayNear, weekdayOf, yearsWithWeekday } from '../../../src/pipeline/time/calendar';
import { weekdayMismatch } from '../../../src/pipeline/events/discrepancies/calendar-check';

const day = (s: string) => {
  const [year, month, d] = s.split('-').map(Number);
  return { year: year!, month: month!, day: d! };
};

describe('calendar', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayOf(day('2019-04-25'))).toBe(4);
    expect(weekdayOf(day('2019-04-23'))).toBe(2);
  });

  it('finds the nearest weekday in a direction, counting the reference day', () => {
    expect(weekdayNear(day('2019-04-25'), 4, 'past')).toEqual(day('2019-04-25'));
    expect(weekdayNear(day('2019-04-25'), 0, 'past')).toEqual(day('2019-04-21'));
    expect(weekdayNear(day('2019-04-23'), 4, 'future')).toEqual(day('2019-04-25'));
    expect(weekdayNear(day('2019-04-25'), 4, 'past', false)).toEqual(day('2019-04-18'));
  });

  it('numbers ISO weeks', () => {
    expect(isoWeek(day('2019-04-25'))).toBe('2019-W17');
    expect(isoWeek(day('2021-01-01'))).toBe('2020-W53');
  });

  it('lists years in which a day and month fall on a weekday', () => {
    expect(yearsWithWeekday(25, 4, 4, 2018)).toContain(2019);
    expect(yearsWithWeekday(25, 4, 4, 2018)).not.toContain(2018);
  });
});

describe('weekday check of a written date', () => {
  const timex = (text: string, value: string) => ({ start: 0, end: text.length, type: 'DATE' as const, text, value });
  it('flags a weekday its date does not fall on', () => {
    expect(weekdayMismatch(timex('Rabu (23/4/2019) malam', '2019-04-23'))).toMatchObject({ writtenWeekday: 3, actualWeekday: 2 });
    expect(weekdayMismatch(timex('Kamis (25/2)', '2019-04-25'))).toMatchObject({ written: day('2019-02-25'), actualWeekday: 1 });
  });
  it('passes a matching one', () => {
    expect(weekdayMismatch(timex('Kamis, 25 April 2019', '2019-04-25'))).toBeNull();
    expect(weekdayMismatch(timex('Senin (22/4)', '2019-04-22'))).toBeNull();
  });
});
