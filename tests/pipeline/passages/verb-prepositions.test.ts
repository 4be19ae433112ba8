import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('prepositions shaped like verbs', () => {
  const story = storyOf(
    'Dinas Perhubungan menutup jalan Cibodas menyusul longsor pada Selasa (9/7/2024) malam.',
    'Ratusan warga Cibodas mengungsi menyusul longsor pada Selasa (9/7/2024) malam.',
    'Keterangan mengenai longsor Cibodas disampaikan melalui juru bicara Dinas Perhubungan.',
  );

  it('reads "menyusul", "mengenai" and "melalui" as following, about and via, not as happenings', () => {
    expect(featuresOf(story, 'menutup jalan').happenings).not.toContain('w:susul');
    expect(featuresOf(story, 'Keterangan mengenai').features.some((f) => /kena|lalu/.test(f))).toBe(false);
  });

  it('keeps apart two happenings that both follow one landslide', () => {
    expect(overlapOf(story, 'menutup jalan', 'mengungsi').happeningsDiffer).toBe(true);
  });
});
