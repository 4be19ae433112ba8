import { textStages } from './helpers';

const words = (text: string) => textStages(text).tokens.map((t) => t.text);

describe('tokenize stage', () => {
  it('keeps numbers with thousand marks, hyphenated names and domains whole', () => {
    expect(words('Sekitar 10.000 buruh, kata Kim Jong-un kepada tirto.id.')).toEqual([
      'Sekitar', '10.000', 'buruh', ',', 'kata', 'Kim', 'Jong-un', 'kepada', 'tirto.id', '.',
    ]);
  });

  it('splits words glued to a name by a removed link, keeping exact offsets', () => {
    const text = 'Rusia hadir. Termasuk RusiaChina dan Jepang. Ia membakar Rusiakredensial lalu Rusialagu dan Rusiaruang.';
    const doc = textStages(text);
    const glued = doc.tokens.filter((t) => t.glued);
    expect(glued.map((t) => t.text)).toEqual(['Rusia', 'China', 'Rusia', 'kredensial', 'Rusia', 'lagu', 'Rusia', 'ruang']);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('does not split names that merely start with another name, or clitics', () => {
    const text = 'Warga Jaya datang ke Jayapura. Jepangnya menang.';
    expect(textStages(text).tokens.some((t) => t.glued)).toBe(false);
  });
});
