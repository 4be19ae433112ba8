import { storyOf } from '../helpers';
import { toldAsPast } from '../../../src/pipeline/events/words';
import { happeningAt } from '../tokens/dating';
import { textOf, eventsWith } from './reading';


// Three outlets tell one arrival three ways; the same day a toll road opens elsewhere.
const A = [
  'Medan, kabarsatu.id - Presiden Joko Widodo tiba di Bandara Kualanamu, Medan, Senin (6/3/2023) pagi.',
  'Jokowi disambut Gubernur Sumatera Utara Edy Rahmayadi di bandara.',
  '(ant/rdk)',
].join('\n');
const B = [
  'Jakarta, beritadua.com - Pesawat kepresidenan yang membawa Presiden Joko Widodo mendarat di Bandara Kualanamu, Medan, pada Senin, 6 Maret 2023.',
  'Di Palembang, Menteri Pekerjaan Umum Basuki Hadimuljono meresmikan jalan tol Kayu Agung pada Senin (6/3/2023).',
  'Sebelumnya.',
].join('\n');
const C = [
  'Senin (6/3/2023), Joko Widodo tiba di Medan melalui Bandara Kualanamu untuk kunjungan kerja dua hari.',
  'Jalan Tol Kayu Agung yang diresmikan Basuki Hadimuljono di Palembang sepanjang 40 kilometer.',
].join('\n');

describe('events are happenings, merged across outlets', () => {
  const s = storyOf(A, B, C);

  it('merges one happening told three ways into one event on its day', () => {
    const arrivals = eventsWith(s, 'Bandara Kualanamu');
    expect(arrivals).toHaveLength(1);
    expect(arrivals[0]!.date).toBe('2023-03-06');
    expect(new Set(arrivals[0]!.mentions.map((m) => m.articleId))).toEqual(new Set(['000', '001', '002']));
  });

  it('keeps two happenings of one day apart', () => {
    const [toll, ...others] = eventsWith(s, 'Kayu Agung');
    expect(others).toEqual([]);
    expect(toll!.date).toBe('2023-03-06');
    expect(toll!.mentions.some((m) => textOf(s, m).includes('Kualanamu'))).toBe(false);
  });

  it('never makes an event of a byline or a fragment', () => {
    const all = s.events.flatMap((e) => e.mentions.map((m) => textOf(s, m).trim()));
    expect(all).not.toContain('(ant/rdk)');
    expect(all).not.toContain('Sebelumnya.');
  });

  it('labels an event by its parts: who, what, where', () => {
    expect(eventsWith(s, 'Bandara Kualanamu')[0]!.label).toBe('Joko Widodo tiba di Bandara Kualanamu');
    expect(eventsWith(s, 'Kayu Agung')[0]!.label).toBe('Basuki Hadimuljono meresmikan jalan tol Kayu Agung');
  });
});

describe('what never becomes an event', () => {
  it('leaves out a heading line', () => {
    const s = storyOf(['Banjir merendam 200 rumah di Kota Lama, Kalimantan Timur, Selasa (7/3/2023).', 'Warga Mengungsi ke Masjid', 'Sebanyak 300 warga mengungsi ke masjid terdekat.'].join('\n'));
    const all = s.events.flatMap((e) => e.mentions.map((m) => textOf(s, m)));
    expect(all.some((t) => t.includes('Warga Mengungsi'))).toBe(false);
    expect(all.some((t) => t.includes('merendam 200 rumah'))).toBe(true);
  });

  it('takes no date from the year of a law or a term of office', () => {
    const law = 'Ia dijerat Undang-Undang Nomor 31 Tahun 1999 tentang korupsi.';
    expect(happeningAt(law, 'Tahun 1999')).toBe(false);
    const term = 'Ia gubernur periode 2016-2021.';
    expect(happeningAt(term, '2016')).toBe(false);
    const held = 'Kongres digelar pada 1999 di Bali.';
    expect(happeningAt(held, '1999')).toBe(true);
  });
});

