import { isStatement } from '../../../src/pipeline/passages/match';
import { matchOptions } from '../../../src/pipeline/passages/index';
import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('light verbs and days of one year', () => {
  const story = storyOf(
    'Jemaah menggelar salat istigasah di lapangan desa pada 7 Juni 2025. Pemerintah kota mengadakan lomba perahu hias di sungai pada 9 Agustus 2025.',
    'Petugas gabungan menggelar operasi pasar di lapangan desa pada 8 Juni 2025. Pemerintah kota mengadakan lomba perahu hias di sungai pada 10 Agustus 2025.',
  );

  it('takes the object of a light verb for the happening, not the verb', () => {
    expect(featuresOf(story, 'salat istigasah').happenings).toEqual(['w:salat']);
    expect(featuresOf(story, 'operasi pasar').happenings).toEqual(['w:operasi']);
    expect(featuresOf(story, 'operasi pasar').features).not.toContain('w:gelar');
  });

  it('does not tie two happenings at one place by days of one year', () => {
    const m = overlapOf(story, 'salat istigasah', 'operasi pasar');
    expect(m.anchored).toBe(false);
    expect(isStatement(m, matchOptions)).toBe(false);
  });

  it('ties one happening told with a light verb on two days of one year', () => {
    const m = overlapOf(story, 'pada 9 Agustus', 'pada 10 Agustus');
    expect(m.anchored).toBe(true);
    expect(isStatement(m, matchOptions)).toBe(true);
  });
});

describe('a rule taking effect is a happening', () => {
  const story = storyOf(
    'Tarif baru retribusi sampah Kabupaten Sleman mulai berlaku 2 Januari 2026.',
    'Tarif retribusi sampah yang baru itu diberlakukan pada 5 Januari 2026, kata pejabat dinas.',
  );

  it('reads the forms of "berlaku" as the happening', () => {
    expect(featuresOf(story, 'mulai berlaku').happenings).toContain('w:laku');
    expect(featuresOf(story, 'diberlakukan').happenings).toContain('w:laku');
  });

  it('keeps two days of one year for one rule in one statement', () => {
    const m = overlapOf(story, 'mulai berlaku', 'diberlakukan');
    expect(m.anchored).toBe(true);
    expect(isStatement(m, matchOptions)).toBe(true);
  });
});
