import { runStory } from '../../src/pipeline/index';
import type { StoryDoc } from '../../src/pipeline/types';

const encoder = new TextEncoder();

/** Runs the whole pipeline over article texts given in order (files 000.txt, 001.txt, …). */
export function storyOf(...texts: string[]): StoryDoc {
  const { story } = runStory({ id: 'test', articles: texts.map((t, i) => ({ file: `${String(i).padStart(3, '0')}.txt`, bytes: encoder.encode(t) })) });
  if (!story) throw new Error('no story');
  return story;
}
