import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../../src/shared/digest/schema';
import { agesOf } from '../../../src/pipeline/events/discrepancies/ages';
import { passageDateDiscrepancies } from '../../../src/pipeline/events/discrepancies/passage-dates';
import { bodyStart, datelineLength, describingDate, isComment, joinsSpan, movesOn } from '../../../src/pipeline/events/words';
import { tokensIn } from '../../../src/pipeline/tokens';
import type { ArticleDoc, Sentence } from '../../../src/pipeline/types';
import { storyOf } from '../helpers';
import { textStages } from '../stages/helpers';
import { happeningAt } from './dating';

/** A reader of one sentence asked about the first sentence of a text. */
const ofFirstSentence =
  <T,>(read: (doc: ArticleDoc, s: Sentence) => T) =>
  (text: string): T => {
    const doc = textStages(text);
    return read(doc, doc.sentences[0]!);
  };
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
    // the premise: the sentence giving the date is worded apart, no shared passage of its own
    expect(s.sharedPassages).toHaveLength(1);
    return passageDateDiscrepancies(s, order(s)).map((d) => (d.kind === 'date' ? d.params.values.map((v) => v.value) : []));
  };
  const first = (opener: string) => `${opener} berlaku 1 Juli 2023 bagi semua pengusaha angkutan barang.`;
  const second = (opener: string) => `${opener}, menurut Dirjen Perhubungan Darat, berlaku 1 Agustus 2023 setelah sosialisasi di daerah.`;

  it('reads a demonstrative closing the opening phrase, "ini" too', () => {
    expect(dates(first('Aturan baru ini'), second('Aturan baru ini'))).toEqual([['2023-07-01', '2023-08-01']]);
    expect(dates(first('“Aturan itu'), second('“Aturan tersebut'))).toEqual([['2023-07-01', '2023-08-01']]);
  });

  it('does not read a demonstrative past a mark', () => {
    // only the second points back: a disagreement would mean the first was read too
    expect(dates(first('Kini, aturan itu'), second('Aturan tersebut'))).toEqual([]);
  });
});

describe('the opening clause of a comment', () => {
  const comment = ofFirstSentence(isComment);

  it('reads an irrealis word in the opening clause, after quote marks too', () => {
    expect(comment('Warga bisa mengungsi ke balai desa.')).toBe(true);
    expect(comment('“Jika hujan turun lagi, warga mengungsi.')).toBe(true);
    expect(comment('Warga mengungsi ke balai desa sejak Senin.')).toBe(false);
  });

  it('stops the opening clause at a comma or "kata", not at a decimal comma', () => {
    expect(comment('Warga mengungsi, kata camat, dan bisa pulang besok.')).toBe(false);
    expect(comment('Warga mengungsi kata camat dan bisa pulang besok.')).toBe(false);
    expect(comment('Harga cabai naik 2,5 persen dan bisa naik lagi.')).toBe(true);
  });

  it('reads an evaluative opener only with a comma near', () => {
    expect(comment('Bagi warga bantaran sungai, banjir tahunan sudah biasa.')).toBe(true);
    expect(comment('Bagi warga bantaran sungai banjir tahunan sudah biasa.')).toBe(false);
    expect(comment('Sementara bagi petani, hujan membawa berkah.')).toBe(true);
  });
});

