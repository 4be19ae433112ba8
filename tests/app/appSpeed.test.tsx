// @vitest-environment jsdom
import { render, renderHook, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { firstScreen, onlyArticles } from '../../src/app/storySize';
import { MarkdownParagraph } from '../../src/features/reader/MarkdownParagraph';
import { parseDigest, type Digest } from '../../src/shared/digest/schema';
import { setLang, useI18n } from '../../src/shared/i18n';
import type { Mark } from '../../src/shared/lib/marks';
import type { Paragraph } from '../../src/shared/lib/paragraphs';
import raw from './fixtures/digest.json';
import { fixture, renderApp, serve } from './helpers';
import './setup';

const parsed = parseDigest(raw);
if (!parsed.ok) throw new Error(parsed.reason);
const digest: Digest = parsed.digest;
const ids = (d: { id: string }[] | null) => d?.map((a) => a.id) ?? null;
// what a reader sees of a story's size: one box per article in the side panel's list of outlets,
// and the outlets that the overview above the columns names
const outletBoxes = () => {
  const group = screen.queryByRole('group', { name: 'Show outlets' });
  return group ? within(group).queryAllByRole('checkbox') : [];
};
// the row of columns keeps one box per article shown, mounted or not (the side panel follows a frame later)
const columnBoxes = () => document.querySelectorAll('.columns > [data-article-id]').length;
const overviewOutlets = () => {
  const overview = screen.queryByRole('region', { name: 'Story overview' });
  return overview ? (within(overview).queryByRole('list', { name: 'Outlets' })?.textContent ?? null) : null;
};

describe('the first screen of a story', () => {
  it('is the first columns in the reader order, hidden ones left out, in the digest order', () => {
    const [a, b, c] = digest.articles.map((x) => x.id) as [string, string, string];
    expect(ids(firstScreen(digest.articles, [], [], 2))).toEqual([a, b]);
    expect(ids(firstScreen(digest.articles, [c, a, b], [], 2))).toEqual([a, c]);
    expect(ids(firstScreen(digest.articles, [], [a], 1))).toEqual([b]);
  });

  it('is not cut when the story fits one screen', () => {
    expect(firstScreen(digest.articles, [], [], 3)).toBeNull();
    expect(firstScreen(digest.articles, [], [digest.articles[0]!.id], 2)).toBeNull();
  });

  it('keeps only what points at the articles kept', () => {
    const kept = [digest.articles[2]!];
    const cut = onlyArticles(digest, kept);
    expect(ids(cut.articles)).toEqual([kept[0]!.id]);
    for (const e of cut.events) expect(e.mentions.every((m) => m.articleId === kept[0]!.id)).toBe(true);
    expect(cut.sharedPassages).toEqual([]); // a passage needs two articles
  });

  it('is followed by the whole story: every article of a story wider than the screen arrives', async () => {
    const d = fixture();
    const base = d.articles;
    d.articles = Array.from({ length: 30 }, (_, i) => ({ ...structuredClone(base[i % base.length]!), id: `wide-${i}` }));
    d.events = [];
    d.sharedPassages = [];
    d.discrepancies = [];
    serve({ 'putin-kim.json': d });
    renderApp();
    // the side panel lists every outlet of the story, not only those of the first screen
    await waitFor(() => expect(outletBoxes()).toHaveLength(30));
    const tempo = d.articles.filter((a) => a.outlet?.name === 'Tempo').length;
    await waitFor(() => expect(screen.getAllByRole('checkbox', { name: /^Tempo/ })).toHaveLength(tempo));
  });
});

describe('the first screen of a story, above its columns', () => {
  it('shows the whole story in the overview from the first render, so that nothing grows when the rest arrives', async () => {
    const d = fixture();
    const base = d.articles;
    // a story a few columns wider than the screen (fewer articles than the old cut-off of 24)
    d.articles = Array.from({ length: 9 }, (_, i) => ({ ...structuredClone(base[i % base.length]!), id: `few-${i}` }));
    d.events = [];
    d.sharedPassages = [];
    d.discrepancies = [];
    const tempo = d.articles.filter((a) => a.outlet?.name === 'Tempo').length;
    // what the overview says at the commit that first brings the reader
    let first: string | null = null;
    let articlesAtFirst = 0;
    const watch = new MutationObserver(() => {
      const boxes = columnBoxes();
      if (first !== null || boxes === 0) return;
      articlesAtFirst = boxes;
      first = overviewOutlets() ?? '';
    });
    watch.observe(document.body, { childList: true, subtree: true });
    serve({ 'putin-kim.json': d });
    renderApp();
    await waitFor(() => expect(outletBoxes()).toHaveLength(9));
    watch.disconnect();
    expect(articlesAtFirst).toBeLessThan(9);
    expect(first).toContain(`Tempo ${tempo} articles`);
    expect(overviewOutlets()).toBe(first);
  });
});

describe('useI18n', () => {
  it('hands out the same translate function while the language stays, another after a switch', async () => {
    setLang('en');
    const hook = renderHook(() => useI18n());
    const first = hook.result.current.t;
    hook.rerender();
    expect(hook.result.current.t).toBe(first);
    setLang('id');
    await waitFor(() => expect(hook.result.current.lang).toBe('id'));
    expect(hook.result.current.t).not.toBe(first);
    expect(hook.result.current.t('loading')).not.toBe(first('loading'));
    setLang('en');
  });
});

describe('a paragraph rendered again with other marks', () => {
  const text = 'Menteri **Retno** bertemu Wang Yi di Jakarta pada Senin.';
  const paragraph: Paragraph = { start: 100, end: 100 + text.length, text, heading: false };
  const at = (word: string, attrs: Record<string, string>): Mark => {
    const i = text.indexOf(word);
    return { start: 100 + i, end: 100 + i + word.length, tag: 'mark', attrs };
  };
  const html = (marks: Mark[]) => {
    const { container, unmount } = render(<MarkdownParagraph paragraph={paragraph} marks={marks} showImages={false} />);
    const out = container.innerHTML;
    unmount();
    return out;
  };

  it('shows exactly its new marks, as a first render of them would', () => {
    const wang = [at('Wang Yi', { 'data-entity': 'PER' })];
    const jakarta = [at('Jakarta', { 'data-entity': 'LOC', 'data-active': 'true' })];
    const fresh = html(jakarta);
    const { container, rerender } = render(<MarkdownParagraph paragraph={paragraph} marks={wang} showImages={false} />);
    expect(container.querySelector('mark')).toHaveTextContent('Wang Yi');
    rerender(<MarkdownParagraph paragraph={paragraph} marks={jakarta} showImages={false} />);
    expect(container.innerHTML).toBe(fresh);
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('strong')).toHaveTextContent('Retno');
    rerender(<MarkdownParagraph paragraph={paragraph} marks={[]} showImages={false} />);
    expect(container.querySelector('mark')).toBeNull();
  });
});
