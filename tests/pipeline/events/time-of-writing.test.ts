import { pointsBack } from '../../../src/pipeline/events/pointing';
import { storyOf } from '../helpers';
import { claimDatesOf } from './claim-dates';

describe('a sentence placed at the time of writing', () => {
  const story = storyOf(
    [
      'Garut, kabarpriangan.id - Banjir bandang merendam tiga desa di Kecamatan Tarogong, Garut, Rabu (8/3/2023).',
      'Hingga berita ini diturunkan, sudah 40 keluarga mengungsi ke balai desa.',
      'Saat ini sudah ada dua dapur umum yang dibuka relawan.',
      'Tanggul sungai di desa itu sudah dua kali jebol.',
    ].join('\n'),
  );
  const datesOf = claimDatesOf(story);

  it('reads "sudah" after the moment of writing as how things stand at publication', () => {
    expect(datesOf('40 keluarga mengungsi')).toEqual(['2023-03-08']);
    expect(datesOf('dua dapur umum')).toEqual(['2023-03-08']);
  });

  it('still reads an undated "sudah" without it as the past', () => {
    expect(datesOf('dua kali jebol')).toEqual(['PAST_REF']);
  });
});

describe('a subject owned by someone just told of', () => {
  const pointing = (sentence: string) => {
    const doc = storyOf(sentence).articles[0]!;
    return pointsBack(doc, doc.sentences[0]!);
  };

  it('points back: "Tuntutan mereka", "Kedatangan beliau"', () => {
    expect(pointing('Tuntutan mereka adalah agar kepala sekolah itu dicopot.')).toBe(true);
    expect(pointing('Kedatangan beliau disambut tarian adat.')).toBe(true);
  });

  it('does not when "ia" or "dia" opens a clause, or the opener answers something', () => {
    expect(pointing('Kemarin ia tiba di Makassar.')).toBe(false);
    expect(pointing('Menanggapi mereka, bupati berjanji memperbaiki jalan.')).toBe(false);
    expect(pointing('Tuntutan buruh adalah kenaikan upah minimum.')).toBe(false);
  });
});