describe('a statement is one happening, the saying', () => {
  const D = [
    'Jakarta, kabarsatu.id - Juru bicara Kementerian Kesehatan Siti Nadia Tarmizi mengatakan vaksinasi ulang dimulai pekan depan.',
    '"Stok vaksin sudah tiba di semua provinsi.',
    'Petugas juga sudah dilatih," ujar Siti Nadia di Jakarta, Rabu (8/3/2023).',
    'Ia menambahkan bahwa warga lansia didahulukan.',
    'Sementara itu, Ketua Ikatan Dokter Indonesia Adib Khumaidi menilai jadwal itu terlalu cepat.',
    '"Puskesmas di daerah belum siap," kata Adib.',
  ].join('\n');
  const s = storyOf(D);

  it('keeps the attribution, the quotation and what the speaker added in one event on the day given', () => {
    const [saying, ...others] = eventsWith(s, 'Stok vaksin');
    expect(others).toEqual([]);
    expect(saying!.date).toBe('2023-03-08');
    const texts = saying!.mentions.map((m) => textOf(s, m));
    expect(texts.some((t) => t.includes('Siti Nadia Tarmizi mengatakan'))).toBe(true);
    expect(texts.some((t) => t.includes('lansia didahulukan'))).toBe(true);
  });

  it('labels a statement by its saying', () => {
    expect(eventsWith(s, 'Stok vaksin')[0]!.label).toBe('Siti Nadia Tarmizi mengatakan vaksinasi ulang dimulai');
  });

  it("keeps another speaker's statement apart", () => {
    const [other] = eventsWith(s, 'Puskesmas di daerah');
    expect(other!.mentions.some((m) => textOf(s, m).includes('Stok vaksin'))).toBe(false);
    expect(other!.mentions.some((m) => textOf(s, m).includes('Adib Khumaidi menilai'))).toBe(true);
  });
});

describe('undated past happenings', () => {
  it('are PAST_REF when told as done, not when planned, denied or said', () => {
    const s = storyOf(
      [
        'Polisi menangkap dua tersangka pencurian di Bogor, Kamis (9/3/2023).',
        'Kedua tersangka pernah dipenjara karena kasus serupa.',
        'Polisi akan memeriksa saksi lain.',
        'Mereka tidak pernah mengaku bersalah.',
      ].join('\n'),
    );
    const doc = s.articles[0]!;
    const told = doc.sentences.map((x) => toldAsPast(doc, x));
    expect(told).toEqual([false, true, false, false]);
    expect(eventsWith(s, 'pernah dipenjara')[0]!.date).toBe('PAST_REF');
  });
});

describe('event spans', () => {
  it('every mention is exactly a sentence of its article', () => {
    const s = storyOf(A, B, C);
    for (const e of s.events) {
      for (const m of e.mentions) {
        const doc = s.articles.find((a) => a.id === m.articleId)!;
        expect(doc.sentences.some((x) => x.start === m.start && x.end === m.end)).toBe(true);
      }
    }
  });
});

describe('interviews', () => {
  it('keeps apart what one speaker told two named outlets', () => {
    const s = storyOf(
      [
        'Pelatih Rudy Hartono menyatakan belum memutuskan masa depannya di klub Persita.',
        '"Saya masih berpikir soal masa depan saya di klub," ujar Rudy Hartono kepada Kompas.com, Senin (13/3/2023).',
      ].join('\n'),
      [
        'Pelatih Rudy Hartono menyatakan akan bertahan di klub Persita musim depan.',
        '"Saya tetap di klub, masa depan saya di sini," kata Rudy Hartono kepada Tempo.co, Senin (13/3/2023).',
      ].join('\n'),
    );
    const first = eventsWith(s, 'Saya masih berpikir');
    const second = eventsWith(s, 'Saya tetap di klub');
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(first[0]).not.toBe(second[0]);
  });
});
