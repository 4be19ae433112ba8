// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { digestSlice, hasSlice, SLICE_ARTICLES, sliceFileOf, sliceOpens } from '../../src/app/digestSlice';
import { looksLikeSlice } from '../../src/app/loadDigest';
import { onlyArticles } from '../../src/app/storySize';
import { storyTop } from '../../src/app/storyTop';
import { firstScreenOf, nextStage, useFirstScreen, wholeStage, type ScreenCut, type StorySource } from '../../src/app/useFirstScreen';
import { parseDigest, type Digest } from '../../src/shared/digest/schema';
import { outletLabels } from '../../src/shared/lib/outlet';
import raw from './fixtures/digest.json';
import { fixture, renderApp, serve } from './helpers';
import './setup';

const parsed = parseDigest(raw);
if (!parsed.ok) throw new Error(parsed.reason);
const base: Digest = parsed.digest;

/** The fixture story grown to `n` articles (copies of its own, each with an id of its own). */
function story(n: number): Digest {
  const articles = Array.from({ length: n }, (_, i) => ({ ...structuredClone(base.articles[i % base.articles.length]!), id: `a${i}` }));
  const quotes = base.quotes.map((q, i) => ({ ...q, articleId: `a${i % n}` }));
  return { ...base, articles, quotes, events: [], sharedPassages: [], discrepancies: [{ ...structuredClone(base.discrepancies[0]!), spans: [{ articleId: `a${n - 1}`, start: 0, end: 4 }] }].filter((d) => d.id) };
}
const ids = (d: Digest) => d.articles.map((a) => a.id);
const cut = (columns: number, order: string[] = [], hidden: string[] = []): ScreenCut => ({ order, hidden, columns });

describe('the first screen of a story', () => {
  it('is its first columns in the reader order, or the whole story when that fits', () => {
    const whole = story(5);
    expect(ids(firstScreenOf({ whole }, cut(2)))).toEqual(['a0', 'a1']);
    expect(ids(firstScreenOf({ whole }, cut(2, ['a3', 'a0'])))).toEqual(['a0', 'a3']);
    expect(firstScreenOf({ whole }, cut(5))).toBe(whole);
  });

  it('is cut from the file of a first screen as from the whole story', () => {
    const whole = story(SLICE_ARTICLES + 4);
    const slice = digestSlice(whole)!;
    expect(firstScreenOf({ slice }, cut(3))).toEqual(firstScreenOf({ whole }, cut(3)));
    // a screen wider than the file shows all of the file
    expect(firstScreenOf({ slice }, cut(SLICE_ARTICLES + 2))).toBe(slice.first);
  });
});

describe('the stage a reader shows', () => {
  const whole = story(6);
  const preview = firstScreenOf({ whole }, cut(2));

  it('starts at the first screen, stays while the source does, and moves to the whole story', () => {
    const first = nextStage(null, { whole }, preview);
    expect(first.shown).toBe(preview);
    expect(nextStage(first, { whole }, preview)).toBe(first);
    expect(wholeStage(first, { whole })).toEqual({ of: whole, shown: whole });
    expect(wholeStage({ of: whole, shown: whole }, { whole })).toBeNull();
  });

  it('starts again at the first screen for another story', () => {
    const other = { ...story(6), story: { ...whole.story, id: 'other' } };
    const otherPreview = firstScreenOf({ whole: other }, cut(2));
    expect(nextStage({ of: whole, shown: whole }, { whole: other }, otherPreview).shown).toBe(otherPreview);
  });

  it('keeps the columns drawn from a first screen\'s file when its own whole story follows', () => {
    const big = story(SLICE_ARTICLES + 2);
    const slice = digestSlice(big)!;
    const drawn = nextStage(null, { slice }, firstScreenOf({ slice }, cut(2)));
    const next = nextStage(drawn, { whole: big }, firstScreenOf({ whole: big }, cut(2)));
    expect(next.of).toBe(big);
    expect(next.shown).toBe(drawn.shown);
    // and a slice has no whole story to move to
    expect(wholeStage(drawn, { slice })).toBeNull();
  });
});

