import { storyOf } from '../helpers';
import { featuresOf } from './sentences';

describe('a clause of time that opens a sentence', () => {
  const story = storyOf(
    'Setelah ditangkap di Bandara Juanda, tersangka pemalsuan paspor itu diserahkan ke Kejaksaan Negeri Sidoarjo.',
    'Sebelum rapat ditutup para anggota dewan berdoa bersama.',
    'Warga mengungsi ke balai desa setelah rumah mereka direndam banjir.',
  );

  it('tells when, by a happening of the background, not the statement\'s own', () => {
    const handed = featuresOf(story, 'Setelah ditangkap');
    expect(handed.happenings).not.toContain('w:tangkap');
    expect(handed.happenings).toContain('w:serah');
    // what it says still counts as wording
    expect(handed.features).toContain('w:tangkap');
  });

  it('needs its comma: without one the clause may be the whole sentence', () => {
    expect(featuresOf(story, 'Sebelum rapat').happenings).toContain('w:tutup');
  });

  it('only opens a sentence: "setelah" inside it leaves the happenings alone', () => {
    expect(featuresOf(story, 'Warga mengungsi').happenings).toEqual(expect.arrayContaining(['w:ungsi', 'w:rendam']));
  });
});
