import type { ArticleStage, StoryStage } from '../types';

/** Finds temporal expressions and normalises them against the publication date. */
export const tagTimex: ArticleStage = { name: 'timex', run: (doc) => doc };

/** Infers the publication date from datelines and dated references when front matter is silent. */
export const inferPublished: ArticleStage = { name: 'published', run: (doc) => doc };

/** Story-level: fills years and dates an article leaves open from its sibling articles. */
export const refineStoryDates: StoryStage = { name: 'story-dates', run: (story) => story };