describe("a first screen's column names", () => {
  /** A story of `n` articles: one outlet of its own first, the rest all of one other outlet. */
  function shared(n: number): Digest {
    const d = story(n);
    const outlet = d.articles[0]!.outlet!;
    d.articles = d.articles.map((a, i) => ({ ...a, outlet: { ...outlet, name: i === 0 ? 'Kabar Pagi' : 'Warta Kota' }, title: `Judul tulisan ${i + 1}` }));
    return d;
  }

  it('are those the whole story gives: a title beside an outlet that another article shares, though the screen holds no other', () => {
    const whole = shared(SLICE_ARTICLES + 4);
    const slice = digestSlice(whole)!;
    // the first screen alone: the first article's outlet is its only one, the others share theirs
    expect(slice.top.labels?.['a0']).toBeUndefined();
    expect(slice.top.labels?.['a1']).toBe('Judul tulisan 2');
    // a story whose second outlet has one article in its first screen, more beyond it
    const wide = shared(SLICE_ARTICLES + 4);
    wide.articles = wide.articles.map((a, i) => (i >= 2 && i < SLICE_ARTICLES ? { ...a, outlet: { ...a.outlet!, name: `Outlet ${i}` } } : a));
    const cutFrom = digestSlice(wide)!;
    expect(cutFrom.top.labels?.['a1']).toBe('Judul tulisan 2');
    expect(cutFrom.top.labels?.['a2']).toBeUndefined();
  });

  it('name each column as the whole story does, where the screen alone would name it otherwise', () => {
    const wide = shared(SLICE_ARTICLES + 4);
    wide.articles = wide.articles.map((a, i) => (i >= 2 && i < SLICE_ARTICLES ? { ...a, outlet: { ...a.outlet!, name: `Outlet ${i}` } } : a));
    const slice = digestSlice(wide)!;
    const whole = outletLabels(wide.articles, 'Unknown');
    const fromSlice = outletLabels(slice.first.articles, 'Unknown', slice.top.labels);
    expect(slice.first.articles.map((a) => fromSlice.get(a.id))).toEqual(slice.first.articles.map((a) => whole.get(a.id)));
    expect(fromSlice.get('a1')).toBe('Warta Kota · Judul tulisan 2');
    expect(outletLabels(slice.first.articles, 'Unknown').get('a1')).toBe('Warta Kota');
  });

  it('stay while the whole story follows and the drawn columns are kept, and go with the whole story drawn', () => {
    const big = shared(SLICE_ARTICLES + 2);
    const slice = digestSlice(big)!;
    const drawn = nextStage(null, { slice }, firstScreenOf({ slice }, cut(2)));
    expect(drawn.labels).toEqual(slice.top.labels);
    const next = nextStage(drawn, { whole: big }, firstScreenOf({ whole: big }, cut(2)));
    expect(next.labels).toBe(drawn.labels);
    expect(wholeStage(next, { whole: big })!.labels).toBeUndefined();
  });
});

describe('useFirstScreen', () => {
  it('ends at the whole story, with the whole story on top', async () => {
    const whole = story(6);
    const hook = renderHook(({ s }) => useFirstScreen(s, cut(2)), { initialProps: { s: { whole } as StorySource } });
    await act(async () => {});
    expect(hook.result.current.digest).toBe(whole);
    expect(hook.result.current.top).toEqual(storyTop(whole));
  });

  it('renders the first screen before the whole story', () => {
    const whole = story(6);
    const seen: string[][] = [];
    renderHook(() => {
      const r = useFirstScreen({ whole }, cut(2));
      seen.push(ids(r.digest));
      return r;
    });
    expect(seen[0]).toEqual(['a0', 'a1']);
    expect(seen.at(-1)).toEqual(ids(whole));
  });

  it('shows a first screen\'s file with the whole story\'s top, then its whole story without cutting it again', async () => {
    const whole = story(SLICE_ARTICLES + 3);
    const slice = digestSlice(whole)!;
    const seen: Digest[] = [];
    const hook = renderHook(
      ({ s }) => {
        const r = useFirstScreen(s, cut(3));
        seen.push(r.digest);
        return r;
      },
      { initialProps: { s: { slice } as StorySource } },
    );
    await act(async () => {});
    expect(ids(hook.result.current.digest)).toEqual(['a0', 'a1', 'a2']);
    expect(hook.result.current.top.summary).toEqual(storyTop(whole).summary);
    expect(hook.result.current.top.differences).toBe(whole.discrepancies.length);
    const drawn = hook.result.current.digest;
    seen.length = 0;
    hook.rerender({ s: { whole } });
    await act(async () => {});
    expect(seen[0]).toBe(drawn);
    expect(hook.result.current.digest).toBe(whole);
  });
});

