import { storyOf } from '../helpers';
import { movesOn } from '../../../src/pipeline/events/words';
import { opensResponse } from '../../../src/pipeline/events/pointing';
import { claimsOf } from '../../../src/pipeline/events/claims';
import { unitsOf } from '../../../src/pipeline/events/units';
import { textOf, eventsWith } from './reading';

const firstSentence = (sentence: string) => {
  const doc = storyOf(sentence).articles[0]!;
  return { doc, s: doc.sentences[0]! };
};
const moving = (sentence: string) => {
  const { doc, s } = firstSentence(sentence);
  return movesOn(doc, s);
};
const responding = (sentence: string) => {
  const { doc, s } = firstSentence(sentence);
  return opensResponse(doc, s);
};

describe('a sequence marker', () => {
  it('moves the sentence on when it orders the sentence itself', () => {
    expect(moving('Sebelumnya, jaksa menuntut terdakwa sepuluh tahun penjara.')).toBe(true);
    expect(moving('Polisi sebelumnya menangkap dua orang di Depok.')).toBe(true);
  });

  it('does not inside a relative clause, where it orders what is told of a noun', () => {
    expect(moving('Hukuman itu lebih berat dari tuntutan jaksa yang sebelumnya meminta tiga tahun penjara.')).toBe(false);
    expect(moving('Warga yang selanjutnya tiba di posko langsung didata petugas.')).toBe(false);
  });
});

describe('a response to what was told', () => {
  it('opens with a response word and a pointer', () => {
    expect(responding('Atas putusan itu, terdakwa menyatakan banding.')).toBe(true);
    expect(responding('Menanggapi hal tersebut, wali kota meminta warga tenang.')).toBe(true);
  });

  it('does not when the opening explains without pointing', () => {
    expect(responding('Karena hujan deras, pertandingan ditunda satu jam.')).toBe(false);
    expect(responding('Putusan itu dibacakan hakim selama dua jam.')).toBe(false);
  });
});

// One outlet tells a sentencing, a condition of the sentence, and a comparison that points back
// at the sentence past the condition; a second outlet reports the sentencing too. The parties'
// response opens a happening of its own.
const A = [
  'Bandung, kabarjabar.id - Pengadilan Negeri Bandung menghukum bekas kepala desa Cibiru Wetan, Darsa Mulyana, empat tahun penjara, Selasa (3/9/2024).',
  'Majelis juga mewajibkan Darsa mengembalikan dana desa Rp500 juta.',
  'Jika uang itu tidak dikembalikan, hartanya bisa disita.',
  'Hukuman tersebut lebih ringan dari tuntutan jaksa yang sebelumnya meminta enam tahun penjara.',
  'Atas putusan itu, terdakwa dan jaksa sama-sama menyatakan pikir-pikir.',
].join('\n');
const B = [
  'Jakarta, warta7.com - Bekas kepala desa Cibiru Wetan, Darsa Mulyana, dihukum empat tahun penjara oleh Pengadilan Negeri Bandung, Selasa (3/9/2024).',
].join('\n');

describe('narration running on past a sentence that tells no happening', () => {
  const s = storyOf(A, B);
  const mentionsOf = (words: string) => eventsWith(s, words).flatMap((e) => e.mentions.map((m) => textOf(s, m)));

  it('puts the pointing comparison with the sentencing it points at', () => {
    const with_ = mentionsOf('Hukuman tersebut lebih ringan');
    expect(with_.some((t) => t.startsWith('Majelis juga mewajibkan'))).toBe(true);
    expect(eventsWith(s, 'Hukuman tersebut lebih ringan').map((e) => e.date)).toEqual(['2024-09-03']);
  });

  it('leaves the parties\' response out of the sentencing', () => {
    const response = mentionsOf('Atas putusan itu');
    expect(response.some((t) => t.includes('menghukum bekas kepala desa'))).toBe(false);
    expect(response.some((t) => t.startsWith('Majelis juga mewajibkan'))).toBe(false);
  });
});

// A speaker's statement with an unattributed sentence between that tells, with a week of its
// own, an earlier meeting: that sentence is narration of its own happening, not the statement.
const C = [
  'Semarang, jatengkini.id - Ketua DPRD Kota Semarang Rudi Hartanto mengatakan dewan menunda pembahasan tarif parkir, Rabu (6/3/2024).',
  'Pada rapat dua pekan lalu, fraksi-fraksi menolak kenaikan tarif parkir itu.',
  '"Kami tunggu kajian dari dinas perhubungan dulu," ujar Rudi.',
].join('\n');

describe('a sentence between two of a speaker\'s sentences', () => {
  const unitOf = (text: string) => {
    const story = storyOf(text);
    const claims = claimsOf(story);
    const { heads, followers } = unitsOf(story, claims);
    const all = [...heads, ...[...followers.values()].flat()];
    return (sentence: number) => all.filter((c) => c.sentence === sentence).map((c) => c.unit);
  };

  it('that tells an earlier week of its own is not part of the statement', () => {
    const units = unitOf(C);
    expect(units(0)[0]).toBeDefined();
    expect(units(2)).toEqual([units(0)[0]]);
    expect(units(1)).toEqual([undefined]);
  });

  it('that tells no time of its own is', () => {
    const units = unitOf(C.replace('Pada rapat dua pekan lalu, fraksi-fraksi', 'Fraksi-fraksi'));
    expect(units(1)).toEqual([units(0)[0]]);
  });
});
