import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('an appointing verb whose object stands between it and the role', () => {
  const story = storyOf(
    'Kejaksaan Tinggi Sulawesi Selatan menetapkan Bupati Sidrap Hendra Wijaya sebagai tersangka kasus pengadaan alat kesehatan.',
    'Bupati Sidrap Hendra Wijaya ditetapkan sebagai tersangka kasus pengadaan alat kesehatan oleh Kejaksaan Tinggi Sulawesi Selatan.',
    'Kejaksaan Tinggi Sulawesi Selatan memeriksa Bupati Sidrap Hendra Wijaya sebagai saksi kasus pengadaan alat kesehatan.',
  );

  it('reads the role after the object ("menetapkan Bupati X sebagai tersangka") as the happening', () => {
    const active = featuresOf(story, 'menetapkan Bupati');
    expect(active.happenings).toContain('w:tersangka');
    expect(active.happenings).not.toContain('w:tetap');
  });

  it('so the active and the passive telling share their happening', () => {
    expect(featuresOf(story, 'ditetapkan sebagai').happenings).toContain('w:tersangka');
    expect(overlapOf(story, 'menetapkan Bupati', 'ditetapkan sebagai').happeningsDiffer).toBe(false);
  });

  it('leaves another verb with "sebagai" its own happening', () => {
    const heard = featuresOf(story, 'memeriksa Bupati');
    expect(heard.happenings).toContain('w:periksa');
    expect(overlapOf(story, 'menetapkan Bupati', 'memeriksa Bupati').happeningsDiffer).toBe(true);
  });
});
