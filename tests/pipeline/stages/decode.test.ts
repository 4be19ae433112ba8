import { decodeArticle, MAX_ARTICLE_BYTES } from '../../../src/pipeline/stages/decode';
import { bytes } from './helpers';

describe('decode stage', () => {
  it('keeps the raw text, byte order mark included, so offsets match the file', () => {
    const { doc } = decodeArticle({ file: 'a.txt', bytes: bytes('\uFEFFJakarta - Berita.') });
    expect(doc?.text).toBe('\uFEFFJakarta - Berita.');
    expect(doc?.bodyStart).toBe(1);
  });

  it('splits YAML front matter and keeps body offsets into the raw text', () => {
    const text = '---\ntitle: Judul\noutlet: kompas.com\npublished: 2019-04-25\n---\nIsi berita.';
    const { doc } = decodeArticle({ file: 'a.md', bytes: bytes(text) });
    expect(doc?.frontMatter).toEqual({ title: 'Judul', outlet: 'kompas.com', published: '2019-04-25' });
    expect(text.slice(doc!.bodyStart)).toBe('Isi berita.');
  });

  it('reads front matter in a file whose lines end in a lone CR, as in LF and CRLF files', () => {
    for (const eol of ['\r', '\r\n', '\n']) {
      const text = ['---', 'title: Judul', 'outlet: kompas.com', '---', 'Isi berita.'].join(eol);
      const { doc } = decodeArticle({ file: 'a.md', bytes: bytes(text) });
      expect(doc?.frontMatter).toEqual({ title: 'Judul', outlet: 'kompas.com' });
      expect(text.slice(doc!.bodyStart)).toBe('Isi berita.');
    }
  });

  it('counts lone-CR lines when it names the line of a bad front matter value', () => {
    const { diagnostics } = decodeArticle({ file: 'd.md', bytes: bytes('---\rtitle: Judul\rpublished: 2019-02-30\r---\rIsi berita.') });
    expect(diagnostics).toEqual([expect.objectContaining({ level: 'warning', line: 3 })]);
  });

  it('names the file and line of malformed front matter and skips the article', () => {
    const { doc, diagnostics } = decodeArticle({ file: 'bad.md', bytes: bytes('---\ntitle: ok\nauthor: [unclosed\n---\nIsi.') });
    expect(doc).toBeNull();
    expect(diagnostics[0]).toMatchObject({ level: 'error', file: 'bad.md' });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
    expect(diagnostics[0]!.message).toMatch(/malformed front matter/);
  });

  it('reports front matter that is never closed', () => {
    const { doc, diagnostics } = decodeArticle({ file: 'open.md', bytes: bytes('---\ntitle: x\nIsi berita tanpa penutup.') });
    expect(doc).toBeNull();
    expect(diagnostics[0]!.message).toMatch(/never closed/);
  });

  it('skips empty, blank and binary files with a warning naming why', () => {
    expect(decodeArticle({ file: 'e.txt', bytes: new Uint8Array() }).diagnostics[0]!.message).toMatch(/empty/);
    expect(decodeArticle({ file: 'w.txt', bytes: bytes(' \n\t\n') }).diagnostics[0]!.message).toMatch(/white space/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = decodeArticle({ file: 'img.txt', bytes: png });
    expect(result.doc).toBeNull();
    expect(result.diagnostics[0]).toMatchObject({ level: 'warning', file: 'img.txt' });
    expect(result.diagnostics[0]!.message).toMatch(/binary/);
  });

  it('decodes Windows-1252 bytes with a warning', () => {
    const cp1252 = new Uint8Array([0x93, 0x4b, 0x61, 0x6d, 0x69, 0x94, 0x20, 0x6b, 0x61, 0x74, 0x61, 0x6e, 0x79, 0x61, 0x2e]);
    const { doc, diagnostics } = decodeArticle({ file: 'old.txt', bytes: cp1252 });
    expect(doc?.text).toBe('“Kami” katanya.');
    expect(diagnostics[0]!.message).toMatch(/Windows-1252/);
  });

  it('refuses an oversized article with a clear message instead of running out of memory', () => {
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    const { doc, diagnostics } = decodeArticle({ file: 'huge.txt', bytes: big });
    expect(doc).toBeNull();
    expect(diagnostics[0]!.message).toMatch(/larger than/);
  });

  it('reads UTF-16 files that declare their byte order', () => {
    const text = '\uFEFFBerita dari Jakarta: harga naik.';
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 * i] = c & 0xff;
      le[2 * i + 1] = c >> 8;
      be[2 * i] = c >> 8;
      be[2 * i + 1] = c & 0xff;
    }
    expect(decodeArticle({ file: 'le.txt', bytes: le }).doc?.text).toBe(text);
    expect(decodeArticle({ file: 'be.txt', bytes: be }).doc?.text).toBe(text);
  });

  it('keeps a UTF-8 file with one stray byte as UTF-8 and names the line', () => {
    const good = bytes('Baris pertama.\nKopi “panas” di kafé.\nBaris ketiga ');
    const withStray = new Uint8Array([...good, 0xe9, ...bytes(' selesai.')]);
    const { doc, diagnostics } = decodeArticle({ file: 'stray.txt', bytes: withStray });
    expect(doc?.text).toBe('Baris pertama.\nKopi “panas” di kafé.\nBaris ketiga \uFFFD selesai.');
    expect(diagnostics).toEqual([expect.objectContaining({ level: 'warning', file: 'stray.txt', line: 3, message: expect.stringMatching(/not UTF-8 was replaced/) })]);
  });

  it('reads Windows-1252 only when the file is not UTF-8 as a whole', () => {
    const cp1252 = new Uint8Array([...bytes('Caf'), 0xe9, ...bytes(' dan '), 0x93, ...bytes('kutipan'), 0x94, ...bytes('.')]);
    const { doc, diagnostics } = decodeArticle({ file: 'w.txt', bytes: cp1252 });
    expect(doc?.text).toBe('Café dan “kutipan”.');
    expect(diagnostics[0]!.message).toMatch(/Windows-1252/);
  });

  it('drops a publication date that does not exist, with the line, and keeps the article', () => {
    const { doc, diagnostics } = decodeArticle({ file: 'd.md', bytes: bytes('---\ntitle: Judul\npublished: 2019-02-30\n---\nIsi berita.') });
    expect(doc?.frontMatter).toEqual({ title: 'Judul' });
    expect(diagnostics).toEqual([expect.objectContaining({ level: 'warning', file: 'd.md', line: 3, message: expect.stringMatching(/"2019-02-30" is not a date/) })]);
  });

  it('refuses an oversized front matter block at once instead of parsing it', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const { doc, diagnostics } = decodeArticle({ file: 'big.md', bytes: bytes(`---\n${keys}\n---\nIsi berita.`) });
    expect(doc).toBeNull();
    expect(diagnostics[0]).toMatchObject({ level: 'error', file: 'big.md', line: 1 });
    expect(diagnostics[0]!.message).toMatch(/front matter of \d+ kB is larger than the 16 kB/);
  });
});
