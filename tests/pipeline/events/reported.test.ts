import { storyOf } from '../helpers';
import { textOf, eventsWith } from './reading';

// One outlet tells a travel ban on its day; another, two days on, gives an official's statement
// confirming it and what he added about another matter; a third happening of the ban's day is
// unrelated.
const A = [
  'Jakarta, kabarsatu.id - Kejaksaan Agung mencegah pengusaha tambang Hendra Wijaya bepergian ke luar negeri sejak Senin (6/3/2023).',
  'Di Bogor, Bupati Iwan Setiawan meresmikan pasar ikan pada Senin (6/3/2023).',
].join('\n');
const B = [
  'Jakarta, beritadua.com - Kepala Pusat Penerangan Hukum Kejaksaan Agung, Ketut Sumedana, membenarkan kabar itu kepada wartawan, Rabu (8/3/2023).',
  '"Kami sudah mencegah Hendra Wijaya ke luar negeri selama enam bulan," kata Ketut.',
  'Ketut menambahkan, penyidik juga sudah memeriksa dua belas saksi dari perusahaan tambang itu.',
].join('\n');

describe("a statement's sentence that tells a happening reported elsewhere", () => {
  const story = storyOf(A, B);

  it('also mentions the event of that happening, and stays in the saying', () => {
    const banned = eventsWith(story, 'mencegah pengusaha');
    expect(banned).toHaveLength(1);
    expect(banned[0]!.mentions.some((m) => textOf(story, m).includes('Kami sudah mencegah'))).toBe(true);
    const saying = eventsWith(story, 'membenarkan kabar');
    expect(saying.some((e) => e.mentions.some((m) => textOf(story, m).includes('Kami sudah mencegah')))).toBe(true);
  });

  it('leaves out what the speaker says of other matters, and happenings of other doings', () => {
    const [banned] = eventsWith(story, 'mencegah pengusaha');
    expect(banned!.mentions.some((m) => textOf(story, m).includes('memeriksa dua belas saksi'))).toBe(false);
    const [market] = eventsWith(story, 'meresmikan pasar');
    expect(market!.mentions.some((m) => textOf(story, m).includes('Ketut'))).toBe(false);
  });
});
