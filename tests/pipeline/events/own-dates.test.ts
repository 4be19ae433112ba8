import { storyOf } from '../helpers';
import { toldAsPast } from '../../../src/pipeline/events/words';
import { doingsByClaim, shareDoing } from '../../../src/pipeline/events/doings';
import { textOf, eventsWith } from './reading';


describe('an article names a happening\'s day once', () => {
  const report = [
    'Depok, kabarsatu.id - Polisi menggeledah kantor dinas perhubungan Kota Depok pada Rabu (6/3/2024).',
    'Petugas juga menyita dua mobil dinas dari halaman kantor itu.',
    'Kepala Dinas Perhubungan Depok Andi Wijaya dan bendahara dinas Rudi Santoso ditetapkan sebagai tersangka korupsi pengadaan bus.',
    'Andi Wijaya dan Rudi Santoso ditetapkan sebagai tersangka sejak 28 Februari 2024.',
  ].join('\n');

  it('dates an undated sentence by a nearby sentence of its article telling the same doing of the same people', () => {
    const s = storyOf(report);
    const [naming, ...others] = eventsWith(s, 'bendahara dinas Rudi Santoso ditetapkan');
    expect(others).toEqual([]);
    expect(naming!.date).toBe('2024-02-28');
    expect(naming!.mentions.some((m) => textOf(s, m).includes('sejak 28 Februari'))).toBe(true);
  });

  it('leaves an undated sentence about other people and another doing on its own day', () => {
    const s = storyOf(report);
    expect(eventsWith(s, 'menyita dua mobil').map((e) => e.date)).toEqual(['2024-03-06']);
  });
});

describe('the doing two sentences tell', () => {
  it('is read from the roots of their verbs, whatever their voice', () => {
    const s = storyOf(
      [
        'Polisi menetapkan Andi Saputra sebagai tersangka pencurian mobil pada Senin (4/3/2024).',
        'Andi Saputra ditetapkan sebagai tersangka setelah diperiksa delapan jam.',
        'Dalam rekonstruksi, Andi Saputra memperagakan 15 adegan di lokasi kejadian.',
      ].join('\n'),
    );
    const doings = doingsByClaim(s);
    const key = (i: number) => `${s.articles[0]!.id}#${i}`;
    expect(shareDoing(key(0), key(1), doings)).toBe(true);
    expect(shareDoing(key(1), key(2), doings)).toBe(false);
    expect(doings(key(2))?.size).toBeGreaterThan(0);
  });
});

describe('the tense of a cited law', () => {
  it('is not the sentence\'s: "sebagaimana telah diubah" tells nothing done', () => {
    const s = storyOf(
      [
        'Polisi menangkap dua tersangka suap di Bekasi, Kamis (7/3/2024).',
        'Keduanya dijerat Pasal 5 Undang-Undang Nomor 31 Tahun 1999 sebagaimana telah diubah dengan Undang-Undang Nomor 20 Tahun 2001.',
        'Keduanya telah mengembalikan sebagian uang suap itu.',
      ].join('\n'),
    );
    const doc = s.articles[0]!;
    expect(doc.sentences.map((x) => toldAsPast(doc, x))).toEqual([false, false, true]);
  });

  it('is the sentence\'s own where "sebagaimana" opens it and recalls earlier news', () => {
    const s = storyOf(
      [
        'Polisi menangkap pembobol minimarket di Bekasi, Kamis (7/3/2024).',
        'Sebagaimana diberitakan sebelumnya, pelaku telah membobol tiga minimarket lain di kota itu.',
      ].join('\n'),
    );
    const doc = s.articles[0]!;
    expect(doc.sentences.map((x) => toldAsPast(doc, x))).toEqual([false, true]);
  });
});
