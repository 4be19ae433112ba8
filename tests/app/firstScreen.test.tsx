// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { digestSlice, hasSlice, looksLikeSlice, SLICE_ARTICLES, sliceFileOf, sliceOpens } from '../../src/app/digestSlice';
import { onlyArticles } from '../../src/app/storySize';
import { storyTop } from '../../src/app/storyTop';
import { firstScreenOf, nextStage, useFirstScreen, wholeStage, type ScreenCut, type StorySource } from '../../src/app/useFirstScreen';
import { parseDigest, type Digest } from '../../src/shared/digest/schema';
import raw from './fixtures/digest.json';
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
