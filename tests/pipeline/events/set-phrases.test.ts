import { storyOf } from '../helpers';
import { textOf, eventsWith } from './reading';

// One resignation, told by one outlet with "menyatakan mundur" and by another with the set phrase
// "meletakkan jabatan" (and a "pasca-" clause naming the meeting before it); the same afternoon
// the same man misses a budget meeting, which both outlets tell as well.
const A = [
  'Semarang, detik.com - Bambang Suryo menyatakan mundur dari jabatannya sebagai Ketua KONI Jawa Tengah, Kamis (9/3/2023).',
  'Bambang Suryo juga tak hadir dalam rapat anggaran di gedung DPRD pada Kamis (9/3/2023) sore.',
].join('\n');
const B = [
  'Semarang, tempo.co - Bambang Suryo meletakkan jabatannya sebagai Ketua KONI Jawa Tengah pascarapat pengurus harian, Kamis (9/3/2023).',
  'Bambang Suryo tak hadir dalam rapat anggaran DPRD, Kamis (9/3/2023) sore.',
].join('\n');

describe('a happening told with a set phrase', () => {
  const story = storyOf(A, B);

  it('is one event with the same happening told in plain words', () => {
    const [resigned, ...more] = eventsWith(story, 'menyatakan mundur');
    expect(more).toEqual([]);
    expect(resigned!.mentions.some((m) => textOf(story, m).includes('meletakkan jabatannya'))).toBe(true);
  });

  it('stays apart from what the same man did otherwise that day', () => {
    const [resigned] = eventsWith(story, 'menyatakan mundur');
    expect(resigned!.mentions.some((m) => textOf(story, m).includes('tak hadir'))).toBe(false);
    const [absent] = eventsWith(story, 'juga tak hadir');
    expect(absent!.mentions.some((m) => textOf(story, m).includes('Bambang Suryo tak hadir'))).toBe(true);
  });
});
