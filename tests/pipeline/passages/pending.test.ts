import { isStatement } from '../../../src/pipeline/passages/match';
import { matchOptions } from '../../../src/pipeline/passages/index';
import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('what has not happened yet is awaited', () => {
  const story = storyOf(
    'Para pedagang Pasar Johar masih menunggu keputusan Pemerintah Kota Semarang soal lokasi relokasi.',
    'Pemerintah Kota Semarang belum memutuskan lokasi relokasi para pedagang Pasar Johar.',
    'Pemerintah Kota Semarang sudah memutuskan lokasi relokasi para pedagang Pasar Johar.',
    'Pedagang yang belum mendapat kios di Pasar Johar berunjuk rasa di depan balai kota.',
  );

  it('gives "belum" the notion of waiting that "masih menunggu" words', () => {
    expect(featuresOf(story, 'masih menunggu').features).toContain('w:tunggu');
    expect(featuresOf(story, 'belum memutuskan').features).toContain('w:tunggu');
  });

  it('gives it neither to a decision taken nor to a relative clause', () => {
    expect(featuresOf(story, 'sudah memutuskan').features).not.toContain('w:tunggu');
    expect(featuresOf(story, 'belum mendapat kios').features).not.toContain('w:tunggu');
  });

  it('makes the two wordings of one pending decision one statement, not the decision taken', () => {
    expect(isStatement(overlapOf(story, 'masih menunggu', 'belum memutuskan'), matchOptions)).toBe(true);
    expect(isStatement(overlapOf(story, 'belum memutuskan', 'sudah memutuskan'), matchOptions)).toBe(false);
  });
});
