import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStory } from '../../../src/pipeline/index';
import { assembleStory } from '../../../src/pipeline/ingest';
import { extractPage } from '../../../src/pipeline/ingest/html';
import { decodeArticle } from '../../../src/pipeline/stages/decode';

const PAGES = join(__dirname, '../../fixtures/pages');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(PAGES, name)));
const pageText = (name: string) => new TextDecoder().decode(bytesOf(name));

describe('extractPage', () => {
  const page = extractPage(pageText('berita-banjir.html'))!;

  it('keeps the article and leaves the menu, ads, related headlines, share buttons and footer out', () => {
    expect(page.text).toMatch(/^KUNINGAN - Hujan deras/);
    expect(page.text).toContain('kata Agus di posko darurat.');
    for (const chrome of ['Beranda', 'ADVERTISEMENT', 'Berita Terkait', 'Jembatan Gantung Putus', 'Bagikan', 'Hak cipta', 'Pedoman Media Siber', 'window.dataLayer']) {
      expect(page.text).not.toContain(chrome);
    }
  });

  it('keeps one paragraph a line with a blank line between paragraphs', () => {
    const paragraphs = page.text.trimEnd().split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    for (const p of paragraphs) expect(p).not.toMatch(/\n|^\s|\s$|\s{2}/);
    expect(paragraphs[1]).toMatch(/^Kepala Pelaksana .* masjid terdekat\.$/);
  });

  it('takes the metadata as front matter', () => {
    expect(page.frontMatter).toEqual({
      title: 'Banjir Rendam Tiga Desa di Lereng Gunung Ciremai',
      outlet: 'Warta Priangan',
      url: 'https://www.wartapriangan.example/daerah/2023/11/14/banjir-rendam-tiga-desa',
      published: '2023-11-14T21:40:00+07:00',
      author: 'Rina Kusumawati',
      language: 'id',
    });
  });

  it('finds no article in an index page of headline links', () => {
    expect(extractPage(pageText('bukan-artikel.html'))).toBeNull();
    expect(extractPage('<html><body><p>Halaman tidak ditemukan.</p><a href="/">Kembali ke beranda</a></body></html>')).toBeNull();
  });
});

describe('saved pages through the pipeline', () => {
  it('skips a page with no article, naming it', () => {
    expect(decodeArticle({ file: 'bukan-artikel.html', bytes: bytesOf('bukan-artikel.html') })).toEqual({
      doc: null,
      diagnostics: [{ level: 'warning', file: 'bukan-artikel.html', message: 'skipped: no article found in the page (too little text beside its menus and links)' }],
    });
  });

  it('reads a page in the Windows-1252 it declares', () => {
    const { doc, diagnostics } = decodeArticle({ file: 'kafe.html', bytes: bytesOf('windows-1252.html') });
    expect(diagnostics).toEqual([]);
    expect(doc!.text).toContain('Pemiliknya, André Siregar, menyebut menu “kopi tubruk” dan roti bakar');
    expect(doc!.text).toContain('lama kosong – dan menjaga');
    expect(doc!.id).toBe('kafe');
    expect(doc!.frontMatter).toMatchObject({ outlet: 'Jurnal Kota', published: '2022-07-30' });
  });

  it('reads an undeclared page that is not UTF-8 as Windows-1252, with the warning a text file gets', () => {
    const html = '<html><body><article><p>Andr\u00e9 berkata \u201cya\u201d.</p><p>' + 'Kalimat panjang tentang kota. '.repeat(12) + '</p></article></body></html>';
    const bytes = Uint8Array.from(html, (c) => ({ '\u201c': 0x93, '\u201d': 0x94 })[c] ?? c.charCodeAt(0));
    const { doc, diagnostics } = decodeArticle({ file: 'tanpa-charset.htm', bytes });
    expect(doc!.text).toMatch(/^André berkata “ya”\./);
    expect(diagnostics).toEqual([{ level: 'warning', file: 'tanpa-charset.htm', message: 'not valid UTF-8; decoded as Windows-1252' }]);
  });

  it('builds a story of saved pages and a text file, outlets and dates from the pages, offsets into the extracted text', () => {
    const text = 'Semarang - Harga bawang merah di Pasar Peterongan turun pada Senin (2/12/2024) setelah pasokan dari Brebes kembali normal.\n';
    const files = [
      { name: 'banjir.html', bytes: bytesOf('berita-banjir.html') },
      { name: 'cabai.html', bytes: bytesOf('jsonld-saja.html') },
      { name: 'indeks.html', bytes: bytesOf('bukan-artikel.html') },
      { name: 'bawang.txt', bytes: new TextEncoder().encode(text) },
    ];
    const { input } = assembleStory('Halaman tersimpan', files);
    const { story, diagnostics } = runStory(input);
    expect(diagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual(['indeks.html: skipped: no article found in the page (too little text beside its menus and links)']);
    const byFile = new Map(story!.articles.map((a) => [a.file, a]));
    expect([...byFile.keys()]).toEqual(['banjir.html', 'bawang.txt', 'cabai.html']);
    const banjir = byFile.get('banjir.html')!;
    expect(banjir.outlet).toMatchObject({ name: 'Warta Priangan', domain: 'wartapriangan.example' });
    expect(banjir.published).toMatchObject({ date: '2023-11-14', source: 'front-matter' });
    expect(byFile.get('cabai.html')!.outlet).toMatchObject({ name: 'Kabar Pasar', domain: 'kabarpasar.example' });
    expect(byFile.get('cabai.html')!.published).toMatchObject({ date: '2024-12-02' });
    expect(byFile.get('bawang.txt')!.text).toBe(text);
    for (const a of story!.articles) {
      for (const m of a.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
      for (const t of a.timex) expect(a.text.slice(t.start, t.end)).toBe(t.text);
    }
    // the related link inside the article body is set aside as boilerplate, never read as news
    const related = banjir.text.indexOf('Baca juga: Sungai Cisanggarung');
    expect(related).toBeGreaterThan(0);
    expect(banjir.boilerplate).toContainEqual(expect.objectContaining({ kind: 'related-link', start: related }));
    expect(banjir.mentions.map((m) => m.text)).toContain('Agus Setiadi');
  });
});
