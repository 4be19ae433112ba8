import { sentenceTexts, textStages } from './helpers';

describe('sentences stage', () => {
  it('ends sentences at . ! ? before a capital, and at every line end', () => {
    expect(sentenceTexts(textStages('Putin tiba. Kim menyusul! Apa hasilnya?\nBaris baru tanpa titik'))).toEqual([
      'Putin tiba.', 'Kim menyusul!', 'Apa hasilnya?', 'Baris baru tanpa titik',
    ]);
  });

  it('does not break at thousand marks, abbreviations or initials', () => {
    const text = 'Sebanyak 2.000 ton dikirim oleh Dr. Budi dan Prof. Siti dari Jl. A. Yani pada pukul 10.00 WIB. Selesai.';
    expect(sentenceTexts(textStages(text))).toEqual([
      'Sebanyak 2.000 ton dikirim oleh Dr. Budi dan Prof. Siti dari Jl. A. Yani pada pukul 10.00 WIB.', 'Selesai.',
    ]);
  });

  it('splits inside quotes and keeps the closing quote and attribution with the last sentence', () => {
    const text = '“Kami bicara soal Korea. Kami bertukar pikiran,” kata Putin. Lalu ia pergi.';
    expect(sentenceTexts(textStages(text))).toEqual(['“Kami bicara soal Korea.', 'Kami bertukar pikiran,” kata Putin.', 'Lalu ia pergi.']);
  });

  it('keeps a closing quote after the period with its sentence', () => {
    const text = 'Ia berkata, "Kami siap." Kemudian rapat ditutup.';
    expect(sentenceTexts(textStages(text))).toEqual(['Ia berkata, "Kami siap."', 'Kemudian rapat ditutup.']);
  });

  it('does not end a sentence on a leading ellipsis', () => {
    expect(sentenceTexts(textStages('“…Saya yakin itu.”'))).toEqual(['“…Saya yakin itu.”']);
  });

  it('does not break before a lower-case word', () => {
    expect(sentenceTexts(textStages('Harga naik 5 persen. ini belum final.'))).toEqual(['Harga naik 5 persen. ini belum final.']);
  });
});
