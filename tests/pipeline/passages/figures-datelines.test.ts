import { isStatement } from '../../../src/pipeline/passages/match';
import { matchOptions } from '../../../src/pipeline/passages/index';
import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('lengths of time are figures', () => {
  const story = storyOf(
    'Dalam perkara suap proyek pasar, bekas camat divonis lima tahun penjara oleh majelis.',
    'Dalam perkara suap proyek pasar, dua pemborong divonis tiga tahun penjara oleh majelis.',
    'Dalam perkara suap proyek pasar itu, majelis memvonis bekas camat lima tahun penjara.',
  );

  it('keeps apart two sentences that give different terms without a shared name', () => {
    const m = overlapOf(story, 'bekas camat divonis', 'dua pemborong');
    expect(m.figuresDiffer).toBe(true);
    expect(isStatement(m, matchOptions)).toBe(false);
  });

  it('keeps together two wordings of one term', () => {
    const m = overlapOf(story, 'bekas camat divonis', 'memvonis bekas camat');
    expect(m.figuresDiffer).toBe(false);
    expect(isStatement(m, matchOptions)).toBe(true);
  });
});

describe('the dateline', () => {
  it('skips the place after the outlet ("TEMPO.CO, Surabaya -") as before it', () => {
    const story = storyOf(
      'TEMPO.CO, Surabaya - Pemerintah Kota Surabaya menutup tiga pasar hewan karena wabah penyakit mulut dan kuku.',
      'Surabaya, CNN Indonesia -- Tiga pasar hewan di Surabaya ditutup sementara.',
    );
    const lead = featuresOf(story, 'menutup tiga pasar').features;
    expect(lead.some((f) => f.startsWith('e:') && f.includes('surabaya') && !f.includes('kota'))).toBe(false);
    expect(lead).toContain('w:pasar');
  });
});
