import { parse as parseYaml } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { addFiles, analysisRequest, diagnosticLine, diagnosticsByFile, fileSize, freeName, pastedArticle, progressPercent, removeFile } from '../../src/features/add-articles/fileList';
import { importMessage } from '../../src/features/add-articles/importMessage';
import { isLocalFile, listLocalStories, localIdOf, memoryBackend, readLocalDigest, setLocalBackend } from '../../src/features/add-articles/localStories';
import { deleteLocalStory, freeLocalId, saveLocalStory } from '../../src/features/add-articles/localStoryWrites';
import type { Digest } from '../../src/shared/digest/schema';
import fixtureDigest from './fixtures/digest.json';

const digest = fixtureDigest as unknown as Digest;

const text = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const frontMatter = (b: Uint8Array) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(decode(b))?.[1] ?? '') as Record<string, string>;

describe('the list of files to analyse', () => {
  it('gives a second file of the same name a numbered name, keeping its extension', () => {
    expect(freeName('berita.txt', new Set(['berita.txt', 'berita-2.txt']))).toBe('berita-3.txt');
    expect(freeName('catatan', new Set(['catatan']))).toBe('catatan-2');
    const list = addFiles([{ name: 'a.md', bytes: text('x') }], [{ name: 'a.md', bytes: text('y') }, { name: 'a.md', bytes: text('z') }]);
    expect(list.map((f) => f.name)).toEqual(['a.md', 'a-2.md', 'a-3.md']);
    expect(decode(list[2]!.bytes)).toBe('z');
    expect(removeFile(list, 'a-2.md').map((f) => f.name)).toEqual(['a.md', 'a-3.md']);
  });

  it('keeps a pasted article as it is when no outlet or title is given', () => {
    const file = pastedArticle('Hujan deras turun sejak pagi.', {}, []);
    expect(file.name).toBe('pasted.txt');
    expect(decode(file.bytes)).toBe('Hujan deras turun sejak pagi.');
  });

  it('writes the outlet and title of a pasted article as front matter, whatever characters they hold', () => {
    const file = pastedArticle('Isi berita.', { outlet: 'Warta "Kita": Daerah', title: 'Banjir\nsurut  # pagi ini', }, [{ name: 'pasted.txt', bytes: text('') }]);
    expect(file.name).toBe('pasted-2.txt');
    expect(frontMatter(file.bytes)).toEqual({ title: 'Banjir surut # pagi ini', outlet: 'Warta "Kita": Daerah' });
    expect(decode(file.bytes).endsWith('\n---\nIsi berita.')).toBe(true);
  });

  it('gives the story title to the worker as a story.yaml would, in place of one among the files', () => {
    const files = [{ name: 'a.txt', bytes: text('x') }, { name: 'story.yaml', bytes: text('title: lama') }];
    const request = analysisRequest(files, '  Harga BBM: naik lagi ');
    expect(request.folderName).toBe('Harga BBM: naik lagi');
    expect(request.files.map((f) => f.name)).toEqual(['a.txt', 'story.yaml']);
    expect(parseYaml(decode(request.files[1]!.bytes))).toEqual({ title: 'Harga BBM: naik lagi' });
    expect(analysisRequest(files, ' ')).toEqual({ folderName: 'Local story', files });
  });

  it('puts each message beside the file it names and keeps the story messages apart', () => {
    const diagnostics = [
      { level: 'warning' as const, file: 'foto.txt', message: 'skipped: binary' },
      { level: 'error' as const, file: 'cerita/a.txt', line: 3, message: 'front matter is not valid YAML' },
      { level: 'error' as const, file: '', message: 'story has no usable article' },
    ];
    const { byFile, story } = diagnosticsByFile(['a.txt', 'foto.txt', 'b.txt'], diagnostics);
    expect(byFile.get('foto.txt')?.map(diagnosticLine)).toEqual(['warning: skipped: binary']);
    expect(byFile.get('a.txt')?.map(diagnosticLine)).toEqual(['error: line 3: front matter is not valid YAML']);
    expect(byFile.has('b.txt')).toBe(false);
    expect(story.map((d) => d.message)).toEqual(['story has no usable article']);
  });

  it('shows progress as a whole percentage that never passes 100', () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ done: 1, total: 3, file: 'a.txt', stage: 'tokenize' })).toBe(33);
    expect(progressPercent({ done: 9, total: 8, file: null, stage: 'provenance' })).toBe(100);
    expect(progressPercent({ done: 0, total: 0, file: null, stage: '' })).toBe(0);
    expect([fileSize(900), fileSize(2048), fileSize(3 * 1024 * 1024)]).toEqual(['900 B', '2.0 kB', '3.0 MB']);
  });
});

describe('messages for a digest file that cannot be imported', () => {
  const t = (key: string, vars?: Record<string, string | number>) => `${key} ${JSON.stringify(vars)}`;
  it('tells a corrupt file from one of another version or shape', () => {
    const error = (kind: string, message: string) => Object.assign(new Error(message), { kind });
    expect(importMessage(error('corrupt', 'x.json: not valid JSON'), 'x.json', t)).toBe('importCorrupt {"name":"x.json"}');
    expect(importMessage(error('version', 'x.json: digest schema version 1'), 'x.json', t)).toBe('importVersion {"name":"x.json","detail":"digest schema version 1"}');
    expect(importMessage(error('invalid', 'x.json: articles: expected array'), 'x.json', t)).toBe('importInvalid {"name":"x.json","detail":"articles: expected array"}');
  });
});

describe('stories kept on this device', () => {
  beforeEach(() => setLocalBackend(memoryBackend()));

  it('keeps, lists, reads and deletes a story under an id no other story takes', async () => {
    expect(freeLocalId('banjir', new Set(['local-banjir']))).toBe('local-banjir-2');
    const first = await saveLocalStory('{"a":1}', digest, ['local-putin-kim']);
    expect(first.id).toBe('local-putin-kim-2');
    expect(isLocalFile(first.file)).toBe(true);
    expect(localIdOf(first.file)).toBe(first.id);
    expect(first.articleCount).toBe(digest.articles.length);
    const second = await saveLocalStory('{"b":2}', digest);
    expect(second.id).toBe('local-putin-kim');
    expect((await listLocalStories()).map((e) => e.id)).toEqual([first.id, second.id]);
    expect(await readLocalDigest(first.id)).toBe('{"a":1}');
    await deleteLocalStory(first.id);
    expect((await listLocalStories()).map((e) => e.id)).toEqual([second.id]);
    expect(await readLocalDigest(first.id)).toBeNull();
  });

  it('reads a damaged list as the entries it can use', async () => {
    const kv = memoryBackend();
    await kv.set('entries', [{ id: 'local-a', title: 'A', file: 'local:local-a', articleCount: 1 }, { id: 3 }, 'x']);
    setLocalBackend(kv);
    expect((await listLocalStories()).map((e) => e.id)).toEqual(['local-a']);
    await kv.set('entries', 'not a list');
    expect(await listLocalStories()).toEqual([]);
  });
});
