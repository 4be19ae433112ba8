import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStory, toDigest, type StageProgress } from '../../src/pipeline/index';
import { assembleStory } from '../../src/pipeline/ingest';
import { readStoryFolder } from '../../scripts/lib/story-files';

const SEED = 'stories/putin-kim-vladivostok-2019';
const seedFiles = () => readdirSync(SEED).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SEED, name))) }));
const text = (s: string) => new TextEncoder().encode(s);

// What the browser's worker does: files as the page hands them, assembled and run with progress.
describe('a story run from the files a page hands over', () => {
  it('assembles the seed folder into the input the command line reads from it', () => {
    const { input, diagnostics } = assembleStory('putin-kim-vladivostok-2019', seedFiles());
    const cli = readStoryFolder(SEED);
    expect(diagnostics).toEqual([]);
    const plain = { ...cli.input, articles: cli.input.articles.map((a) => ({ file: a.file, bytes: new Uint8Array(a.bytes) })) };
    expect(input).toEqual(plain);
  });

  it('tells its progress step by step without changing the digest', () => {
    const { input } = assembleStory('putin-kim-vladivostok-2019', seedFiles());
    const steps: StageProgress[] = [];
    const told = runStory(input, { onProgress: (p) => steps.push(p) });
    const silent = runStory(input);
    expect(JSON.stringify(toDigest(told.story!))).toBe(JSON.stringify(toDigest(silent.story!)));
    expect(steps.map((s) => s.done)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.at(-1)).toMatchObject({ done: steps[0]!.total, file: null });
    expect(new Set(steps.filter((s) => s.file).map((s) => s.file)).size).toBe(input.articles.length);
  });

  it('counts a binary article as done, names it, and builds the rest', () => {
    const binary = { name: 'foto.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0]) };
    const good = { name: 'b.txt', bytes: text('Harga cabai naik tajam di pasar induk pada Selasa, kata pedagang.') };
    const { input } = assembleStory('Pasar', [binary, good]);
    const steps: StageProgress[] = [];
    const result = runStory(input, { onProgress: (p) => steps.push(p) });
    expect(result.story?.articles.map((a) => a.file)).toEqual(['b.txt']);
    expect(result.diagnostics.find((d) => d.file === 'foto.txt')?.message).toMatch(/binary/);
    expect(steps.at(-1)?.done).toBe(steps.at(-1)?.total);
  });
});
