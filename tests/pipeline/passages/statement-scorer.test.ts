import { describe, expect, it } from 'vitest';
import type { SentenceFeatures } from '../../../src/pipeline/passages/features';
import { matchOptions } from '../../../src/pipeline/passages/index';
import { isStatement, matchSentences, overlapScorer } from '../../../src/pipeline/passages/match';

// Hand-made features of short sentences in three articles: pairs that are one statement, pairs
// sharing names only, a denial, figures that differ and years that differ.
const sentence = (article: number, features: string[], extra: Partial<SentenceFeatures> = {}): SentenceFeatures => ({
  article,
  sentence: 0,
  features,
  happenings: features.filter((f) => f.startsWith('w:')).slice(0, 1),
  ...extra,
});

const story: SentenceFeatures[] = [
  sentence(0, ['e:budi', 'w:tangkap', 'w:polisi', 'w:gudang', 't:2021-03-02']),
  sentence(1, ['e:budi', 'w:tangkap', 'w:polisi', 'w:gudang', 't:2021-03-03']),
  sentence(2, ['e:budi', 'w:!tangkap', 'w:polisi', 'w:gudang']),
  sentence(0, ['e:budi', 'e:sari', 'w:hadir', 'w:sidang']),
  sentence(1, ['e:budi', 'e:sari', 'w:tolak', 'w:saksi']),
  sentence(2, ['w:harga', 'w:cabai', 'w:naik', 'n:3 persen', 'y:2019']),
  sentence(0, ['w:harga', 'w:cabai', 'w:naik', 'n:5 persen', 'y:2020']),
  sentence(1, ['w:harga', 'w:cabai', 'w:naik', 'n:3 persen', 'y:2019'], { background: ['w:harga'] }),
  sentence(2, ['e:sari', 'w:kata', 'w:sidang', 'w:tunda'], { speakers: ['e:sari'] }),
  sentence(0, ['e:sari', 'w:kata', 'w:sidang', 'w:tunda'], { speakers: ['e:sari'] }),
  sentence(1, []),
];

describe('the quick test of a pair before its overlap is read in full', () => {
  it('keeps exactly the pairs isStatement keeps, with the same overlap', () => {
    const overlap = overlapScorer(story);
    let kept = 0;
    for (let i = 0; i < story.length; i++) {
      for (let j = 0; j < story.length; j++) {
        if (i === j) continue;
        const full = overlap(i, j);
        const quick = overlap.statement(i, j, matchOptions);
        expect(quick).toEqual(isStatement(full, matchOptions) ? full : undefined);
        if (quick) kept++;
      }
    }
    // the fixture holds both kinds of pair, so the comparison above tests both answers
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(story.length * (story.length - 1));
  });

  it('answers the same after scoring other pairs in between', () => {
    const overlap = overlapScorer(story);
    const first = overlap(0, 1);
    overlap.statement(5, 6, matchOptions);
    overlap(3, 4);
    expect(overlap(0, 1)).toEqual(first);
  });

  it('matches every pair of one statement in other articles, and never a sentence with itself', () => {
    const matches = matchSentences(story, matchOptions);
    const overlap = overlapScorer(story);
    for (const m of matches) {
      expect(story[m.a]!.article).not.toBe(story[m.b]!.article);
      expect(isStatement(overlap(m.a, m.b), matchOptions)).toBe(true);
    }
    expect(matches.map((m) => [m.a, m.b])).toContainEqual([0, 1]);
    expect(matches.map((m) => [m.a, m.b])).not.toContainEqual([0, 2]);
  });
});
