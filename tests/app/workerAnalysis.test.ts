import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStory, toDigest } from '../../src/pipeline/index';
import { digestText, runStoryWithProgress } from '../../src/worker/analyse';
import type { AnalysisProgress } from '../../src/worker/protocol';
import { assembleStory } from '../../src/worker/storyInput';
import { readStoryFolder } from '../../scripts/lib/story-files';

const SEED = 'stories/putin-kim-vladivostok-2019';
const seedFiles = () => readdirSync(SEED).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SEED, name))) }));
const text = (s: string) => new TextEncoder().encode(s);

describe('the worker side of the analysis', () => {
  it('assembles the seed folder into the input the command line reads from it', () => {
    const { input, diagnostics } = assembleStory('putin-kim-vladivostok-2019', seedFiles());
    const cli = readStoryFolder(SEED);
    expect(diagnostics).toEqual([]);
    // the command line reads Buffers, the page hands Uint8Arrays: the same bytes
    const plain = { ...cli.input, articles: cli.input.articles.map((a) => ({ file: a.file, bytes: new Uint8Array(a.bytes) })) };
    expect(input).toEqual(plain);
  });

  it('builds the seed digest the pipeline builds, telling its progress step by step', () => {
    const { input } = assembleStory('putin-kim-vladivostok-2019', seedFiles());
    const steps: AnalysisProgress[] = [];
    const result = runStoryWithProgress(input!, (p) => steps.push(p));
    const direct = runStory(input!);
    expect(digestText(result.story!)).toBe(JSON.stringify(toDigest(direct.story!)));
    expect(result.diagnostics).toEqual(direct.diagnostics);
    expect(steps.map((s) => s.done)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.at(-1)).toMatchObject({ done: steps[0]!.total, file: null });
    expect(new Set(steps.filter((s) => s.file).map((s) => s.file)).size).toBe(input!.articles.length);
  });

  it('skips what is not an article with the command line’s messages, and keeps the rest', () => {
    const files = [
      { name: 'a.txt', bytes: text('Banjir merendam puluhan rumah warga di tepi sungai pada Senin pagi.') },
      { name: 'foto.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
      { name: '.rahasia.txt', bytes: text('x') },
      { name: 'a.txt~', bytes: text('x') },
      { name: 'halaman.html', bytes: text('<html></html>') },
      { name: 'story.yaml', bytes: text('title: {a: 1}\ndescription: Banjir di kota\n') },
    ];
    const { input, diagnostics } = assembleStory('Banjir Senin', files);
    expect(input?.articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(input?.meta).toEqual({ description: 'Banjir di kota' });
    expect(input?.id).toBe('banjir-senin');
    const byFile = Object.fromEntries(diagnostics.map((d) => [d.file, d.message]));
    expect(byFile['foto.png']).toBe('skipped: not a .txt or .md article');
    expect(byFile['.rahasia.txt']).toBe('skipped: a hidden file is never published');
    expect(byFile['a.txt~']).toBe("skipped: an editor's lock or backup file");
    expect(byFile['halaman.html']).toMatch(/^skipped: saved web pages/);
    expect(diagnostics.find((d) => d.file === 'story.yaml')).toMatchObject({ line: 1, message: '"title" must be text; ignored' });
  });

  it('gives no input, with a message for the story, when no file is an article', () => {
    const { input, diagnostics } = assembleStory('Kosong', [{ name: 'catatan.pdf', bytes: text('x') }]);
    expect(input).toBeNull();
    expect(diagnostics.at(-1)).toMatchObject({ level: 'error', file: 'Kosong' });
  });

  it('passes a binary article to the pipeline, whose message names it', () => {
    const binary = { name: 'foto.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0]) };
    const good = { name: 'b.txt', bytes: text('Harga cabai naik tajam di pasar induk pada Selasa, kata pedagang.') };
    const { input } = assembleStory('Pasar', [binary, good]);
    const steps: AnalysisProgress[] = [];
    const result = runStoryWithProgress(input!, (p) => steps.push(p));
    expect(result.story?.articles.map((a) => a.file)).toEqual(['b.txt']);
    expect(result.diagnostics.find((d) => d.file === 'foto.txt')?.message).toMatch(/binary/);
    expect(steps.at(-1)?.done).toBe(steps.at(-1)?.total);
  });
});
