import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../../src/shared/digest/schema';
import { passageDateDiscrepancies } from '../../../src/pipeline/events/discrepancies/passage-dates';
import { bodyStart, datelineLength } from '../../../src/pipeline/events/words';
import { storyOf } from '../helpers';

const order = (s: ReturnType<typeof storyOf>) => new Map(s.articles.map((a, i) => [a.id, i]));
const numbers = (ds: Discrepancy[]) => ds.filter((d) => d.kind === 'number');

describe('one dateline reading', () => {
  it('reads a place, an outlet or both before a dash', () => {
    expect(datelineLength('Malang, Warta Brawijaya -- Hujan deras turun sejak pagi.')).toBe('Malang, Warta Brawijaya -- '.length);
    expect(datelineLength('wartakota.id - Hujan deras turun sejak pagi.')).toBe('wartakota.id - '.length);
    expect(datelineLength('MALANG – Hujan deras turun sejak pagi.')).toBe('MALANG – '.length);
  });

  it('finds none past sixty characters, or in a dash inside a word', () => {
    expect(datelineLength('Hujan deras yang turun sejak pagi di lereng gunung membuat warga - terutama anak-anak - mengungsi.')).toBe(0);
    expect(datelineLength('Hujan deras turun sejak pagi.')).toBe(0);
    expect(datelineLength('Kereta Malang-Surabaya berangkat pukul tujuh.')).toBe(0);
  });

  it('gives where the body of a sentence begins', () => {
    const doc = storyOf('Malang, Warta Brawijaya -- Hujan deras turun sejak pagi di Kota Batu, Senin (5/6/2023).').articles[0]!;
    const s = doc.sentences[0]!;
    expect(doc.text.slice(bodyStart(doc, s), s.end).startsWith('Hujan deras')).toBe(true);
  });
});

describe('how often, read from the words on either side of a length', () => {
  const payment = (outlet: string, how: string) =>
    `Surabaya, ${outlet} -- Kepala Dinas Koperasi Lestari Handayani mengatakan anggota koperasi membayar iuran ${how}, Selasa (6/6/2023).`;

  it('does not compare how often with how long', () => {
    expect(numbers(storyOf(payment('Harian Jatim', 'selama dua bulan'), payment('Warta Pantura', 'setiap tiga bulan')).discrepancies)).toEqual([]);
    expect(numbers(storyOf(payment('Harian Jatim', 'selama dua bulan'), payment('Warta Pantura', 'tiga bulan sekali')).discrepancies)).toEqual([]);
  });

  it('still compares two lengths', () => {
    expect(numbers(storyOf(payment('Harian Jatim', 'selama dua bulan'), payment('Warta Pantura', 'selama tiga bulan')).discrepancies)).toHaveLength(1);
  });
});

describe('a sentence that continues a shared passage by pointing back', () => {
  const rule = (outlet: string, next: string) =>
    `Jakarta, ${outlet} -- Kementerian Perhubungan menerbitkan aturan baru tentang muatan truk di jalan nasional, Kamis (8/6/2023). ${next}`;
  const dates = (a: string, b: string) => {
    const s = storyOf(rule('Harian Kota', a), rule('Warta Ibu Kota', b));
    return passageDateDiscrepancies(s, order(s)).map((d) => (d.kind === 'date' ? d.params.values.map((v) => v.value) : []));
  };

  it('reads a demonstrative closing the opening phrase, "ini" too', () => {
    expect(dates('Aturan baru ini mulai berlaku 1 Juli 2023.', 'Aturan baru ini mulai berlaku 1 Agustus 2023.')).toEqual([['2023-07-01', '2023-08-01']]);
    expect(dates('“Aturan itu mulai berlaku 1 Juli 2023.', '“Aturan itu mulai berlaku 1 Agustus 2023.')).toEqual([['2023-07-01', '2023-08-01']]);
  });

  it('does not read a demonstrative past a mark', () => {
    expect(dates('Kini, aturan itu berlaku 1 Juli 2023.', 'Kini, aturan itu berlaku 1 Agustus 2023.')).toEqual([]);
  });
});
