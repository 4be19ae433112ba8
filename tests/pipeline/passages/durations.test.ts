import { isStatement } from '../../../src/pipeline/passages/match';
import { matchOptions } from '../../../src/pipeline/passages/index';
import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('lengths of time on the clock', () => {
  const story = storyOf(
    'Rapat dengar pendapat komisi dengan direksi perusahaan air minum berlangsung selama 90 menit.\n\nSetelah itu anggota komisi meninjau instalasi pengolahan air.',
    'Rapat komisi bersama direksi perusahaan air minum itu berlangsung 1 jam 30 menit di gedung dewan.',
    'Rapat komisi dengan direksi perusahaan air minum hanya berlangsung 2 jam 15 menit.',
  );

  it('reads "90 menit" and "1 jam 30 menit" as one length of time', () => {
    expect(featuresOf(story, 'selama 90 menit').features).toContain('t:PT90M');
    expect(featuresOf(story, '1 jam 30 menit').features).toContain('t:PT90M');
  });

  it('keeps "selama" as the preposition it is, no word of what was said', () => {
    expect(featuresOf(story, 'selama 90 menit').features).not.toContain('w:lama');
  });

  it('makes the two wordings of one length one statement', () => {
    const m = overlapOf(story, 'selama 90 menit', '1 jam 30 menit');
    expect(m.figuresDiffer).toBe(false);
    expect(isStatement(m, matchOptions)).toBe(true);
  });

  it('counts another length of time as another figure', () => {
    const m = overlapOf(story, '1 jam 30 menit', '2 jam 15 menit');
    expect(m.figuresDiffer).toBe(true);
  });
});

describe('a stance to be taken', () => {
  const story = storyOf(
    'Atas vonis itu, kuasa hukum terdakwa menyatakan pikir-pikir selama tiga hari.',
    '"Kami diberi waktu tiga hari untuk menentukan sikap," kata kuasa hukum terdakwa.',
    '"Kami diberi waktu empat belas hari untuk mengajukan banding," kata kuasa hukum terdakwa.',
  );

  it('reads "menentukan sikap" and "pikir-pikir" as one notion', () => {
    expect(featuresOf(story, 'menentukan sikap').features).toContain('w:pendapat');
    expect(featuresOf(story, 'pikir-pikir').features).toContain('w:pendapat');
  });

  it('makes the two wordings one statement', () => {
    expect(isStatement(overlapOf(story, 'pikir-pikir', 'menentukan sikap'), matchOptions)).toBe(true);
  });

  it('does not join a statement of another deadline', () => {
    expect(isStatement(overlapOf(story, 'pikir-pikir', 'mengajukan banding'), matchOptions)).toBe(false);
  });
});

describe('"bangkit" is a verb used bare', () => {
  const story = storyOf(
    'Tuan rumah sempat tertinggal, tetapi dukungan suporter membuat mereka bangkit di babak kedua.',
    'Tim tamu akhirnya kalah di babak kedua karena kehabisan tenaga.',
  );

  it('names a happening, so a sentence of another happening in the same half is another statement', () => {
    expect(featuresOf(story, 'bangkit').happenings).toContain('w:bangkit');
    const m = overlapOf(story, 'bangkit', 'kehabisan tenaga');
    expect(m.happeningsDiffer).toBe(true);
    expect(isStatement(m, matchOptions)).toBe(false);
  });
});
