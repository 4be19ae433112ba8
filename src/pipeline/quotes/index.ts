import type { StoryStage } from '../types';
import { attributeQuotes } from './attribute';

/** Who said what: quotes and reported speech with their speakers (after entity linking, for the ids). */
export const findQuotes: StoryStage = {
  name: 'quotes',
  run(story) {
    return { ...story, quotes: story.articles.flatMap(attributeQuotes) };
  },
};
