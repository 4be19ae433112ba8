import { textStages } from './helpers';

const removedTexts = (text: string) => textStages(text).boilerplate.map((b) => [b.kind, b.text]);

describe('boilerplate stage', () => {
  it('removes image-only lines and keeps what was removed', () => {
    const text = '![](https://img.example.id/a.jpg)\nPresiden tiba di Jakarta.';
    const doc = textStages(text);
    expect(doc.boilerplate).toEqual([{ start: 0, end: 33, kind: 'image', text: '![](https://img.example.id/a.jpg)' }]);
    expect(doc.lines.map((l) => text.slice(l.start, l.end))).toEqual(['Presiden tiba di Jakarta.']);
  });

  it('removes "Baca Juga:" links but not a sentence that merely mentions reading', () => {
    const text = 'Ia membaca juga laporan itu.\nBaca Juga: Harga Cabai Naik Lagi\nMenteri menolak.';
    expect(removedTexts(text)).toEqual([['related-link', 'Baca Juga: Harga Cabai Naik Lagi']]);
  });

  it('removes headline lists under their heading, one span per list', () => {
    const text = 'Isi berita.\nBerita Terkait\n-\nJudul Satu\n-\nJudul Dua\nTerpopuler\n- Judul Tiga\n- Judul Empat';
    expect(removedTexts(text)).toEqual([
      ['related-list', 'Berita Terkait\n-\nJudul Satu\n-\nJudul Dua'],
      ['related-list', 'Terpopuler\n- Judul Tiga\n- Judul Empat'],
    ]);
  });

  it('removes comment widgets and share prompts', () => {
    const text = 'Isi berita.\nNo comments:\nPost a Comment';
    expect(removedTexts(text)).toEqual([['widget', 'No comments:\nPost a Comment']]);
    expect(removedTexts('Isi berita.\nBagikan artikel ini')).toEqual([['widget', 'Bagikan artikel ini']]);
  });

  it('keeps body paragraphs, and marks a short title line between them as a heading', () => {
    const text = 'Paragraf pertama.\nTerus menunggu\nParagraf kedua.';
    const doc = textStages(text);
    expect(doc.boilerplate).toEqual([]);
    expect(doc.headings.map((h) => text.slice(h.start, h.end))).toEqual(['Terus menunggu']);
  });

  it('does not take a body sentence that starts like a list heading', () => {
    const text = 'Pilihan warga jatuh pada calon yang jujur, kata pengamat itu.\nSelesai.';
    expect(removedTexts(text)).toEqual([]);
  });
});
