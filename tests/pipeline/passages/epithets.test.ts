import { isStatement } from '../../../src/pipeline/passages/match';
import { matchOptions } from '../../../src/pipeline/passages/index';
import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('a relative clause said of a person by a role noun', () => {
  const story = storyOf(
    'Pelatih yang membawa Persiba Balikpapan juara Liga Nusantara 2012 itu menolak kontrak baru dari manajemen.',
    'Suporter meminta juru taktik yang pernah membawa Persiba Balikpapan juara Liga Nusantara 2012 itu kembali ke Balikpapan.',
    'Perundingan yang memecah kebuntuan soal upah buruh pabrik sepatu di Tangerang berlangsung hingga malam.',
    'Serikat buruh dan pengusaha sepatu di Tangerang memecah kebuntuan soal upah lewat perundingan panjang.',
  );

  it('keeps the epithet as background, not as what the sentence states', () => {
    const coach = featuresOf(story, 'menolak kontrak');
    expect(coach.background).toContain('w:juara');
    expect(coach.features).toContain('w:juara');
    expect(coach.background ?? []).not.toContain('w:tolak');
  });

  it('does not make two statements one because both recall one coach\'s old title', () => {
    const m = overlapOf(story, 'menolak kontrak', 'Suporter meminta');
    expect(m.said).toBeLessThan(matchOptions.minSaidShare * m.shared);
    expect(isStatement(m, matchOptions)).toBe(false);
  });

  it('still reads a relative clause on a thing as what is said ("perundingan yang memecah kebuntuan")', () => {
    expect(featuresOf(story, 'Perundingan yang').background).toBeUndefined();
    const m = overlapOf(story, 'Perundingan yang', 'Serikat buruh');
    expect(m.saidCount).toBeGreaterThanOrEqual(3);
  });
});
