import { describe, expect, it } from 'vitest';
import { firstArticles, planStory } from '../../src/app/storySize';
import { parseDigest, type Digest } from '../../src/shared/digest/schema';
import raw from './fixtures/digest.json';

const texts = (...lengths: number[]) => lengths.map((n) => ({ text: 'x'.repeat(n) }));
const LIMITS = { articles: 4, textChars: 100 };

describe('planStory', () => {
  it('shows a story within both limits whole', () => {
    expect(planStory(texts(10, 20, 30, 40), null, LIMITS)).toEqual({ kind: 'whole' });
  });

  it('offers the first articles of a story with too many articles', () => {
    expect(planStory(texts(1, 1, 1, 1, 1, 1), null, LIMITS)).toEqual({ kind: 'too-large', total: 6, textChars: 6, suggested: 4 });
  });

  it('offers as many articles as fit the text limit when the text is too long', () => {
    expect(planStory(texts(40, 40, 40), null, LIMITS)).toEqual({ kind: 'too-large', total: 3, textChars: 120, suggested: 2 });
    // one article longer than the limit on its own is still offered alone
    expect(planStory(texts(500, 10), null, LIMITS)).toMatchObject({ kind: 'too-large', suggested: 1 });
  });

  it('follows the reader: a count below the size opens that many, the size or more opens all', () => {
    expect(planStory(texts(1, 1, 1, 1, 1, 1), 3, LIMITS)).toEqual({ kind: 'first', n: 3, total: 6 });
    expect(planStory(texts(1, 1, 1, 1, 1, 1), 6, LIMITS)).toEqual({ kind: 'whole' });
    expect(planStory(texts(1, 1, 1, 1, 1, 1), 600, LIMITS)).toEqual({ kind: 'whole' });
    expect(planStory(texts(1, 1), 1, LIMITS)).toEqual({ kind: 'first', n: 1, total: 2 });
  });

  it('ignores a count from the address that is not a positive whole number', () => {
    for (const first of [0, -2, 2.5, Number.NaN]) expect(planStory(texts(1, 1, 1, 1, 1, 1), first, LIMITS)).toMatchObject({ kind: 'too-large' });
  });

  it('uses limits of 60 articles and 3 MB of text by default', () => {
    expect(planStory(texts(...Array(60).fill(10)), null)).toEqual({ kind: 'whole' });
    expect(planStory(texts(...Array(2000).fill(10)), null)).toMatchObject({ kind: 'too-large', total: 2000, suggested: 60 });
    expect(planStory(texts(2_000_000, 2_000_000), null)).toMatchObject({ kind: 'too-large', suggested: 1 });
  });
});

describe('firstArticles', () => {
  const parsed = parseDigest(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  const digest: Digest = parsed.digest;
  const [first, second] = digest.articles.map((a) => a.id);

  it('keeps the first articles and only what points at them', () => {
    const cut = firstArticles(digest, 2);
    expect(cut.articles.map((a) => a.id)).toEqual([first, second]);
    const ids = new Set([first, second]);
    for (const e of cut.events) {
      expect(e.mentions.length).toBeGreaterThan(0);
      expect(e.mentions.every((m) => ids.has(m.articleId))).toBe(true);
    }
    for (const p of cut.sharedPassages) expect(new Set(p.mentions.map((m) => m.articleId)).size).toBe(2);
    for (const d of cut.discrepancies) expect(d.spans.every((s) => ids.has(s.articleId))).toBe(true);
  });

  it('keeps the entities mentioned in those articles, with their counts there', () => {
    const cut = firstArticles(digest, 1);
    const mentioned = new Set(cut.articles[0]!.mentions.map((m) => m.entityId));
    expect(cut.entities.map((e) => e.id).sort()).toEqual([...mentioned].sort());
    for (const e of cut.entities) expect(e.mentionCount).toBe(cut.articles[0]!.mentions.filter((m) => m.entityId === e.id).length);
    expect(cut.entities.length).toBeLessThan(digest.entities.length);
  });

  it('still parses as a digest', () => {
    expect(parseDigest(JSON.parse(JSON.stringify(firstArticles(digest, 2)))).ok).toBe(true);
  });
});
