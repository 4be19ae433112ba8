import type { StoryStage } from '../types';
import { tagArticle } from './tag';

/** Sibling dates this far below certainty do not lend their day to another article. */
const LENDING_CONFIDENCE = 0.7;

/**
 * An article that dates nothing (a wire copy with only "hari Kamis") was published with its
 * siblings: it takes the day most confident siblings agree on, and its times are read again.
 * Ties go to the earliest date, so the choice never depends on article order.
 */
export const refineStoryDates: StoryStage = {
  name: 'story-dates',
  run(story) {
    const votes = new Map<string, number>();
    for (const a of story.articles) {
      if (a.published && a.published.confidence >= LENDING_CONFIDENCE) votes.set(a.published.date, (votes.get(a.published.date) ?? 0) + a.published.confidence);
    }
    if (!votes.size) return story;
    const [date] = [...votes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]!;
    const articles = story.articles.map((a) => {
      if (a.published) return a;
      return tagArticle({ ...a, published: { date, confidence: 0.5, source: 'text', evidence: null } });
    });
    return { ...story, articles };
  },
};