describe('the file of a first screen', () => {
  it('is written only for a story larger than one, beside its digest', () => {
    expect(digestSlice(story(SLICE_ARTICLES))).toBeNull();
    expect(hasSlice(SLICE_ARTICLES)).toBe(false);
    expect(hasSlice(SLICE_ARTICLES + 1)).toBe(true);
    expect(sliceFileOf('story-1.json')).toBe('story-1.first.json');
  });

  it('holds the first articles with what points at them, and the whole story\'s size and top', () => {
    const whole = story(SLICE_ARTICLES + 5);
    const slice = digestSlice(whole)!;
    expect(ids(slice.first)).toEqual(ids(whole).slice(0, SLICE_ARTICLES));
    expect(slice.first).toEqual(onlyArticles(whole, whole.articles.slice(0, SLICE_ARTICLES)));
    expect(slice.first.quotes.every((q) => ids(slice.first).includes(q.articleId))).toBe(true);
    expect(slice.articles).toBe(whole.articles.length);
    expect(slice.textChars).toBe(whole.articles.reduce((n, a) => n + a.text.length, 0));
    const top = storyTop(whole);
    expect(slice.top.summary).toEqual(top.summary);
    expect(slice.top.differences).toBe(top.differences);
    expect(slice.top.coverage.items.map((i) => [i.event.id, i.outlets])).toEqual(top.coverage.items.map((i) => [i.event.id, i.outlets]));
    expect(looksLikeSlice(JSON.parse(JSON.stringify(slice)))).toBe(true);
    expect(looksLikeSlice({ ...slice, schemaVersion: 1 })).toBe(false);
    expect(looksLikeSlice(whole)).toBe(false);
  });

  it("is the one the page's boot script starts downloading for a story of that size", () => {
    const boot = readFileSync(join(__dirname, '../../public/boot.js'), 'utf8');
    expect(boot).toContain(`story.articleCount > ${SLICE_ARTICLES}`);
    expect(boot).toContain(`replace(/\\.json$/, '.first.json')`);
  });

  it('opens only for a story shown whole, in its own order and with no outlet hidden', () => {
    const size = { articles: 100, textChars: 10_000 };
    const view = { first: null, order: [], hidden: [] };
    expect(sliceOpens(size, { ...view, first: 100 })).toBe(true);
    expect(sliceOpens(size, { ...view, first: 40 })).toBe(false);
    expect(sliceOpens(size, view)).toBe(false); // too large to open without being asked
    expect(sliceOpens({ articles: 20, textChars: 10_000 }, view)).toBe(true);
    expect(sliceOpens({ articles: 20, textChars: 10_000 }, { ...view, hidden: ['a1'] })).toBe(false);
    expect(sliceOpens({ articles: 20, textChars: 10_000 }, { ...view, order: ['a3'] })).toBe(false);
  });
});

describe('a large story served with the file of its first screen', () => {
  const outletBoxes = () => {
    const group = screen.queryByRole('group', { name: 'Show outlets' });
    return group ? within(group).queryAllByRole('checkbox') : [];
  };
  // the row of columns keeps one box per article shown, mounted or not (the side panel follows a frame later)
  const columnBoxes = () => document.querySelectorAll('.columns > [data-article-id]').length;
  function large(n: number) {
    const d = fixture();
    d.articles = Array.from({ length: n }, (_, i) => ({ ...structuredClone(d.articles[i % d.articles.length]!), id: `big-${i}` }));
    d.events = [];
    d.sharedPassages = [];
    d.discrepancies = [];
    const index = { schemaVersion: 2, stories: [{ id: 'putin-kim', title: d.story.title, articleCount: n, file: 'putin-kim.json' }] };
    return { d, index };
  }

  it('draws the first screen from that file, and parses the whole story only once it is drawn', async () => {
    const { d, index } = large(SLICE_ARTICLES + 6);
    const slice = digestSlice(parseOrThrow(d))!;
    // the reader at the moment the whole story is asked for
    let boxesWhenWholeAsked = -1;
    const fetched = serve({ 'index.json': index, 'putin-kim.json': d, 'putin-kim.first.json': slice });
    const original = fetched.getMockImplementation()!;
    fetched.mockImplementation(async (input, init) => {
      if (String(input).endsWith('/putin-kim.json')) boxesWhenWholeAsked = columnBoxes();
      return original(input, init);
    });
    renderApp(`/?first=${d.articles.length}`);
    await waitFor(() => expect(outletBoxes()).toHaveLength(d.articles.length));
    expect(boxesWhenWholeAsked).toBeGreaterThan(0);
    expect(boxesWhenWholeAsked).toBeLessThanOrEqual(SLICE_ARTICLES);
  });

  it('opens the whole story as before when that file is missing', async () => {
    const { d, index } = large(SLICE_ARTICLES + 2);
    serve({ 'index.json': index, 'putin-kim.json': d });
    renderApp(`/?first=${d.articles.length}`);
    await waitFor(() => expect(outletBoxes()).toHaveLength(d.articles.length));
  });
});

function parseOrThrow(json: unknown): Digest {
  const r = parseDigest(json);
  if (!r.ok) throw new Error(r.reason);
  return r.digest;
}
