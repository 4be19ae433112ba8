import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStoryFolder } from '../../scripts/lib/story-files';
import { runStory } from '../../src/pipeline/index';
import { toStandoff } from '../../src/pipeline/standoff';

// A story folder run through the pipeline and scored against its gold by the shared scorer.

export interface Scores {
  entities?: { f1: number };
  aliasBcubed?: { f1: number };
  timexValue?: { f1: number };
  outlet?: { accuracy: number };
  published?: { accuracy: number };
  boilerplate?: { removed: number; bodyCharsWronglyRemoved: number };
  sentenceEnds?: { f1: number };
  events?: { foundWithDate: number; predicted: number; gold: number };
  eventClusters?: { f1: number };
  sharedPassagePairs?: { f1: number };
  discrepancies?: Partial<Record<'calendar' | 'fact' | 'spelling' | 'interpretive', { recall: number }>>;
}

export function scoreStory(dir: string, gold: string, scorer: string): Scores {
  const { input } = readStoryFolder(dir);
  const { story } = runStory(input);
  if (!story) throw new Error(`${dir}: the pipeline built no story`);
  const out = mkdtempSync(join(tmpdir(), 'dev-quality-'));
  const pred = join(out, 'pred.json');
  writeFileSync(pred, JSON.stringify(toStandoff(story)));
  const json = execFileSync('node', [scorer, '--gold', gold, '--pred', pred, '--texts', dir, '--json'], { encoding: 'utf8' });
  return JSON.parse(json) as Scores;
}

/** The mean of one figure over scored stories, leaving out the stories without it. */
export const meanOf =
  (scored: readonly (readonly [string, Scores])[]) =>
  (pick: (s: Scores) => number | undefined): number => {
    const values = scored.map(([, s]) => pick(s)).filter((v): v is number => typeof v === 'number');
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
  };
