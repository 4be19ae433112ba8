import { textStages } from './helpers';

const removed = (text: string) => textStages(text).boilerplate.map((b) => [b.kind, b.text]);
const bodyTexts = (text: string) => {
  const doc = textStages(text);
  return doc.lines.map((l) => text.slice(l.start, l.end));
};

describe('boilerplate: promotion lines', () => {
  it('removes a promotion verb and offer that end naming the outlet or a platform', () => {
    expect(removed('Warga kembali ke rumah.\nSimak berita daerah terbaru hanya di Kompas.com')).toEqual([
      ['promo', 'Simak berita daerah terbaru hanya di Kompas.com'],
    ]);
    expect(removed('Warga kembali ke rumah.\nPantau kabar banjir lainnya di Telegram.')).toEqual([['promo', 'Pantau kabar banjir lainnya di Telegram.']]);
  });

  it('keeps prose that opens the same way but offers nothing or ends elsewhere', () => {
    expect(removed('Simak penjelasan wali kota berikut ini.\nIa menjawab.')).toEqual([]);
    expect(removed('Warga diminta ikuti arahan petugas di lapangan.\nBaca berita itu, kata Budi kepada warga di balai desa.')).toEqual([]);
  });
});

describe('boilerplate: credits split by bars', () => {
  it('removes a reporter line of capitals and sources', () => {
    expect(removed('Rapat ditunda.\nLINDA KUSUMA | REUTERS')).toEqual([['byline', 'LINDA KUSUMA | REUTERS']]);
    expect(removed('Rapat ditunda.\nAndi Wiguna | Kompas.com')).toEqual([['byline', 'Andi Wiguna | Kompas.com']]);
  });

  it('keeps a bar inside prose and a name with an unknown mixed-case part', () => {
    expect(removed('Rapat ditunda.\nSkor akhir 2 | 1 untuk tuan rumah')).toEqual([]);
    expect(removed('Rapat ditunda.\nAndi Wiguna | Pakar Hukum')).toEqual([]);
  });
});

describe('boilerplate: a line naming only the outlet', () => {
  it('sets a channel label aside and still reads the outlet from it', () => {
    const text = 'detikFinance\n\nJakarta - Harga cabai naik lagi.';
    const doc = textStages(text);
    expect(doc.boilerplate.map((b) => [b.kind, b.text])).toEqual([['label', 'detikFinance']]);
    expect(doc.outlet).toMatchObject({ name: 'Detik', evidence: { start: 0, end: 12, text: 'detikFinance' } });
    expect(bodyTexts(text)).toEqual(['Jakarta - Harga cabai naik lagi.']);
  });

  it('keeps a sentence that mentions the outlet', () => {
    expect(removed('Harga naik.\nKompas mencatat kenaikan itu.')).toEqual([]);
  });
});

describe('boilerplate: a headline over the first paragraph', () => {
  it('keeps a title-cased first line as a heading, not a sentence', () => {
    const text = 'Petani Garam Keluhkan Harga Anjlok di Pantura\n\nREMBANG - Harga garam rakyat turun. Petani merugi.';
    const doc = textStages(text);
    expect(doc.headings.map((h) => text.slice(h.start, h.end))).toEqual(['Petani Garam Keluhkan Harga Anjlok di Pantura']);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['REMBANG - Harga garam rakyat turun.', 'Petani merugi.']);
  });

  it('keeps a first line that is a sentence, a dateline lead, or the only line', () => {
    expect(textStages('Warga desa mulai mengungsi sejak pagi\nHujan belum reda.').headings).toEqual([]);
    expect(textStages('MALANG - Banjir Datang Lagi\nHujan belum reda.').headings).toEqual([]);
    expect(textStages('Petani Garam Keluhkan Harga').headings).toEqual([]);
  });
});

describe('boilerplate: line ends and paragraphs', () => {
  it('splits lone-CR, CRLF and LF files into the same paragraphs with exact offsets', () => {
    const parts = ['Hujan turun sejak pagi.', 'Sungai meluap.', 'Warga mengungsi.'];
    for (const sep of ['\n', '\r\n', '\r', '\r\r']) {
      const text = parts.join(sep);
      const doc = textStages(text);
      expect(doc.lines.map((l) => text.slice(l.start, l.end))).toEqual(parts);
      expect(new Set(doc.sentences.map((s) => s.paragraph)).size).toBe(3);
    }
  });

  it('gives both sides of a cut-out link the paragraph of their source line', () => {
    const text = 'Harga cabai naik.\n\nPedagang mengeluh (Baca: Harga Bawang Ikut Naik) karena pasokan seret. Pembeli berkurang.\nPemerintah diam.';
    const doc = textStages(text);
    const byText = doc.sentences.map((s) => [text.slice(s.start, s.end), s.paragraph]);
    expect(byText).toEqual([
      ['Harga cabai naik.', 0],
      ['Pedagang mengeluh', 2],
      ['karena pasokan seret.', 2],
      ['Pembeli berkurang.', 2],
      ['Pemerintah diam.', 3],
    ]);
  });
});
