import { storyOf } from '../helpers';
import { timeClauses } from '../../../src/pipeline/events/subordinate';
import { textOf, eventsWith } from './reading';


/** The time clauses of the only sentence of a one-line article, as text. */
const clausesOf = (sentence: string) => {
  const doc = storyOf(sentence).articles[0]!;
  const s = doc.sentences[0]!;
  return timeClauses(doc, s).map((c) => ({ order: c.order, text: doc.text.slice(doc.tokens[c.tokenStart]!.start, doc.tokens[c.tokenEnd - 1]!.end) }));
};

describe('a time clause tells a happening of its own', () => {
  it('opens at "usai", "setelah", "sebelum" and ends at a comma or the next clause', () => {
    expect(clausesOf('Polisi menyegel gudang itu usai menangkap dua penjaga malam, Rabu (5/7).')).toEqual([{ order: 'earlier', text: 'menangkap dua penjaga malam' }]);
    expect(clausesOf('Setelah rapat pleno berakhir, ketua dewan menemui wartawan.')).toEqual([{ order: 'earlier', text: 'rapat pleno berakhir' }]);
    expect(clausesOf('Bupati meninjau tanggul sebelum meresmikan pasar baru yang dibangun warga.')).toEqual([{ order: 'later', text: 'meresmikan pasar baru' }]);
  });

  it('opens at a word written with the bound form "pasca-", its noun the first word of the clause', () => {
    expect(clausesOf('Warga mulai membersihkan rumah pascabanjir bandang di Sentani, Kamis (9/3).')).toEqual([{ order: 'earlier', text: 'pascabanjir bandang di Sentani' }]);
    // "pasca" written apart is the plain connective; a word merely beginning so is no clause
    expect(clausesOf('Harga cabai turun pasca panen raya di Brebes, Senin (6/3).')).toEqual([{ order: 'earlier', text: 'panen raya di Brebes' }]);
    expect(clausesOf('Polisi memeriksa pascal di gudang itu.')).toEqual([]);
  });

  it('is not opened by a connective that points back', () => {
    expect(clausesOf('Setelah itu, rombongan melanjutkan perjalanan ke Garut.')).toEqual([]);
    expect(clausesOf('Sebelumnya, warga sudah melapor ke kelurahan.')).toEqual([]);
  });
});

// One outlet tells the arrest on its day; another tells the search of the next day, done after
// the arrest; a third happening of that next day is unrelated.
const A = [
  'Bekasi, kabarsatu.id - Polisi menangkap Joko Susanto, tersangka pembobolan gudang beras di Bekasi, Senin (3/7/2023).',
  'Joko ditangkap di rumah kerabatnya tanpa perlawanan.',
].join('\n');
const B = [
  'Bekasi, beritadua.com - Polisi menggeledah rumah Joko Susanto di Tambun, Selasa (4/7/2023), usai menangkap tersangka pembobolan gudang beras itu.',
  'Dari rumah itu polisi menyita tiga karung beras dan sebuah linggis.',
  'Di Karawang, Bupati Aep Syaepuloh meresmikan pasar ikan pada Selasa (4/7/2023).',
].join('\n');

describe('a sentence with a time clause', () => {
  const s = storyOf(A, B);

  it('also mentions the earlier happening its clause names', () => {
    const arrests = eventsWith(s, 'Senin (3/7/2023)');
    expect(arrests).toHaveLength(1);
    expect(arrests[0]!.date).toBe('2023-07-03');
    expect(arrests[0]!.mentions.some((m) => textOf(s, m).includes('usai menangkap'))).toBe(true);
  });

  it('stays in its own happening, apart from an unrelated one of its day', () => {
    const searches = eventsWith(s, 'menggeledah').filter((e) => e.date === '2023-07-04');
    expect(searches).toHaveLength(1);
    expect(searches[0]!.mentions.some((m) => textOf(s, m).includes('pasar ikan'))).toBe(false);
  });
});

// The clause's own date decides where its happening lies; without one, "usai" reaches back only
// a few days, so a like-worded happening of months before is not the one it names.
const C = [
  'Semarang, kabartiga.id - Tim SAR menemukan dua nelayan yang hilang di perairan Kendal, Kamis (6/7/2023).',
  'Keduanya dibawa ke puskesmas terdekat.',
].join('\n');
const D = [
  'Semarang, beritaempat.com - Tim SAR menemukan perahu nelayan yang hilang di perairan Kendal pada Maret 2023.',
  'Kendal, beritaempat.com - Gubernur menjenguk para nelayan di puskesmas, Jumat (7/7/2023), usai tim SAR menemukan dua nelayan yang hilang di perairan Kendal.',
].join('\n');

describe('where a time clause may point', () => {
  const s = storyOf(C, D);

  it('names the happening of the days just before, not a like one months earlier', () => {
    const found = eventsWith(s, 'Kamis (6/7/2023)');
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions.some((m) => textOf(s, m).includes('usai tim SAR'))).toBe(true);
    const march = s.events.filter((e) => e.date === '2023-03');
    expect(march.every((e) => e.mentions.every((m) => !textOf(s, m).includes('usai tim SAR')))).toBe(true);
  });
});
