import { describe, expect, it } from 'vitest';
import { passageDateDiscrepancies } from '../../../src/pipeline/events/discrepancies/passage-dates';
import { storyOf } from '../helpers';

// Two outlets share the opening sentence; the next one gives the date, worded apart so that it is
// no shared passage of its own: it is read only when it points back into the shared one.
const opening = (outlet: string, what: string, next: string) =>
  `Jakarta, ${outlet} -- DPR mengesahkan ${what} tentang muatan truk di jalan nasional, Kamis (8/6/2023). ${next}`;
const datesOf = (what: string, a: string, b: string) => {
  const s = storyOf(opening('Harian Kota', what, a), opening('Warta Ibu Kota', what, b));
  // the premise: only the opening sentence is shared
  expect(s.sharedPassages).toHaveLength(1);
  const order = new Map(s.articles.map((x, i) => [x.id, i]));
  return passageDateDiscrepancies(s, order).map((d) => (d.kind === 'date' ? d.params.values.map((v) => v.value) : []));
};
const tails = (what: string, opener: string, other: string) =>
  datesOf(
    what,
    `${opener} berlaku 1 Juli 2023 bagi semua pengusaha angkutan barang.`,
    `${other}, menurut Dirjen Perhubungan Darat, berlaku 1 Agustus 2023 setelah sosialisasi di daerah.`,
  );
const differ = [['2023-07-01', '2023-08-01']];

describe('a sentence pointing back with a doubled noun', () => {
  it('reads "Undang-undang itu" as a noun phrase closed by a demonstrative', () => {
    expect(tails('undang-undang', 'Undang-undang itu', 'Undang-undang tersebut')).toEqual(differ);
    expect(tails('undang-undang', 'Undang-Undang baru ini', 'Undang-Undang baru ini')).toEqual(differ);
  });

  it('still reads a noun phrase of plain words', () => {
    expect(tails('aturan baru', 'Aturan itu', 'Aturan tersebut')).toEqual(differ);
  });

  // in the negative cases only one side points back, so a date disagreement means both were read
  it('does not read a phrase that a comma or a number breaks, or one with no demonstrative', () => {
    expect(tails('undang-undang', 'Kini, undang-undang itu', 'Undang-undang tersebut')).toEqual([]);
    expect(tails('undang-undang', 'Pasal 12 itu', 'Undang-undang tersebut')).toEqual([]);
    expect(tails('undang-undang', 'Undang-undang perikanan', 'Undang-undang tersebut')).toEqual([]);
  });

  it('does not read a hyphen joining a word to a number', () => {
    expect(tails('aturan baru', 'Covid-19 itu', 'Aturan tersebut')).toEqual([]);
  });
});
