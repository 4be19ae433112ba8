import { describe, expect, it } from 'vitest';
import { marksMatch, parseMarkSelector } from '../../src/features/reader/markSelector';
import { withMarks } from '../../src/features/reader/withMarks';
import { findHits } from '../../src/features/search/findHits';
import { formatDate } from '../../src/features/timeline/dates';
import { parseDigest } from '../../src/shared/digest/schema';
import { anyOf, markSelector } from '../../src/shared/lib/marks';
import { outletLabels } from '../../src/shared/lib/outlet';
import { splitParagraphs } from '../../src/shared/lib/paragraphs';
import raw from './fixtures/digest.json';

const parsed = parseDigest(raw);
if (!parsed.ok) throw new Error(parsed.reason);
const digest = parsed.digest;
const tempo = digest.articles[0]!;

describe('fixture', () => {
  it('is a valid digest whose mentions point at their text', () => {
    for (const a of digest.articles) for (const m of a.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('splitParagraphs', () => {
  it('skips front matter and boilerplate, keeping offsets into the raw text', () => {
    const ps = splitParagraphs(tempo);
    expect(ps.every((p) => tempo.text.slice(p.start, p.end) === p.text)).toBe(true);
    expect(ps.some((p) => p.text.includes('Baca Juga'))).toBe(false);
    expect(ps.some((p) => p.text.startsWith('title:'))).toBe(false);
    expect(ps).toHaveLength(3);
  });
});

describe('withMarks', () => {
  it('wraps text ranges given in source offsets, across inline markdown, leaving the shared tree as it was', () => {
    const source = 'Dikutip dari **Al Jazeera**, pertemuan';
    const tree = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'text', value: 'Dikutip dari ', position: { start: { offset: 0 }, end: { offset: 13 } } },
            {
              type: 'element',
              tagName: 'strong',
              properties: {},
              children: [{ type: 'text', value: 'Al Jazeera', position: { start: { offset: 15 }, end: { offset: 25 } } }],
            },
            { type: 'text', value: ', pertemuan', position: { start: { offset: 27 }, end: { offset: 38 } } },
          ],
        },
      ],
    };
    const base = 100;
    const before = JSON.stringify(tree);
    const out = withMarks(tree, { base, source, marks: [{ start: base + 18, end: base + 25, tag: 'mark', attrs: { 'data-search': 'true' } }] });
    expect(JSON.stringify(tree)).toBe(before);
    expect(out.children[0]!.children[0]).toBe(tree.children[0]!.children[0]);
    expect(withMarks(tree, { base, source, marks: [] })).toBe(tree);
    const strong = (out.children[0]!.children[1] as { children: { type: string; value?: string; tagName?: string; children?: { value: string }[] }[] }).children;
    expect(strong.map((c) => c.value ?? c.children?.[0]?.value)).toEqual(['Al ', 'Jazeera']);
    expect(strong[1]!.tagName).toBe('mark');
  });
});

describe('findHits', () => {
  it('finds case-insensitive hits with offsets into the raw text', () => {
    const hits = findHits(digest.articles, 'VLADIVOSTOK');
    expect(hits).toHaveLength(5);
    for (const h of hits) {
      const a = digest.articles.find((x) => x.id === h.articleId)!;
      expect(a.text.slice(h.start, h.end)).toBe('Vladivostok');
    }
  });
});

describe('formatDate', () => {
  it('writes a date at its precision in both languages', () => {
    expect(formatDate('2019-04-25', 'day', 'en')).toBe('25 April 2019');
    expect(formatDate('2019-04-25', 'day', 'id')).toBe('25 April 2019');
    expect(formatDate('2019-02', 'month', 'id')).toBe('Februari 2019');
    expect(formatDate('2019', 'year', 'en')).toBe('2019');
  });
});

describe('outletLabels', () => {
  const anon = digest.articles.find((a) => !a.outlet)!;
  const body = (a: typeof tempo, id: string, text: string, extra: Partial<typeof tempo> = {}) => ({
    ...a,
    id,
    text,
    bodyStart: 0,
    title: null,
    sentences: [{ start: 0, end: text.length }],
    ...extra,
  });

  it('tells two articles of one outlet apart by their first words, past the dateline', () => {
    const a = body(tempo, 'a', 'TEMPO.CO, Bogor - Hujan deras merendam ratusan rumah warga di tepi sungai.', {
      outlet: { name: 'Tempo', domain: 'tempo.co', evidence: { start: 0, end: 8, text: 'TEMPO.CO' } },
    });
    const b = body(tempo, 'b', 'TEMPO.CO, Bogor - Banjir surut setelah dua hari.', {
      outlet: { name: 'Tempo', domain: 'tempo.co', evidence: { start: 0, end: 8, text: 'TEMPO.CO' } },
    });
    const labels = outletLabels([a, b], 'Unknown outlet');
    expect(labels.get('a')).toBe('Tempo · Hujan deras merendam ratusan rumah warga…');
    expect(labels.get('b')).toBe('Tempo · Banjir surut setelah dua hari.');
  });

  it('tells two articles with no outlet apart by title, never by a number', () => {
    const a = body(anon, 'a', 'Hujan deras merendam rumah.', { title: 'Banjir di Bogor' });
    const b = body(anon, 'b', 'Hujan deras merendam rumah.', { title: 'Warga mengungsi' });
    const labels = [...outletLabels([a, b], 'Unknown outlet').values()];
    expect(labels).toEqual(['Unknown outlet · Banjir di Bogor', 'Unknown outlet · Warga mengungsi']);
  });

  it('keeps the bare name when the outlet appears once', () => {
    expect([...outletLabels(digest.articles, 'Unknown outlet').values()]).toEqual(['Tempo', 'Tirto', 'Unknown outlet']);
  });
});

describe('mark selectors', () => {
  it('are built from the marks’ own attribute names, and matched against marks before a column mounts', () => {
    expect(markSelector('mark', { 'data-active': true })).toBe('mark[data-active="true"]');
    expect(markSelector(null, { 'data-sentence': '120' })).toBe('[data-sentence="120"]');
    expect(markSelector('mark', { 'data-search': null })).toBe('mark[data-search]');
    const tests = parseMarkSelector(anyOf(markSelector(null, { 'data-selected': true }), markSelector(null, { 'data-shared': true })))!;
    expect(marksMatch([{ start: 0, end: 4, tag: 'span', attrs: { 'data-shared': 'true' } }], tests)).toBe(true);
    expect(marksMatch([{ start: 0, end: 4, tag: 'span', attrs: { 'data-event': 'true' } }], tests)).toBe(false);
  });
});
