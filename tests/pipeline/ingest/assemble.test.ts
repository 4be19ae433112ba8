import { describe, expect, it } from 'vitest';
import { assembleStory } from '../../../src/pipeline/ingest';
import { MAX_ARTICLE_BYTES } from '../../../src/pipeline/stages/decode';

const bytes = (s: string) => new TextEncoder().encode(s);
const file = (name: string, text = 'Jakarta - Banjir merendam tiga kecamatan pada Senin.') => ({ name, bytes: bytes(text) });
const said = (d: { file: string; message: string }[], name: string) => d.filter((x) => x.file === name).map((x) => x.message);

describe('assembleStory', () => {
  it('takes text, Markdown and saved pages as articles, in file order, with the folder as label and slug as id', () => {
    const { input, diagnostics } = assembleStory('Banjir #1', [file('b.md'), file('c.html'), file('a.txt'), file('d.HTM')]);
    expect(input.id).toBe('banjir-1');
    expect(input.label).toBe('Banjir #1');
    expect(input.articles.map((a) => a.file)).toEqual(['a.txt', 'b.md', 'c.html', 'd.HTM']);
    expect(diagnostics).toEqual([]);
  });

  it('names every file it leaves out, and why', () => {
    const { input, diagnostics } = assembleStory('s', [
      file('.tersembunyi.txt'),
      file('.#kunci.txt'),
      file('catatan.txt~'),
      file('#draf.txt#'),
      file('a.txt.swp'),
      file('gambar.png'),
      file('sub/b.txt'),
      file('a.txt'),
    ]);
    expect(input.articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(said(diagnostics, '.tersembunyi.txt')).toEqual(['skipped: a hidden file is never published']);
    for (const name of ['.#kunci.txt', 'catatan.txt~', '#draf.txt#', 'a.txt.swp']) expect(said(diagnostics, name)).toEqual(["skipped: an editor's lock or backup file"]);
    expect(said(diagnostics, 'gambar.png')).toEqual(['skipped: not a .txt, .md or .html article']);
    expect(said(diagnostics, 'sub/b.txt')[0]).toMatch(/subfolder/);
  });

  it('refuses an article over the size limit by its size', () => {
    const big = { name: 'besar.txt', bytes: new Uint8Array(MAX_ARTICLE_BYTES + 1) };
    const { input, diagnostics } = assembleStory('s', [big, file('a.txt')]);
    expect(input.articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(said(diagnostics, 'besar.txt')[0]).toMatch(/^skipped: 5\.0 MB is larger than the 5 MB/);
  });

  it('reads story.yaml field by field: a wrong-typed field is dropped with its line, the rest kept', () => {
    const yaml = 'title: {a: 1}\ndescription: Banjir di tiga kota\norder: [b.txt, a.txt]\n';
    const { input, diagnostics } = assembleStory('s', [file('story.yaml', yaml), file('a.txt'), file('b.txt')]);
    expect(input.meta).toEqual({ description: 'Banjir di tiga kota', order: ['b.txt', 'a.txt'] });
    expect(diagnostics).toEqual([{ level: 'warning', file: 'story.yaml', line: 1, message: '"title" must be text; ignored' }]);
  });

  it('ignores a story file that is not YAML or not UTF-8, naming it', () => {
    const broken = assembleStory('s', [file('story.yml', 'title: [tidak ditutup\n'), file('a.txt')]);
    expect(broken.input.meta).toBeUndefined();
    expect(broken.diagnostics[0]).toMatchObject({ file: 'story.yml', message: expect.stringMatching(/^story file ignored/) });
    const latin = assembleStory('s', [{ name: 'story.yaml', bytes: new Uint8Array([0x74, 0x3a, 0x20, 0xe9]) }]);
    expect(latin.diagnostics).toEqual([{ level: 'warning', file: 'story.yaml', message: 'story file ignored: not UTF-8 text' }]);
  });

  it('makes a story even of a folder name with no letters, and of no article', () => {
    const { input } = assembleStory('###', []);
    expect(input).toEqual({ id: 'story', label: '###', articles: [] });
  });
});
