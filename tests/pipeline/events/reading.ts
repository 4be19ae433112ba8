import { pointsBack } from '../../../src/pipeline/events/pointing';
import type { StoryDoc } from '../../../src/pipeline/types';
import { storyOf } from '../helpers';

/** The text of a mention of an event, as a reader sees it. */
export const textOf = (s: StoryDoc, m: { articleId: string; start: number; end: number }) => s.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end);

/** The events that hold a sentence with these words. */
export const eventsWith = (s: StoryDoc, words: string) => s.events.filter((e) => e.mentions.some((m) => textOf(s, m).includes(words)));

/** Whether the only sentence of a one-line article points back at what was told before it. */
export const pointingAlone = (sentence: string): boolean => {
  const doc = storyOf(sentence).articles[0]!;
  return pointsBack(doc, doc.sentences[0]!);
};
