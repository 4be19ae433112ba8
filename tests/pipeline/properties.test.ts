import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStory, toDigest } from '../../src/pipeline/index';
import type { StoryDoc } from '../../src/pipeline/types';

const dir = 'stories/putin-kim-vladivostok-2019';
const seedInput = () => ({
  id: 'seeds',
  articles: readdirSync(dir).filter((f) => f.endsWith('.txt')).map((file) => ({ file, bytes: readFileSync(join(dir, file)) })),
});

/** Every span the pipeline records, with the text it claims to cover (when it records one). */
function spansOf(story: StoryDoc) {
  return story.articles.flatMap((a) => [
    ...a.tokens.map((t) => ({ a, s: t, text: t.text })),
    ...a.sentences.map((s) => ({ a, s, text: undefined })),
    ...a.boilerplate.map((b) => ({ a, s: b, text: b.text })),
    ...a.mentions.map((m) => ({ a, s: m, text: m.text })),
    ...a.timex.map((t) => ({ a, s: t, text: t.text })),
    ...a.sources.map((c) => ({ a, s: c, text: c.text })),
  ]);
}

// Indonesian-looking text with the characters that trouble tokenizers and splitters.
const pieces = fc.constantFrom(
  'Presiden', 'Joko Widodo', 'Kim Jong-un', 'RusiaChina', 'Rusia', 'di', 'Jakarta', 'Kamis', '(25/4/2019)', '25 April 2019',
  '10.000', 'US$500', 'juta', '.', ',', '!', '?', '“', '”', '"', '…', '\n', '\r\n', ' ', '  ', 'Baca Juga:', 'Berita Terkait',
  '-', '![](https://statik.tempo.co/x.jpg)', 'tirto.id -', 'Dr.', 'A.', 'tahun lalu', 'dua jam', '😀', '\uFEFF', '---', 'é',
);
const articleText = fc.oneof(fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join(' ')), fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

describe('pipeline properties', () => {
  it('never throws on arbitrary text, and every span lies inside its file and slices to its text', () => {
    fc.assert(
      fc.property(fc.array(articleText, { minLength: 1, maxLength: 3 }), (texts) => {
        const { story } = runStory({ id: 'p', articles: texts.map((t, i) => ({ file: `${i}.txt`, bytes: new TextEncoder().encode(t) })) });
        if (!story) return;
        for (const { a, s, text } of spansOf(story)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(a.text.length);
          if (text !== undefined) expect(a.text.slice(s.start, s.end)).toBe(text);
        }
        toDigest(story);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('is deterministic: the same input gives a byte-identical digest', () => {
    const first = JSON.stringify(toDigest(runStory(seedInput()).story!));
    const second = JSON.stringify(toDigest(runStory(seedInput()).story!));
    expect(second).toBe(first);
  });

  it('does not depend on the order files are given in', () => {
    const input = seedInput();
    const reversed = { ...input, articles: [...input.articles].reverse() };
    expect(JSON.stringify(toDigest(runStory(reversed).story!))).toBe(JSON.stringify(toDigest(runStory(input).story!)));
  });

  it('reports a story with no usable article as an error', () => {
    const { story, diagnostics } = runStory({ id: 'empty', articles: [{ file: 'a.txt', bytes: new Uint8Array() }] });
    expect(story).toBeNull();
    expect(diagnostics.at(-1)).toMatchObject({ level: 'error', message: 'story has no usable article' });
  });
});
