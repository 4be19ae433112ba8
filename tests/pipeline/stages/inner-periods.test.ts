import { sentenceTexts, textStages } from './helpers';

const words = (text: string) => textStages(text).tokens.map((t) => t.text);

describe('tokens with periods inside', () => {
  it('keeps sites whole in capitals or lower case, but not a word after a missing space', () => {
    expect(words('CONTOHBERITA.CO.ID, MALANG - Hujan.')).toEqual(['CONTOHBERITA.CO.ID', ',', 'MALANG', '-', 'Hujan', '.']);
    expect(words('MEDIAKITA.CO, Solo')).toEqual(['MEDIAKITA.CO', ',', 'Solo']);
    // a mixed-case tail is a word, not a site suffix
    expect(words('di Blitar.Or')).toEqual(['di', 'Blitar', '.', 'Or']);
  });

  it('splits a letter currency off the amount it touches, as if spaced, with exact offsets', () => {
    const text = 'Tarif naik ke Rp7.250 dan RM12 per orang.';
    const doc = textStages(text);
    expect(doc.tokens.map((t) => [t.text, t.kind])).toEqual([
      ['Tarif', 'word'], ['naik', 'word'], ['ke', 'word'], ['Rp', 'word'], ['7.250', 'number'], ['dan', 'word'],
      ['RM', 'word'], ['12', 'number'], ['per', 'word'], ['orang', 'word'], ['.', 'punct'],
    ]);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    // a word that merely starts with the letters stays whole
    expect(words('Rpx dan Rmadhan')).toEqual(['Rpx', 'dan', 'Rmadhan']);
  });
});

describe('sentences: a period touched on both sides', () => {
  it('does not end a sentence inside a site, a figure or glued initials', () => {
    const text = 'KABARKOTA.CO, Kediri - Harga gula naik ke Rp14.750 per kilo. Pedagang Sri Wahyuni S.H. Menolak diwawancarai.';
    expect(sentenceTexts(textStages(text))).toEqual([
      'KABARKOTA.CO, Kediri - Harga gula naik ke Rp14.750 per kilo.',
      'Pedagang Sri Wahyuni S.H. Menolak diwawancarai.',
    ]);
    expect(sentenceTexts(textStages('Kurs tercatat US$3.5 juta. Lalu turun.'))).toEqual(['Kurs tercatat US$3.5 juta.', 'Lalu turun.']);
  });

  it('reads a dotted title run as an abbreviation, but still ends on a period before a space', () => {
    expect(sentenceTexts(textStages('Hadir pula Dian Lestari, M.Si. Dia dosen tamu.'))).toEqual(['Hadir pula Dian Lestari, M.Si. Dia dosen tamu.']);
    expect(sentenceTexts(textStages('Tim tiba di Blitar. Mereka lelah.'))).toEqual(['Tim tiba di Blitar.', 'Mereka lelah.']);
    expect(sentenceTexts(textStages('Rapat selesai pukul 21.15. Peserta pulang.'))).toEqual(['Rapat selesai pukul 21.15.', 'Peserta pulang.']);
  });
});

describe('sentences: one pass', () => {
  it('stays linear on a long line of brackets and periods, and on a long run of ellipses after a word', () => {
    const brackets = '([.'.repeat(34_000);
    let t0 = performance.now();
    const a = textStages(brackets);
    expect(a.sentences).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(3000);
    t0 = performance.now();
    const b = textStages(`Kata ${'… '.repeat(20_000)}akhir`);
    expect(b.sentences.length).toBeGreaterThanOrEqual(1);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
