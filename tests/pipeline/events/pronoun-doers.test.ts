import { storyOf } from '../helpers';
import { doersOf } from '../../../src/pipeline/events/doers';
import { textOf, eventsWith } from './reading';

// A pair wins a final; the next sentence tells the same final with "mereka" as its subject and
// names the beaten pair. Another outlet tells the beaten pair's own reaction on that day.
const A = [
  'Jakarta, sportkita.id - Ganda putri Ratna Sari/Wulan Dewi menjuarai turnamen bulu tangkis Kejurnas Bandung, Sabtu (6/7/2024).',
  'Pada laga puncak, mereka mengalahkan pasangan Citra Ayu/Melati Putri dengan skor 21-15, 21-19.',
].join('\n');
const B = [
  'Bandung, arenaolahraga.com - Citra Ayu/Melati Putri mengaku kalah mental di gim kedua laga puncak Kejurnas Bandung, Sabtu (6/7/2024).',
  '"Kami terlalu tegang di poin-poin akhir," ujar Citra.',
].join('\n');

describe('a pronoun subject', () => {
  const s = storyOf(A, B);
  const doers = doersOf(s);
  const article = s.articles.find((a) => a.text.startsWith('Jakarta'))!;

  it('does what the people just told of did', () => {
    const before = doers.get(`${article.id}#0`);
    expect(before?.size).toBeGreaterThan(0);
    expect(doers.get(`${article.id}#1`)).toEqual(before);
  });

  it('keeps the final apart from the beaten pair\'s reaction of the same day', () => {
    const [final, ...more] = eventsWith(s, 'mereka mengalahkan');
    expect(more).toEqual([]);
    const texts = final!.mentions.map((m) => textOf(s, m));
    expect(texts.some((t) => t.includes('menjuarai turnamen'))).toBe(true);
    expect(texts.some((t) => t.includes('kalah mental'))).toBe(false);
  });

  it('takes no doers when no one acted just before', () => {
    const lone = storyOf('Jakarta, sportkita.id - Hujan deras mengguyur Bandung, Sabtu (6/7/2024).\nMereka menunggu di tribun selama dua jam.');
    expect(doersOf(lone).get(`${lone.articles[0]!.id}#1`)).toBeUndefined();
  });
});
