import { claimsOf } from '../../../src/pipeline/events/claims';
import type { StoryDoc } from '../../../src/pipeline/types';

/** The dates the events layer gives the sentences of a one-article story that hold `words`. */
export function claimDatesOf(story: StoryDoc): (words: string) => string[] {
  const doc = story.articles[0]!;
  return (words) =>
    claimsOf(story)
      .filter((c) => doc.text.slice(c.start, c.end).includes(words))
      .map((c) => c.date);
}
