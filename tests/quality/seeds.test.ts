import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runStory } from '../../src/pipeline/index';
import { toStandoff } from '../../src/pipeline/standoff';
import { discrepancyRecall, entityScores, eventScores, metadataScores, timexScores, type Gold, type Pred } from './measure';

// The seed story scored against its gold annotation; each threshold is a floor the pipeline
// has reached, so a regression fails the build.
const dir = 'stories/putin-kim-vladivostok-2019';
const gold = JSON.parse(readFileSync('tests/fixtures/seeds-gold.json', 'utf8')) as Gold;
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const { story } = runStory({ id: 'seeds', articles: files.map((file) => ({ file, bytes: readFileSync(join(dir, file)) })) });
const pred = toStandoff(story!) as unknown as Pred;

describe('seed story quality', () => {
  const meta = metadataScores(gold, pred);
  it('finds every outlet (the unnamed one as null)', () => expect(meta.outlet).toBe(1));
  it('dates every confidently dated article', () => expect(meta.published).toBe(1));
  it('removes all boilerplate and no body text', () => {
    expect(meta.boilerplateRemoved).toBe(1);
    expect(meta.bodyCharsRemoved).toBe(0);
  });
  it('splits sentences', () => expect(meta.sentenceEndsF1).toBeGreaterThanOrEqual(0.95));
});

describe('seed story quality: entities', () => {
  const { f1, aliasBcubed } = entityScores(gold, pred);
  it('recognises entities (exact span and type)', () => expect(f1).toBeGreaterThanOrEqual(0.98));
  it('merges aliases across articles', () => expect(aliasBcubed).toBeGreaterThanOrEqual(0.97));
});

describe('seed story quality: dates and timeline', () => {
  const timex = timexScores(gold, pred);
  const events = eventScores(gold, pred);
  it('finds temporal expressions', () => expect(timex.f1).toBeGreaterThanOrEqual(0.98));
  it('normalises their values', () => expect(timex.valueF1).toBeGreaterThanOrEqual(0.98));
  it('finds events with the right date', () => expect(events.foundWithDate).toBeGreaterThanOrEqual(0.99));
  it('merges events across outlets', () => expect(events.crossOutletMerged).toBeGreaterThanOrEqual(0.85));
  it('keeps event mentions inside real events', () => expect(events.mentionsInGoldEvents).toBeGreaterThanOrEqual(0.85));
  it('flags every calendar discrepancy', () => expect(discrepancyRecall(gold, pred, 'calendar')).toBe(1));
  it('flags at least half of the factual discrepancies', () => expect(discrepancyRecall(gold, pred, 'fact')).toBeGreaterThanOrEqual(0.5));
});

// The story layers scored by the shared scorer, as the development stories are.
describe('seed story quality: clusters and passages (shared scorer)', () => {
  const scorer = resolve(process.env.EVAL_DIR ?? '../shared/eval', 'score.mjs');
  const scores = (): { eventClusters?: { f1: number }; sharedPassagePairs?: { f1: number }; events?: { predicted: number; gold: number } } => {
    const out = join(mkdtempSync(join(tmpdir(), 'seed-quality-')), 'pred.json');
    writeFileSync(out, JSON.stringify(pred));
    return JSON.parse(execFileSync('node', [scorer, '--gold', 'tests/fixtures/seeds-gold.json', '--pred', out, '--texts', dir, '--json'], { encoding: 'utf8' }));
  };
  const s = existsSync(scorer) ? scores() : {};
  it('finds the shared scorer', () => expect(existsSync(scorer), `${scorer} is missing: set EVAL_DIR`).toBe(true));
  it('clusters event mentions', () => expect(s.eventClusters?.f1).toBeGreaterThanOrEqual(0.7));
  it('keeps the timeline to happenings', () => {
    const ratio = s.events ? s.events.predicted / s.events.gold : Number.NaN;
    expect(ratio).toBeGreaterThanOrEqual(0.8);
    expect(ratio).toBeLessThanOrEqual(1.3);
  });
  it('finds shared passages', () => expect(s.sharedPassagePairs?.f1).toBeGreaterThanOrEqual(0.34));
});
