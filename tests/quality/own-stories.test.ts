import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { meanOf, scoreStory } from './score-story';

// The project's own held-out stories (tests/fixtures/own-stories: written for testing, annotated
// before the pipeline ran on them, no rule written from them), scored like the dev stories. Each
// floor is the mean reached over them, so a change that helps the dev set by hurting unseen text
// fails the build.
const storiesDir = resolve('tests/fixtures/own-stories');
const scorer = join(resolve(process.env.EVAL_DIR ?? '../shared/eval'), 'score.mjs');

const stories = readdirSync(storiesDir).filter((d) => existsSync(join(storiesDir, d, 'gold.json'))).sort();
const scored = existsSync(scorer) ? stories.map((name) => [name, scoreStory(join(storiesDir, name), join(storiesDir, name, 'gold.json'), scorer)] as const) : [];
const mean = meanOf(scored);

describe("the project's own held-out stories (mean)", () => {
  it('finds the stories and the scorer', () => {
    expect(existsSync(scorer), `${scorer} is missing: set EVAL_DIR to the folder holding score.mjs`).toBe(true);
    expect(stories.length).toBeGreaterThanOrEqual(4);
  });
  it('normalises temporal expressions', () => expect(mean((s) => s.timexValue?.f1)).toBeGreaterThanOrEqual(0.93));
  it('names outlets', () => expect(mean((s) => s.outlet?.accuracy)).toBeGreaterThanOrEqual(1));
  it('dates articles', () => expect(mean((s) => s.published?.accuracy)).toBeGreaterThanOrEqual(1));
  it('removes boilerplate and no body text', () => {
    expect(mean((s) => s.boilerplate?.removed)).toBeGreaterThanOrEqual(0.99);
    expect(scored.map(([, s]) => s.boilerplate?.bodyCharsWronglyRemoved ?? 0)).toEqual(scored.map(() => 0));
  });
  it('splits sentences', () => expect(mean((s) => s.sentenceEnds?.f1)).toBeGreaterThanOrEqual(1));
  it('finds events with their date', () => expect(mean((s) => s.events?.foundWithDate)).toBeGreaterThanOrEqual(0.81));
  it('clusters event mentions', () => expect(mean((s) => s.eventClusters?.f1)).toBeGreaterThanOrEqual(0.72));
  it('finds shared passages', () => expect(mean((s) => s.sharedPassagePairs?.f1)).toBeGreaterThanOrEqual(0.54));
  it('finds where outlets spell a name differently', () => expect(mean((s) => s.discrepancies?.spelling?.recall)).toBeGreaterThanOrEqual(1));
  it('finds where outlets disagree on a fact', () => expect(mean((s) => s.discrepancies?.fact?.recall)).toBeGreaterThanOrEqual(0.8));
});
