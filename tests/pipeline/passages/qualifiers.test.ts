import { qualifiesTitle } from '../../../src/pipeline/passages/predicates';
import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

const isTitle = (w: string) => ['presiden', 'gubernur', 'bupati'].includes(w);

describe('a participle that qualifies a title', () => {
  it('reads "terpilih" after a title as part of who, and as a predicate elsewhere', () => {
    expect(qualifiesTitle('terpilih', 'gubernur', 'mengatakan', isTitle)).toBe(true);
    expect(qualifiesTitle('terpilih', 'gubernur', undefined, isTitle)).toBe(true);
    // "gubernur terpilih kembali", "terpilih sebagai gubernur", "warga terpilih": a happening
    expect(qualifiesTitle('terpilih', 'gubernur', 'kembali', isTitle)).toBe(false);
    expect(qualifiesTitle('terpilih', undefined, 'sebagai', isTitle)).toBe(false);
    expect(qualifiesTitle('terpilih', 'warga', 'mengikuti', isTitle)).toBe(false);
    // another participle after a title is the title holder's happening ("bupati tertangkap")
    expect(qualifiesTitle('tertangkap', 'bupati', 'tangan', isTitle)).toBe(false);
  });

  it('keeps the duties of a president-elect apart from the election', () => {
    const story = storyOf(
      'Wulan Sari terpilih sebagai bupati perempuan pertama di Kabupaten Sikka setelah penghitungan suara selesai.',
      'Menurut Wulan Sari, tugas utama bupati terpilih adalah merangkul semua golongan warga.',
    );
    const duties = featuresOf(story, 'tugas utama');
    expect(duties.happenings).not.toContain('w:pilih');
    expect(duties.features).not.toContain('w:pilih');
    expect(featuresOf(story, 'terpilih sebagai').happenings.some((h) => h.endsWith(':bupati'))).toBe(true);
    const m = overlapOf(story, 'terpilih sebagai', 'tugas utama');
    expect(m.saidCount).toBeLessThan(2);
  });

  it('still reads a re-election after a title as the happening', () => {
    const story = storyOf('Gubernur terpilih kembali dalam pemungutan suara ulang di Kabupaten Sikka.');
    expect(featuresOf(story, 'terpilih kembali').happenings).toContain('w:pilih');
  });
});

describe('conjunctions say nothing of their own', () => {
  it('drops "maka", "meski", "tapi", "kendati" and "sedangkan" from what a sentence says', () => {
    const story = storyOf(
      'Kendati hujan deras, maka panitia tetap membuka pasar murah di Alun-alun Kebumen, tapi pembeli sedikit, sedangkan stok beras habis meski harga turun.',
    );
    const f = featuresOf(story, 'Kendati').features;
    for (const w of ['maka', 'meski', 'tapi', 'kendati', 'sedang']) expect(f).not.toContain(`w:${w}`);
    expect(f).toContain('w:beras');
  });

  it('drops hedges ("mungkin", "kemungkinan"): two guesses about different things share no statement', () => {
    const story = storyOf(
      'Harga gabah di Kabupaten Ngawi kemungkinan naik pekan depan.',
      'Menurut petani, panen di Kabupaten Ngawi mungkin mundur karena hujan.',
    );
    expect(featuresOf(story, 'gabah').features).not.toContain('w:mungkin');
    expect(overlapOf(story, 'gabah', 'panen').saidCount).toBe(0);
  });

  it('reads "mencatat" and "tercatat" as reporting a fact, not as the fact', () => {
    const story = storyOf(
      'Dinas Kesehatan Sleman mencatat kasus demam berdarah naik dua kali lipat.',
      'Sebelum pensiun, dokter itu tercatat pernah memimpin rumah sakit di Sleman.',
    );
    expect(featuresOf(story, 'demam berdarah').features).not.toContain('w:catat');
    expect(featuresOf(story, 'pensiun').features).not.toContain('w:catat');
    expect(featuresOf(story, 'demam berdarah').features).toContain('w:demam');
  });
});
