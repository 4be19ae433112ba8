import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { meanOf, scoreStory } from './score-story';

// The development stories (annotated stories the rules were not written from) scored with the
// shared scorer. Each floor is the dev mean the pipeline has reached, so a regression fails the
// build. The stories live beside the project (EVAL_DIR overrides where).
const evalDir = resolve(process.env.EVAL_DIR ?? '../shared/eval');
const devDir = join(evalDir, 'dev');
const scorer = join(evalDir, 'score.mjs');

const stories = existsSync(devDir) ? readdirSync(devDir).filter((d) => existsSync(join(devDir, d, 'gold.json'))).sort() : [];
const scored = stories.map((name) => [name, scoreStory(join(devDir, name), join(devDir, name, 'gold.json'), scorer)] as const);

const mean = meanOf(scored);

describe('development stories quality (dev mean)', () => {
  it('finds the development stories and their scorer', () => {
    expect(existsSync(scorer), `${scorer} is missing: set EVAL_DIR to the folder holding score.mjs and dev/`).toBe(true);
    expect(stories.length).toBeGreaterThanOrEqual(4);
  });
  it('recognises entities', () => expect(mean((s) => s.entities?.f1)).toBeGreaterThanOrEqual(0.98));
  it('merges aliases', () => expect(mean((s) => s.aliasBcubed?.f1)).toBeGreaterThanOrEqual(0.99));
  it('normalises temporal expressions', () => expect(mean((s) => s.timexValue?.f1)).toBeGreaterThanOrEqual(0.98));
  it('names outlets', () => expect(mean((s) => s.outlet?.accuracy)).toBeGreaterThanOrEqual(1));
  it('dates articles', () => expect(mean((s) => s.published?.accuracy)).toBeGreaterThanOrEqual(0.93));
  it('removes boilerplate and no body text', () => {
    expect(mean((s) => s.boilerplate?.removed)).toBeGreaterThanOrEqual(0.95);
    expect(scored.map(([, s]) => s.boilerplate?.bodyCharsWronglyRemoved ?? 0)).toEqual(scored.map(() => 0));
  });
  it('splits sentences', () => expect(mean((s) => s.sentenceEnds?.f1)).toBeGreaterThanOrEqual(0.99));
  it('finds events with their date', () => expect(mean((s) => s.events?.foundWithDate)).toBeGreaterThanOrEqual(0.97));
  it('clusters event mentions', () => expect(mean((s) => s.eventClusters?.f1)).toBeGreaterThanOrEqual(0.77));
  it('keeps the timeline to happenings, not sentences', () => {
    const ratio = mean((s) => (s.events ? s.events.predicted / s.events.gold : undefined));
    expect(ratio).toBeGreaterThanOrEqual(0.8);
    expect(ratio).toBeLessThanOrEqual(1.3);
    // and so in every story, not only on average
    for (const [name, s] of scored) {
      if (!s.events) continue;
      const own = s.events.predicted / s.events.gold;
      expect(own, `${name}: ${s.events.predicted} events for ${s.events.gold}`).toBeGreaterThanOrEqual(0.8);
      expect(own, `${name}: ${s.events.predicted} events for ${s.events.gold}`).toBeLessThanOrEqual(1.3);
    }
  });
  it('finds where outlets spell a name differently', () => expect(mean((s) => s.discrepancies?.spelling?.recall)).toBeGreaterThanOrEqual(0.8));
  it('finds where outlets disagree on a fact', () => expect(mean((s) => s.discrepancies?.fact?.recall)).toBeGreaterThanOrEqual(0.95));
  it('finds shared passages', () => expect(mean((s) => s.sharedPassagePairs?.f1)).toBeGreaterThanOrEqual(0.7));
});
