import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('what ought to be done against what was done', () => {
  const story = storyOf(
    '"Apa pun hasil rapat, pengurus harus menyampaikannya langsung kepada Wiryo," kata Ketua Koperasi Tani Makmur Sutrisno.',
    'Pengurus Koperasi Tani Makmur menyampaikan hasil rapat langsung kepada Wiryo pada Senin (1/7/2024).',
    'Pengurus Koperasi Tani Makmur wajib melaporkan hasil rapat kepada anggota paling lambat sepekan.',
    'Pengurus Koperasi Tani Makmur diwajibkan melaporkan hasil rapat kepada anggota dalam sepekan.',
  );

  it('marks a sentence under a modal of obligation, outside its relative clauses', () => {
    expect(featuresOf(story, 'harus menyampaikannya').obliges).toBe(true);
    expect(featuresOf(story, 'menyampaikan hasil rapat langsung').obliges).toBeUndefined();
  });

  it('keeps a demand apart from the report of the deed', () => {
    expect(overlapOf(story, 'harus menyampaikannya', 'menyampaikan hasil rapat langsung').contradicts).toBe(true);
  });

  it('lets two wordings of one rule be one statement ("wajib" and "diwajibkan")', () => {
    expect(overlapOf(story, 'wajib melaporkan', 'diwajibkan melaporkan').contradicts).toBe(false);
  });
});

describe('urging and prohibition nouns', () => {
  const story = storyOf(
    '"Warga di bantaran sungai harus mengungsi malam ini juga," kata Camat Sukaraja Dedi Kusnadi, Selasa (2/7/2024).',
    'Camat Sukaraja Dedi Kusnadi mengimbau warga di bantaran sungai mengungsi malam ini juga.',
    'Petugas menderek 40 mobil yang melanggar larangan parkir di Jalan Merdeka, Rabu (3/7/2024).',
    'Petugas menderek 40 mobil yang melanggar aturan parkir di Jalan Merdeka pada Rabu (3/7/2024).',
  );

  it('reads a call to do something as saying what ought to be done, like a modal in the quote it sums up', () => {
    expect(featuresOf(story, 'mengimbau').obliges).toBe(true);
    expect(overlapOf(story, 'harus mengungsi', 'mengimbau').contradicts).toBe(false);
  });

  it('does not read a prohibition named as a noun as an obligation: breaking it is what was done', () => {
    expect(featuresOf(story, 'larangan parkir').obliges).toBeUndefined();
    expect(overlapOf(story, 'larangan parkir', 'aturan parkir').contradicts).toBe(false);
  });
});

