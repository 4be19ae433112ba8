import { traceProvenance } from '../../../src/pipeline/provenance';
import type { ArticleDoc, StoryDoc } from '../../../src/pipeline/types';

/** An article of `sentences` sentences of ten characters each, crediting `credits`. */
function article(id: string, sentences: number, credits: string[] = []): ArticleDoc {
  return {
    id,
    sentences: Array.from({ length: sentences }, (_, i) => ({ start: i * 10, end: i * 10 + 10 })),
    sources: credits.map((name, i) => ({ start: i, end: i + 1, name, text: name })),
  } as unknown as ArticleDoc;
}

const span = (articleId: string, start: number, end: number) => ({ articleId, start, end });

function trace(articles: ArticleDoc[], passages: StoryDoc['sharedPassages']): Map<string, NonNullable<ArticleDoc['provenance']>> {
  const story = { articles, sharedPassages: passages } as unknown as StoryDoc;
  return new Map(traceProvenance.run(story).articles.map((a) => [a.id, a.provenance!]));
}

describe('provenance of each article', () => {
  it('counts the sentences an article shares with each other article, once each', () => {
    const got = trace(
      [article('a', 4, ['Antara', 'Reuters', 'Antara']), article('b', 2), article('c', 5)],
      [
        { id: 'p1', mentions: [span('a', 0, 15), span('b', 0, 10)] },
        // a second passage over a's second sentence again: still one sentence shared with b
        { id: 'p2', mentions: [span('a', 12, 18), span('b', 10, 20), span('c', 30, 40)] },
      ],
    );
    expect(got.get('a')).toEqual({
      credits: ['Antara', 'Reuters'],
      overlaps: [
        { articleId: 'b', sharedSentences: 2, share: 0.5 },
        { articleId: 'c', sharedSentences: 1, share: 0.25 },
      ],
    });
    expect(got.get('b')!.overlaps).toEqual([
      { articleId: 'a', sharedSentences: 2, share: 1 },
      { articleId: 'c', sharedSentences: 1, share: 0.5 },
    ]);
    expect(got.get('c')!.overlaps).toEqual([
      { articleId: 'a', sharedSentences: 1, share: 0.2 },
      { articleId: 'b', sharedSentences: 1, share: 0.2 },
    ]);
  });

  it('lists the other articles in story order and leaves out those it shares nothing with', () => {
    const got = trace([article('z', 3), article('y', 3), article('x', 3)], [{ id: 'p', mentions: [span('x', 0, 5), span('z', 20, 30)] }]);
    expect(got.get('z')!.overlaps).toEqual([{ articleId: 'x', sharedSentences: 1, share: 0.333 }]);
    expect(got.get('y')!.overlaps).toEqual([]);
    expect(got.get('x')!.overlaps).toEqual([{ articleId: 'z', sharedSentences: 1, share: 0.333 }]);
  });

  it('counts a span touching a sentence only at its edge as no overlap', () => {
    const got = trace([article('a', 2), article('b', 2)], [{ id: 'p', mentions: [span('a', 10, 10), span('a', 20, 25), span('b', 0, 10)] }]);
    expect(got.get('a')!.overlaps).toEqual([]);
    expect(got.get('b')!.overlaps).toEqual([{ articleId: 'a', sharedSentences: 1, share: 0.5 }]);
  });

  it('keeps one passage printed twice in one article to that article', () => {
    const got = trace([article('a', 3), article('b', 3)], [{ id: 'p', mentions: [span('a', 0, 10), span('a', 20, 30)] }]);
    expect(got.get('a')!.overlaps).toEqual([]);
    expect(got.get('b')!.overlaps).toEqual([]);
  });
});
