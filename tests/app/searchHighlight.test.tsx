// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mark } from '../../src/shared/lib/marks';
import type { Paragraph } from '../../src/shared/lib/paragraphs';
import './setup';

// jsdom has no CSS Custom Highlight API: a registry of the same shape stands in for the browser's,
// and the modules are loaded after it so that they see it
class FakeHighlight extends Set<Range> {}
const registry = new Map<string, FakeHighlight>();

const text = 'Wali kota **Hendrawan** meresmikan jembatan di [Palembang](https://example.org/kota) dan jembatan kedua.';
const paragraph: Paragraph = { start: 100, end: 100 + text.length, text, heading: false };
const at = (word: string, attrs: Record<string, string>, nth = 0): Mark => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(word, i + 1);
  return { start: 100 + i, end: 100 + i + word.length, tag: 'mark', attrs };
};
const painted = () => [...(registry.get('search-hit') ?? [])].map((r) => r.toString());

beforeEach(() => {
  vi.resetModules();
  registry.clear();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry, escape: (s: string) => s });
});
afterEach(() => vi.unstubAllGlobals());

describe('search hits painted as highlights', () => {
  it('paints the hits that are not current over the text, keeps the current one a mark, and paints nothing twice', async () => {
    const { default: MarkdownBody } = await import('../../src/features/reader/MarkdownBody');
    const body = (marks: Mark[]) => <MarkdownBody paragraphs={[paragraph]} marks={marks} showImages={false} scroll={null} />;
    const { container, rerender, unmount } = render(body([at('Hendrawan', { 'data-entity': 'PER' }), at('jembatan', { 'data-search': 'true' }), at('jembatan', { 'data-search': 'true' }, 1)]));
    expect(container.querySelector('mark[data-search]')).toBeNull();
    expect(painted()).toEqual(['jembatan', 'jembatan']);
    // the second hit becomes current: it is a mark, the first stays painted
    rerender(body([at('Hendrawan', { 'data-entity': 'PER' }), at('jembatan', { 'data-search': 'true' }), at('jembatan', { 'data-search': 'true', 'data-current': 'true' }, 1)]));
    expect(container.querySelectorAll('mark[data-search][data-current="true"]')).toHaveLength(1);
    expect(painted()).toEqual(['jembatan']);
    // the painted range sits on the first one: the text before it is the first part of the sentence
    const [range] = registry.get('search-hit')!;
    expect(range!.startContainer.textContent).toContain('meresmikan jembatan');
    unmount();
    expect(painted()).toEqual([]);
  });

  it('places a hit across the markdown syntax and the elements inside a paragraph (a link, a bold name)', async () => {
    const { paintHits, clearHits, firstPaintedHit } = await import('../../src/features/reader/searchHighlight');
    const el = document.createElement('div');
    el.innerHTML = `<div class="paragraph" data-start="100">Wali kota <strong><mark>Hendrawan</mark></strong> meresmikan jembatan di <a href="#">Palembang</a> dan jembatan kedua.</div>`;
    const across = { start: at('di', {}).start, end: at('Palembang', {}).end, tag: 'mark' as const, attrs: { 'data-search': 'true' } };
    paintHits(el, [paragraph], [at('Hendrawan', { 'data-search': 'true' }), across, at('kedua', { 'data-search': 'true' })]);
    expect(painted()).toEqual(['Hendrawan', 'di Palembang', 'kedua']);
    expect(firstPaintedHit(el)?.tagName).toBe('MARK');
    clearHits(el);
    expect(painted()).toEqual([]);
    expect(firstPaintedHit(el)).toBeNull();
  });

  it('where the browser has no highlights, every hit stays a mark', async () => {
    vi.unstubAllGlobals();
    const { default: MarkdownBody } = await import('../../src/features/reader/MarkdownBody');
    const { container } = render(<MarkdownBody paragraphs={[paragraph]} marks={[at('jembatan', { 'data-search': 'true' }), at('jembatan', { 'data-search': 'true' }, 1)]} showImages={false} scroll={null} />);
    expect(container.querySelectorAll('mark[data-search]')).toHaveLength(2);
  });
});
