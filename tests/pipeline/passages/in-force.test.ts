import { isStatement } from '../../../src/pipeline/passages/match';
import { matchOptions } from '../../../src/pipeline/passages/index';
import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('a rule taking effect', () => {
  const story = storyOf(
    'Peraturan Wali Kota Malang soal parkir elektronik mulai berlaku 1 Maret 2025. Dinas Perhubungan melakukan sosialisasi di pasar.',
    'Beleid tentang parkir elektronik itu akan berlaku mulai 1 April 2025, kata petugas. Petugas melakukan pendataan juru parkir pada 3 Februari 2025.',
  );

  it('reads "berlaku" as a word that says something, the light verb "melakukan" as none', () => {
    expect(featuresOf(story, 'mulai berlaku 1 Maret').features).toContain('w:laku');
    expect(featuresOf(story, 'melakukan sosialisasi').features).not.toContain('w:laku');
  });

  it('takes "beleid" for "aturan"', () => {
    expect(featuresOf(story, 'Beleid tentang').features).toContain('w:atur');
  });

  it('keeps two outlets that give one rule different days of one year in one statement', () => {
    const m = overlapOf(story, 'mulai berlaku 1 Maret', 'Beleid tentang');
    expect(m.anchored).toBe(true);
    expect(isStatement(m, matchOptions)).toBe(true);
  });

  it('does not take days of one year alone for one statement', () => {
    const m = overlapOf(story, 'melakukan sosialisasi', 'pendataan juru parkir');
    expect(isStatement(m, matchOptions)).toBe(false);
  });
});
