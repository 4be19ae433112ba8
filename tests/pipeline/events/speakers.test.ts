import { storyOf } from '../helpers';
import type { StoryDoc } from '../../../src/pipeline/types';
import { sentenceSpeakers } from '../../../src/pipeline/events/speakers';
import { textOf } from './reading';

const speakers = (s: StoryDoc) => sentenceSpeakers(s.articles[0]!, s.quotes);

describe("events read the quote stage's speakers", () => {
  it('gives each sentence the speaker the quote stage attributed, a pointer back as such, else nobody', () => {
    const s = storyOf('Yusuf Hamdani belum bisa memastikan jadwal latihan. "Kami tunggu hasil rapat," ujarnya. Hujan turun sejak pagi.');
    expect(speakers(s)).toEqual([{ kind: 'named', id: 'yusuf-hamdani' }, { kind: 'same' }, null]);
  });

  it('names nobody for a speaker the text describes but does not name', () => {
    const s = storyOf('Harga gabah turun tajam, kata para petani di desa itu.');
    expect(s.quotes).toHaveLength(1);
    expect(speakers(s)).toEqual([null]);
  });

  it("keeps a speaker's quotation with their statement across a happening of another day told between", () => {
    const s = storyOf(
      [
        'Surabaya, kabarsatu.id - Kapolres Hendra Wijaya, yang ditemui di Surabaya pada Kamis (9/3/2023), mengatakan gudang itu sudah lama diawasi.',
        'Polisi pada Rabu (8/3/2023) menggerebek sebuah gudang di Tandes dan menyita 300 tabung gas oplosan.',
        '"Pemiliknya masih kami cari," ujarnya.',
      ].join('\n'),
    );
    const saying = s.events.filter((e) => e.mentions.some((m) => textOf(s, m).includes('ujarnya')));
    expect(saying).toHaveLength(1);
    expect(saying[0]!.date).toBe('2023-03-09');
    expect(saying[0]!.mentions.some((m) => textOf(s, m).includes('sudah lama diawasi'))).toBe(true);
    expect(saying[0]!.mentions.some((m) => textOf(s, m).includes('menggerebek'))).toBe(false);
  });
});
