import { isStatement } from '../../../src/pipeline/passages/match';
import { matchOptions } from '../../../src/pipeline/passages/index';
import { storyOf } from '../helpers';
import { overlapOf } from './sentences';

// "Not yet" places a matter at the time of writing, as a shared date would: two wordings of one
// pending matter need no name or number in common, but their happenings must still agree.
describe('a matter still awaited anchors two wordings of it', () => {
  const story = storyOf(
    'Sikap pengurus sendiri belum diketahui.',
    'Hingga kini pengurus masih belum mengambil langkah apa pun.',
    'Hingga kini pengurus sudah mengambil langkah.',
    'Ratusan nasabah berunjuk rasa di depan kantor koperasi itu.',
    'Mereka menuntut dana simpanan dikembalikan.',
  );
  const undone = storyOf(
    'Pengurus belum membayar gaji karyawan.',
    'Pengurus belum menemui para karyawan.',
    'Pengurus sudah membayar gaji karyawan.',
    'Ratusan nasabah berunjuk rasa di depan kantor koperasi itu.',
    'Mereka menuntut dana simpanan dikembalikan.',
  );

  it('makes two sentences that both tell the matter awaited one statement', () => {
    expect(isStatement(overlapOf(story, 'belum diketahui', 'belum mengambil langkah'), matchOptions)).toBe(true);
  });

  it('is no anchor for a sentence that tells the matter settled', () => {
    expect(isStatement(overlapOf(story, 'belum mengambil langkah', 'sudah mengambil langkah'), matchOptions)).toBe(false);
  });

  it('does not join two different things still undone by the same people', () => {
    expect(isStatement(overlapOf(undone, 'belum membayar gaji', 'belum menemui'), matchOptions)).toBe(false);
    expect(isStatement(overlapOf(undone, 'belum menemui', 'sudah membayar'), matchOptions)).toBe(false);
  });
});
