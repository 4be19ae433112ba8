import type { StoryDoc } from '../../../src/pipeline/types';
import { sentenceFeatures, type SentenceFeatures } from '../../../src/pipeline/passages/features';
import { overlapScorer } from '../../../src/pipeline/passages/match';

// Finds the sentences of a hand-written story by a piece of their text, as a reader would.

export function sentenceWith(story: StoryDoc, all: readonly SentenceFeatures[], needle: string): number {
  const at = all.findIndex((f) => {
    const doc = story.articles[f.article]!;
    const s = doc.sentences[f.sentence]!;
    return doc.text.slice(s.start, s.end).includes(needle);
  });
  if (at < 0) throw new Error(`no sentence with ${needle}`);
  return at;
}

/** The features of the sentence holding `needle`. */
export function featuresOf(story: StoryDoc, needle: string): SentenceFeatures {
  const all = sentenceFeatures(story);
  return all[sentenceWith(story, all, needle)]!;
}

/** How the sentences holding `x` and `y` overlap. */
export function overlapOf(story: StoryDoc, x: string, y: string) {
  const all = sentenceFeatures(story);
  return overlapScorer(all)(sentenceWith(story, all, x), sentenceWith(story, all, y));
}
