import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers';

// A run of quoted paragraphs is attributed once: a paragraph that is a quote and nothing else,
// right after one that gives someone's words, goes on with the same speaker.

/** Each quote as [its content, speaker text, direct]. */
function quotes(text: string) {
  const s = storyOf(text);
  const t = s.articles[0]!.text;
  return s.quotes.map((q) => [t.slice(q.content.start, q.content.end), q.speaker?.text ?? null, q.direct]);
}

describe('a quoted paragraph after a quote', () => {
  it('goes on with the speaker of the paragraph before', () => {
    const text = [
      '"Air sungai naik setengah meter dalam dua jam," kata Kepala Desa Wahyu Pratomo.',
      '"Kami sudah meminta warga di bantaran mengungsi ke balai desa."',
    ].join('\n');
    expect(quotes(text)).toEqual([
      ['Air sungai naik setengah meter dalam dua jam', 'Wahyu Pratomo', true],
      ['Kami sudah meminta warga di bantaran mengungsi ke balai desa', 'Wahyu Pratomo', true],
    ]);
  });

  it('goes on after reported speech, over every sentence it quotes', () => {
    const text = ['Menurut Wahyu Pratomo, tanggul di hulu jebol sejak subuh.', '"Airnya deras. Kami belum bisa masuk ke dusun itu."'].join('\n');
    expect(quotes(text).map((q) => q[1])).toEqual(['Wahyu Pratomo', 'Wahyu Pratomo', 'Wahyu Pratomo']);
  });
});

describe('a quote that does not go on', () => {
  it('after a paragraph that quotes no one', () => {
    const text = ['Hujan turun sejak sore di wilayah itu.', '"Kami belum bisa masuk ke dusun itu."'].join('\n');
    expect(quotes(text)).toEqual([]);
  });

  it('inside the paragraph of the quote before: only a paragraph of its own goes on', () => {
    const text = '"Air naik cepat," kata Wahyu Pratomo. "Kami belum bisa masuk."';
    expect(quotes(text).map((q) => q[0])).toEqual(['Air naik cepat']);
  });

  it('after a paragraph whose last sentence quotes no one', () => {
    const text = ['"Air naik cepat," kata Wahyu Pratomo. Hujan turun sejak sore.', '"Kami belum bisa masuk."'].join('\n');
    expect(quotes(text).map((q) => q[0])).toEqual(['Air naik cepat']);
  });

  it('when the paragraph says more than the quote', () => {
    const text = ['"Air naik cepat," kata Wahyu Pratomo.', '"Kami belum bisa masuk." Jalan menuju dusun itu tertutup lumpur.'].join('\n');
    expect(quotes(text).map((q) => q[0])).toEqual(['Air naik cepat']);
  });
});
