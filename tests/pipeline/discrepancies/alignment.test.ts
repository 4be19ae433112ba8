import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../../src/shared/digest/schema';
import { durationQuantity } from '../../../src/pipeline/events/discrepancies/facts';
import { abbreviates, nameVariant, partsOfOneBody, shorterForm } from '../../../src/pipeline/events/discrepancies/names';
import { passageDateDiscrepancies } from '../../../src/pipeline/events/discrepancies/passage-dates';
import { storyOf } from '../helpers';

const ofKind = <K extends Discrepancy['kind']>(ds: Discrepancy[], kind: K) => ds.filter((d): d is Extract<Discrepancy, { kind: K }> => d.kind === kind);
const order = (s: ReturnType<typeof storyOf>) => new Map(s.articles.map((a, i) => [a.id, i]));
const textOf = (story: ReturnType<typeof storyOf>, s: { articleId: string; start: number; end: number }) =>
  story.articles.find((a) => a.id === s.articleId)!.text.slice(s.start, s.end);

describe('lengths of time as one value', () => {
  it('reads a composite length whole and compares lengths within one family', () => {
    expect(durationQuantity('P5Y6M')).toMatchObject({ amount: 5.5, unit: 'year', family: 'calendar', total: 66 });
    expect(durationQuantity('PT1H12M')!.total).toBe(durationQuantity('PT72M')!.total);
    expect(durationQuantity('P2W')).toMatchObject({ amount: 2, unit: 'week', family: 'days', total: 14 });
    expect(durationQuantity('P1DT2H')).toBeNull();
    expect(durationQuantity('PXY')).toBeNull();
  });
});

describe('figures in aligned sentences', () => {
  const verdict = (outlet: string, length: string) =>
    `Bandung, ${outlet} -- Majelis hakim Pengadilan Negeri Bandung menjatuhkan vonis ${length} penjara kepada Rudi Hartanto dalam perkara penipuan arisan, Rabu (7/6/2023). Rudi Hartanto dinyatakan terbukti menipu ratusan anggota arisan.`;

  it('reports a sentence length one outlet gives with months and another without', () => {
    const s = storyOf(verdict('Harian Priangan', 'empat tahun delapan bulan'), verdict('Warta Parahyangan', 'empat tahun'));
    const found = ofKind(s.discrepancies, 'number');
    expect(found).toHaveLength(1);
    expect(found[0]!.params.values.map((v) => [v.amount, v.unit])).toEqual([
      [4.67, 'year'],
      [4, 'year'],
    ]);
  });

  it('does not take the same length written in other units for a disagreement', () => {
    const s = storyOf(verdict('Harian Priangan', 'dua tahun enam bulan'), verdict('Warta Parahyangan', 'dua tahun enam bulan'));
    expect(ofKind(s.discrepancies, 'number')).toEqual([]);
  });

  it('does not compare how often with how long', () => {
    const a = 'Jakarta, Harian Kota -- Direktur Jenderal Pajak Wahyu Prasetyo mengatakan wajib pajak harus melapor paling lambat tiga hari sebelum tenggat, Senin (5/6/2023).';
    const b = 'Jakarta, Warta Ibu Kota -- Direktur Jenderal Pajak Wahyu Prasetyo mengatakan wajib pajak harus melapor sebulan sekali, Senin (5/6/2023).';
    expect(ofKind(storyOf(a, b).discrepancies, 'number')).toEqual([]);
  });

  it('does not compare figures about different people', () => {
    const a = 'Bandung, Harian Priangan -- Pengadilan Negeri Bandung memvonis Rudi Hartanto empat tahun penjara dalam perkara penipuan arisan, Rabu (7/6/2023).';
    const b = 'Bandung, Warta Parahyangan -- Pengadilan Negeri Bandung memvonis Siti Marlina dua tahun penjara dalam perkara penipuan arisan, Rabu (7/6/2023).';
    expect(ofKind(storyOf(a, b).discrepancies, 'number')).toEqual([]);
  });
});

