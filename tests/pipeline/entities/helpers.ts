import type { StoryDoc } from '../../../src/pipeline/types';

/** Runs the whole pipeline over articles given as text; returns the story. */
export { storyOf } from '../helpers';

/** "text/TYPE" for every mention of the first article (or the given one). */
export function mentionsOf(story: StoryDoc, article = 0): string[] {
  return story.articles[article]!.mentions.map((m) => `${m.text}/${m.type}`);
}

/** Entity id of each mention text across the story. */
export function idsByText(story: StoryDoc): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  for (const a of story.articles) for (const m of a.mentions) ids.set(m.text, (ids.get(m.text) ?? new Set()).add(m.entityId ?? ''));
  return ids;
}
