import { describe, expect, it } from 'vitest';
import { findDiscrepancies, withoutRepeats } from '../../../src/pipeline/events/discrepancies/index';
import { weekdayDiscrepancies } from '../../../src/pipeline/events/discrepancies/calendar';
import { figureDiscrepancies } from '../../../src/pipeline/events/discrepancies/facts';
import { storyOf } from '../helpers';

// Copies of one article across a large story: a finding they all show is built once, and
// sentences giving the same figures are not compared word by word.

// 12 March 2024 was a Tuesday
const WRONG = (place: string) => `${place}, Kabar Kota -- Pasar induk di ${place} dibuka kembali pada Senin (12/3/2024) setelah direnovasi selama enam bulan.`;
const RIGHT = 'Magelang, Warta Jateng -- Pasar induk dibuka kembali pada Selasa (12/3/2024) setelah direnovasi.';
// 19 March 2024 was a Tuesday too
const OTHER_DAY = 'Klaten, Suara Desa -- Jembatan desa diresmikan pada Rabu (19/3/2024) oleh camat.';

describe('a mismatched weekday in copies of one article', () => {
  const story = storyOf(WRONG('Sleman'), WRONG('Bantul'), WRONG('Kulon Progo'), RIGHT, OTHER_DAY);
  const order = new Map(story.articles.map((a, i) => [a.id, i]));

  it('is given once when every copy shows the same dates of the day, with all of them', () => {
    const found = weekdayDiscrepancies(story, order);
    const march12 = found.filter((d) => d.kind === 'weekday-date' && d.params.written === '2024-03-12');
    expect(march12).toHaveLength(1);
    // the three mismatches and the outlet that names the day right
    expect(new Set(march12[0]!.spans.map((s) => s.articleId)).size).toBe(4);
  });

  it('keeps a mismatch of another day apart', () => {
    const found = weekdayDiscrepancies(story, order);
    expect(found.filter((d) => d.kind === 'weekday-date' && d.params.written === '2024-03-19')).toHaveLength(1);
  });

  it('leaves the stage with what dropping the repeats afterwards gives', () => {
    const found = findDiscrepancies.run(story).discrepancies.filter((d) => d.kind === 'weekday-date');
    expect(found).toEqual(withoutRepeats(weekdayDiscrepancies(story, order)));
  });
});

const COST = (amount: string, outlet: string) =>
  `Yogyakarta, ${outlet} -- Pemerintah kota menghabiskan ${amount} untuk membangun ulang pasar induk yang terbakar tahun lalu, kata Wali Kota Hasto Wardoyo.`;

describe('one figure told by many copies', () => {
  it('finds the one outlet that gives another amount, among copies that agree', () => {
    const story = storyOf(COST('Rp 12 miliar', 'Kabar Kota'), COST('Rp 12 miliar', 'Warta Jogja'), COST('Rp 12 miliar', 'Suara Kota'), COST('Rp 21 miliar', 'Harian Pasar'));
    const order = new Map(story.articles.map((a, i) => [a.id, i]));
    const found = figureDiscrepancies(story, order);
    expect(found).toHaveLength(1);
    const values = found[0]!.kind === 'number' ? found[0]!.params.values.map((v) => [v.amount, v.spans.length]) : [];
    expect(values).toEqual([
      [12e9, 3],
      [21e9, 1],
    ]);
  });

  it('finds nothing when all copies agree', () => {
    const story = storyOf(COST('Rp 12 miliar', 'Kabar Kota'), COST('Rp12 miliar', 'Warta Jogja'), COST('12 miliar rupiah', 'Suara Kota'));
    expect(figureDiscrepancies(story, new Map(story.articles.map((a, i) => [a.id, i])))).toEqual([]);
  });
});