describe('the join of a span', () => {
  /** The tokens between the first number and the second ("16-21 Juli" gives "-"). */
  const join = (text: string) => {
    const doc = textStages(text);
    const [a, b] = doc.tokens.filter((t) => t.kind === 'number');
    return joinsSpan(tokensIn(doc.tokens, a!.end, b!.start));
  };

  it('reads a dash, "hingga", "sampai dengan" and "s.d." as joins, nothing else', () => {
    expect(join('16-21 Juli')).toBe(true);
    expect(join('3 hingga 5 Mei')).toBe(true);
    expect(join('1 sampai dengan 9 Juni')).toBe(true);
    expect(join('2 s.d. 4 Maret')).toBe(true);
    expect(join('7 dan 8 April')).toBe(false);
    expect(join('7 hingga akhir 8 April')).toBe(false);
    expect(joinsSpan([])).toBe(false);
  });

  it('takes the end of a span opened by a term word for the term too, however it is joined', () => {
    expect(happeningAt('Anggota dewan masa jabatan 2019 sampai dengan 2024 diperiksa jaksa.', '2024')).toBe(false);
    expect(happeningAt('Anggota dewan masa jabatan 2019 s.d. 2024 diperiksa jaksa.', '2024')).toBe(false);
    expect(happeningAt('Pameran digelar 2019 sampai dengan 2024 di Solo.', '2024')).toBe(true);
  });
});

describe('a date describing someone', () => {
  const describing = (text: string, date: string) => {
    const start = text.indexOf(date);
    return ofFirstSentence((doc, s) => describingDate(doc, s, { start, end: start + date.length }))(text);
  };

  it('reads a relative clause closed by a demonstrative', () => {
    expect(describing('Pelatih yang membawa tim itu juara pada 2014 itu kini dipecat.', '2014')).toBe(true);
    expect(describing('Polisi menangkap pria yang mencuri motor pada Senin.', 'Senin')).toBe(false);
    expect(describing('Turnamen yang berlangsung pada Juli itu diikuti 20 tim.', 'Juli')).toBe(false);
  });

  it('ends the clause at a comma or bracket, not at a decimal comma', () => {
    expect(describing('Pria yang mencuri uang Rp 2,5 juta pada Maret itu ditahan polisi.', 'Maret')).toBe(true);
    expect(describing('Ia yang datang, pada Maret itu ditahan polisi.', 'Maret')).toBe(false);
  });
});

describe('a sentence moving on', () => {
  const moves = ofFirstSentence(movesOn);

  it('reads a sequence marker anywhere, word for word', () => {
    expect(moves('Warga kemudian pulang, sementara itu hujan reda.')).toBe(true);
    expect(moves('Sebelumnya, warga sudah mengungsi.')).toBe(true);
    expect(moves('Sementara bagi warga, hujan membawa berkah.')).toBe(false);
  });

  it('reads a bare connective only at the head, after a quote mark, a dateline or a conjunction', () => {
    expect(moves('Lalu warga pulang ke rumah.')).toBe(true);
    expect(moves('“Akhirnya kami pulang juga.')).toBe(true);
    expect(moves('Dan akhirnya warga pulang ke rumah.')).toBe(true);
    expect(moves('Malang, Warta Brawijaya -- Kemudian warga pulang ke rumah.')).toBe(true);
    expect(moves('Surat itu ditulis lalu diunggah warga.')).toBe(false);
    expect(moves('Senin lalu warga pulang ke rumah.')).toBe(false);
    expect(moves('Lalu-lalang kendaraan membuat jalan macet.')).toBe(false);
  });
});

describe('ages read from tokens', () => {
  const ages = (sentence: string) => {
    const doc = storyOf(`Solo, Harian Solo -- Pelari Andi Wirawan dan Citra Dewi menjuarai lomba lari di Solo, Minggu (4/6/2023). ${sentence}`).articles[0]!;
    return agesOf(doc).map((a) => [a.text, [...a.people].sort()]);
  };

  it('reads a cue, up to two words, the years and "tahun", for the people named before or pointed back at', () => {
    expect(ages('Andi Wirawan berusia 19 tahun.')).toEqual([['berusia 19 tahun', ['andi-wirawan']]]);
    expect(ages('Usia mereka masih 18 tahun.')).toEqual([['Usia mereka masih 18 tahun', ['andi-wirawan', 'citra-dewi']]]);
  });

  it('reads no age past two words, nor a number that is not the years', () => {
    expect(ages('Usia mereka saat ini masih 18 tahun.')).toEqual([]);
    expect(ages('Andi Wirawan berusia 1.200 tahun.')).toEqual([]);
  });
});
