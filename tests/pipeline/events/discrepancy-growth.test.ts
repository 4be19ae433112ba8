import { describe, expect, it } from 'vitest';
import { weekdayDiscrepancies } from '../../../src/pipeline/events/discrepancies/calendar';
import { spellingDiscrepancies } from '../../../src/pipeline/events/discrepancies/names';
import { passageDateDiscrepancies } from '../../../src/pipeline/events/discrepancies/passage-dates';
import type { ArticleDoc, StoryDoc } from '../../../src/pipeline/types';
import { storyOf } from '../helpers';

// Disagreements over a story twice as long cost about twice the work: the articles' sentences,
// dates and names are read (counted here, never timed) once per article or per passage printed
// there, not once per article for every passage, date or name of the story.

const FIRST =
  'Bojonegoro, Kabar Lokal -- Peraturan bupati tentang retribusi pasar berlaku mulai 1 November 2023, kata Kepala Dinas Perdagangan Rina Wulandari, Selasa (5/9/2023). Aturan itu disusun sejak awal tahun.';
const SECOND =
  'Bojonegoro, Warta Desa -- Peraturan bupati tentang retribusi pasar berlaku mulai 1 Desember 2023, kata Kepala Dinas Perdagangan Rina Wulandary, Senin (5/9/2023). Aturan itu disusun sejak awal tahun.';

/** The two articles and their first sentence, the passage they share. */
const base = (() => {
  const story = storyOf(FIRST, SECOND);
  return { story, span: (doc: ArticleDoc) => ({ articleId: doc.id, start: doc.sentences[0]!.start, end: doc.sentences[0]!.end }) };
})();

/**
 * `pairs` copies of the two articles, each pair sharing its passage, every article wrapped so
 * that reading its sentences, dates or names is counted.
 */
function copies(pairs: number): { story: StoryDoc; order: Map<string, number>; reads: { n: number } } {
  const reads = { n: 0 };
  // each pair tells of people of its own: its entities are its own
  const counted = (doc: ArticleDoc, id: string, k: number): ArticleDoc =>
    new Proxy({ ...doc, id, mentions: doc.mentions.map((m) => (m.entityId ? { ...m, entityId: `${m.entityId}-${k}` } : m)) }, {
      get(target, key, receiver) {
        if (key === 'sentences' || key === 'timex' || key === 'mentions') reads.n++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  const articles: ArticleDoc[] = [];
  const sharedPassages: StoryDoc['sharedPassages'] = [];
  for (let k = 0; k < pairs; k++) {
    const [a, b] = base.story.articles.map((doc, side) => counted(doc, `${String(k).padStart(3, '0')}-${side}`, k));
    articles.push(a!, b!);
    const mentions = [a!, b!].map((doc) => ({ ...base.span(base.story.articles[0]!), articleId: doc.id, end: doc.sentences[0]!.end }));
    sharedPassages.push({ ...base.story.sharedPassages[0]!, mentions } as StoryDoc['sharedPassages'][number]);
  }
  reads.n = 0;
  return { story: { ...base.story, articles, sharedPassages }, order: new Map(articles.map((d, i) => [d.id, i])), reads };
}

const work = (pairs: number, find: (story: StoryDoc, order: Map<string, number>) => unknown[]) => {
  const { story, order, reads } = copies(pairs);
  const found = find(story, order);
  return { reads: reads.n, found: found.length };
};

describe('disagreements over a longer story', () => {
  it('read a shared passage only in the articles that print it', () => {
    expect(base.story.sharedPassages.length).toBeGreaterThan(0);
    const small = work(20, passageDateDiscrepancies);
    const large = work(40, passageDateDiscrepancies);
    // each pair's passage gives two dates for when the rule takes effect
    expect(small.found).toBe(20);
    expect(large.found).toBe(40);
    expect(large.reads / small.reads).toBeLessThan(2.5);
  });

  it('look up the other outlets dating a mismatched weekday by its day', () => {
    // 5 September 2023 was a Tuesday: the second outlet's "Senin" is a mismatch, and every
    // other copy's explicit date for that day shows it; every copy's mismatch shows those same
    // dates, so the finding is given once
    const small = work(20, weekdayDiscrepancies);
    const large = work(40, weekdayDiscrepancies);
    expect(small.found).toBe(1);
    expect(large.found).toBe(1);
    expect(large.reads / small.reads).toBeLessThan(2.5);
  });

  it('read each name form from its own entity', () => {
    const small = work(20, spellingDiscrepancies);
    const large = work(40, spellingDiscrepancies);
    // "Rina Wulandari" / "Rina Wulandary": one finding for each pair
    expect(small.found).toBe(20);
    expect(large.found).toBe(40);
    expect(large.reads / small.reads).toBeLessThan(2.5);
  });
});