describe('names of bodies', () => {
  it('knows a short form built from the starts of words', () => {
    expect(abbreviates('PUPR', ['Pekerjaan', 'Umum', 'dan', 'Penataan', 'Ruang'])).toBe(true);
    expect(abbreviates('Tipikor', ['Tindak', 'Pidana', 'Korupsi'])).toBe(true);
    expect(abbreviates('Tipikor', ['Tindak', 'Pidana'])).toBe(false);
    expect(abbreviates('KPU', ['Badan', 'Pengawas', 'Pemilu'])).toBe(false);
  });

  it('takes a shorter or abbreviated form for the same name', () => {
    expect(shorterForm('Dinas Perhubungan Kota Bogor', 'Dinas Perhubungan (Dishub) Kota Bogor')).toBe(true);
    expect(shorterForm('Badan Narkotika Nasional Provinsi Riau', 'Badan NN Provinsi Riau')).toBe(true);
    expect(shorterForm('Pengadilan Negeri Medan', 'Pengadilan Agama Medan')).toBe(false);
  });

  it('takes two names with one head word for one body, and two head words for two bodies', () => {
    expect(nameVariant('Pengadilan Negeri Surabaya Timur', 'Pengadilan Tinggi Surabaya Timur')).toBe(true);
    expect(nameVariant('Universitas Negeri Kepulauan Riau', 'Universitas Kepulauan Riau Negeri')).toBe(true);
    // one field, two bodies: a regulator and a traders' association
    expect(nameVariant('Badan Pengawas Air dan Tanah Negara', 'Himpunan Pengusaha Air dan Tanah Negara')).toBe(false);
    // a region is not the university named after it
    expect(nameVariant('Kepulauan Riau Utara', 'Universitas Negeri Kepulauan Riau')).toBe(false);
  });

  it('tells parts of one named body apart from two names of one', () => {
    const bodies = new Set(['kementerian perhubungan']);
    expect(partsOfOneBody('Inspektorat Kementerian Perhubungan', 'Gedung Kementerian Perhubungan', bodies)).toBe(true);
    expect(partsOfOneBody('Inspektorat Kementerian Perhubungan', 'Gedung Kementerian Perhubungan', new Set())).toBe(false);
    expect(partsOfOneBody('Universitas Negeri Padang', 'Universitas Swasta Padang', new Set(['padang']))).toBe(false);
  });

  it('does not report an abbreviation and its expansion as two names', () => {
    const a = 'Medan, Harian Deli -- Pengadilan Tindak Pidana Korupsi Medan memeriksa Joko Susilo, Senin (5/6/2023). Sidang di Pengadilan Tipikor Medan berlangsung tertutup.';
    const b = 'Medan, Warta Sumatra -- Pengadilan Tipikor Medan memeriksa Joko Susilo, Senin (5/6/2023).';
    expect(ofKind(storyOf(a, b).discrepancies, 'name-variant')).toEqual([]);
  });
});

describe('name spelling, once per person', () => {
  it('reports the full and the short name spelled two ways as one finding', () => {
    const s = storyOf(
      'Bandung, Harian Priangan -- Pelatih Bambang Suryaatmadja memimpin latihan di Stadion Sidolig, Senin (5/6/2023). Suryaatmadja puas dengan kondisi pemain.',
      'Bandung, Warta Parahyangan -- Pelatih Bambang Suryatmadja memimpin latihan di Stadion Sidolig, Senin (5/6/2023). Suryatmadja puas dengan kondisi pemain.',
    );
    const found = ofKind(s.discrepancies, 'name-spelling');
    expect(found).toHaveLength(1);
    expect(found[0]!.params.variants.map((v) => v.text)).toEqual(expect.arrayContaining(['Bambang Suryaatmadja', 'Bambang Suryatmadja']));
  });
});

