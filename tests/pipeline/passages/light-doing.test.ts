import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('verbs that are light only before a noun of doing', () => {
  const story = storyOf(
    'Dewan Pengawas Koperasi Sejahtera mengambil keputusan menunda rapat anggota tahunan pada Jumat (5/7/2024).',
    'Dewan Pengawas Koperasi Sejahtera memutuskan menunda rapat anggota tahunan, Jumat (5/7/2024).',
    'Dewan Pengawas Koperasi Sejahtera mengambil dokumen rapat anggota tahunan pada Jumat (5/7/2024).',
    'Lurah Sukamaju membuat pengaduan pencurian ke Polsek Cibeber pada Jumat (5/7/2024).',
    'Kenaikan iuran membuat anggota koperasi resah.',
  );

  it('hands the happening to the noun of doing after it ("mengambil keputusan" = "memutuskan")', () => {
    const decided = featuresOf(story, 'mengambil keputusan').happenings;
    expect(decided).toContain('w:putus');
    expect(decided).not.toContain('w:ambil');
    expect(featuresOf(story, 'membuat pengaduan').happenings).toContain('w:adu');
    expect(overlapOf(story, 'mengambil keputusan', 'memutuskan').happeningsDiffer).toBe(false);
  });

  it('keeps the verb its own sense before a thing or a person', () => {
    expect(featuresOf(story, 'mengambil dokumen').happenings).toContain('w:ambil');
    // "membuat anggota resah": causative, the members are no happening
    expect(featuresOf(story, 'membuat anggota').happenings.some((h) => h.endsWith(':anggota'))).toBe(false);
  });
});
