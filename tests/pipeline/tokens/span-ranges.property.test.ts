import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStory } from '../../../src/pipeline/index';
import { alignsWithTokens, tokenRangeOf, wholeTokensOf } from '../../../src/pipeline/tokens';
import type { ArticleDoc, Span, StoryDoc, TokenRange } from '../../../src/pipeline/types';

const encoder = new TextEncoder();

/**
 * What is wrong with one span's token range. Its range is the tokens it touches: the first and
 * last of them hold its first and last character, and the range ends exactly where a token cut
 * through at either edge ends.
 */
function rangeProblem(doc: ArticleDoc, what: 'mention' | 'timex', s: Span & TokenRange): string | null {
  const { tokens } = doc;
  const name = `${doc.file} ${what} ${s.start}-${s.end} "${doc.text.slice(s.start, s.end)}" [${s.tokenStart}, ${s.tokenEnd})`;
  if (!(s.tokenStart >= 0 && s.tokenStart < s.tokenEnd && s.tokenEnd <= tokens.length)) return `${name}: empty or outside the layer`;
  const first = tokens[s.tokenStart]!;
  const last = tokens[s.tokenEnd - 1]!;
  if (!(first.start <= s.start && s.start < first.end)) return `${name}: first token ${first.start}-${first.end} does not hold the start`;
  if (!(last.start < s.end && s.end <= last.end)) return `${name}: last token ${last.start}-${last.end} does not hold the end`;
  const exact = first.start === s.start && last.end === s.end;
  if (exact !== alignsWithTokens(tokens, s)) return `${name}: alignsWithTokens disagrees`;
  // the one exception allowed: a part of a hyphenated word read on its own ("Kim" of "Kim-Putin",
  // "Senin" of "Senin-Selasa"), cut at its hyphen
  if (first.start < s.start && doc.text[s.start - 1] !== '-') return `${name}: starts inside a token, not after a hyphen`;
  if (last.end > s.end && doc.text[s.end] !== '-') return `${name}: ends inside a token, not before a hyphen`;
  return null;
}

function problems(story: StoryDoc): string[] {
  const out: string[] = [];
  for (const doc of story.articles) {
    for (const m of doc.mentions) out.push(rangeProblem(doc, 'mention', m) ?? '');
    for (const t of doc.timex) out.push(rangeProblem(doc, 'timex', t) ?? '');
    // a sentence is its tokens, edge to edge
    for (const s of doc.sentences) if (!alignsWithTokens(doc.tokens, s)) out.push(`${doc.file} sentence ${s.start}-${s.end} does not align with its tokens`);
  }
  return out.filter(Boolean);
}

const run = (texts: string[]) => runStory({ id: 'r', articles: texts.map((t, i) => ({ file: `${i}.txt`, bytes: encoder.encode(t) })) }).story;

const pieces = fc.constantFrom(
  'Wali Kota Surabaya', 'Rini Handayani', 'Kim-Putin', 'Kim', 'Putin', 'Polda Jawa Timur', 'PT Sumber Makmur', 'kata', 'mengatakan',
  'Senin (4/3/2024)', 'pukul 09.00 WIB', 'dua jam', 'Senin-Selasa', 'tahun lalu', 'Januari 2023', 'Rp9.500', 'tirto.id', '#RiniOut',
  '@rini', '(RH)', 'di', 'Jakarta', 'Bandung', 'tiba', 'pada', ',', '.', '"', ' ', '\n', 'KPK', 'e-KTP', 'sehari kemudian',
);
const text = fc.array(pieces, { minLength: 1, maxLength: 50 }).map((xs) => xs.join(' '));

describe('token ranges of mentions and temporal expressions', () => {
  it('cover exactly their characters, on arbitrary news-like text', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const story = run(texts);
        if (story) expect(problems(story)).toEqual([]);
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('cover exactly their characters in whole stories, linking included', () => {
    for (const dir of ['tests/fixtures/unseen-dam', 'tests/fixtures/range-stories']) {
      const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
      expect(files.length).toBeGreaterThan(1);
      const story = runStory({ id: 'r', articles: files.map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) })) }).story!;
      expect(story.articles.some((a) => a.mentions.length > 0 && a.timex.length > 0)).toBe(true);
      expect(problems(story)).toEqual([]);
    }
  });

  it('keep the whole token a hyphenated pair of names is split from', () => {
    const story = run(['Pertemuan Kim-Putin digelar di Vladivostok, Kamis (25/4/2019). Kim tiba sehari sebelumnya, sedangkan Putin datang pagi itu.']);
    const doc = story!.articles[0]!;
    const kim = doc.mentions.find((m) => m.text === 'Kim' && doc.text[m.end] === '-');
    expect(kim).toBeDefined();
    const token = doc.tokens[kim!.tokenStart]!;
    expect([token.text, kim!.tokenEnd - kim!.tokenStart, alignsWithTokens(doc.tokens, kim!)]).toEqual(['Kim-Putin', 1, false]);
    expect(wholeTokensOf(doc.tokens, kim!)).toEqual({ from: kim!.tokenStart, to: kim!.tokenStart });
    expect(problems(story!)).toEqual([]);
  });

  it('maps offsets to the tokens they touch', () => {
    const story = run(['Rapat digelar Senin-Selasa di Balai Kota.']);
    const doc = story!.articles[0]!;
    const at = (s: string) => doc.text.indexOf(s);
    const hyphenated = doc.tokens.findIndex((t) => t.text === 'Senin-Selasa');
    // "Senin" alone ends inside the token "Senin-Selasa"
    expect(tokenRangeOf(doc.tokens, at('Senin'), at('Senin') + 5)).toEqual({ tokenStart: hyphenated, tokenEnd: hyphenated + 1 });
    expect(tokenRangeOf(doc.tokens, at(' di ') + 1, at('Kota') + 4)).toEqual({ tokenStart: hyphenated + 1, tokenEnd: hyphenated + 4 });
    // a stretch of spaces touches no token
    const r = tokenRangeOf(doc.tokens, at(' di'), at(' di') + 1);
    expect(r.tokenEnd - r.tokenStart).toBe(0);
  });
});

describe('a date inside a hyphenated word', () => {
  it('has the hyphenated token as its range, cut at the hyphen', () => {
    const doc = run(['Pameran buka Senin-Selasa pekan ini di Surabaya.'])!.articles[0]!;
    const hyphenated = doc.tokens.findIndex((t) => t.text === 'Senin-Selasa');
    const inside = doc.timex.filter((t) => t.tokenStart === hyphenated);
    expect(inside.length).toBeGreaterThan(0);
    // "Senin" ends inside the token, "Selasa pekan ini" starts inside it and runs on
    for (const t of inside) expect(alignsWithTokens(doc.tokens, t)).toBe(false);
    expect(inside.map((t) => doc.text.slice(t.start, t.end))).toEqual(expect.arrayContaining([expect.stringMatching(/^Senin$/)]));
  });
});