describe('dates in one shared passage', () => {
  const rule = (outlet: string, date: string, tail: string) =>
    `Jakarta, ${outlet} -- Kementerian Perhubungan menerbitkan aturan baru tentang batas kecepatan bus antarkota di jalan tol, Senin (5/6/2023). Aturan itu mulai berlaku ${date}. ${tail}`;

  it('reports outlets giving the same rule different dates of taking effect', () => {
    const s = storyOf(
      rule('Harian Kota', '1 Juli 2023', 'Pengusaha bus diminta menyesuaikan armada.'),
      rule('Warta Ibu Kota', '1 Agustus 2023', 'Polisi akan menindak bus yang melanggar.'),
    );
    const found = ofKind(passageDateDiscrepancies(s, order(s)), 'date');
    expect(found).toHaveLength(1);
    expect(found[0]!.params.values.map((v) => v.value)).toEqual(['2023-07-01', '2023-08-01']);
    expect(found[0]!.spans.map((x) => textOf(s, x))).toEqual(['1 Juli 2023', '1 Agustus 2023']);
  });

  it('does not compare dates given for different things', () => {
    const s = storyOf(
      rule('Harian Kota', '1 Juli 2023', 'Pengusaha bus diminta menyesuaikan armada.'),
      'Jakarta, Warta Ibu Kota -- Kementerian Perhubungan menerbitkan aturan baru tentang batas kecepatan bus antarkota di jalan tol, Senin (5/6/2023). Aturan itu disosialisasikan 1 Agustus 2023.',
    );
    expect(passageDateDiscrepancies(s, order(s))).toEqual([]);
  });
});

describe('role or title', () => {
  const coach = (outlet: string, title: string) =>
    `Bandung, ${outlet} -- Manajemen Persikabo melirik ${title}, Andi Wijaya, untuk musim depan, Senin (5/6/2023). Andi Wijaya disebut sudah bertemu manajemen.`;

  it('reports a person called coach by one outlet and former coach by another', () => {
    const s = storyOf(coach('Harian Priangan', 'pelatih tim nasional Laos'), coach('Warta Parahyangan', 'mantan pelatih tim nasional Laos'));
    const found = ofKind(s.discrepancies, 'role-or-title');
    expect(found).toHaveLength(1);
    expect(found[0]!.params.variants.map((v) => v.text)).toEqual(['pelatih tim nasional Laos', 'mantan pelatih tim nasional Laos']);
  });

  it('does not report the same standing written twice, nor different titles', () => {
    expect(ofKind(storyOf(coach('Harian Priangan', 'mantan pelatih tim nasional Laos'), coach('Warta Parahyangan', 'eks pelatih tim nasional Laos')).discrepancies, 'role-or-title')).toEqual([]);
    expect(ofKind(storyOf(coach('Harian Priangan', 'pelatih tim nasional Laos'), coach('Warta Parahyangan', 'analis sepak bola')).discrepancies, 'role-or-title')).toEqual([]);
  });
});

describe('ages', () => {
  it('reports outlets giving one pair different ages', () => {
    const s = storyOf(
      'Solo, Harian Solo -- Ganda campuran Andi Wirawan/Citra Dewi menjuarai turnamen bulu tangkis di Solo, Minggu (4/6/2023). "Usia mereka masih 18 tahun," kata pelatih.',
      'Solo, Warta Jateng -- Ganda campuran Andi Wirawan/Citra Dewi juara di Solo, Minggu (4/6/2023). Pasangan berusia 19 tahun itu membawa pulang hadiah.',
    );
    const found = ofKind(s.discrepancies, 'number');
    expect(found).toHaveLength(1);
    expect(found[0]!.params.values.map((v) => v.amount)).toEqual([18, 19]);
  });

  it('does not compare the ages of different people', () => {
    const s = storyOf(
      'Solo, Harian Solo -- Pelari Andi Wirawan yang berusia 18 tahun menjuarai lomba lari di Solo, Minggu (4/6/2023).',
      'Solo, Warta Jateng -- Pelari Citra Dewi yang berusia 19 tahun menjuarai lomba lari di Solo, Minggu (4/6/2023).',
    );
    expect(ofKind(s.discrepancies, 'number')).toEqual([]);
  });
});
