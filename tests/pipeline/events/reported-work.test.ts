import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers';
import { groupByDay } from '../../../src/pipeline/events/build';
import { claimsOf, type Claim } from '../../../src/pipeline/events/claims';
import { doingsByClaim } from '../../../src/pipeline/events/doings';
import type { Doing } from '../../../src/pipeline/events/doing-veto';
import { mainPredicatesOf, senseOf } from '../../../src/pipeline/events/main-predicate';
import { addFollowers } from '../../../src/pipeline/events/placing';
import { attachReported, MAX_COMPARED } from '../../../src/pipeline/events/reported';
import { scoresOf } from '../../../src/pipeline/events/scores';
import { idfOf } from '../../../src/pipeline/events/similarity';
import { unitsOf } from '../../../src/pipeline/events/units';

// A statement's sentence is compared with at most MAX_COMPARED sentences of an event it may tell:
// the work of that comparison is counted (pair scores asked for), never timed, so an event that
// many copies of one wire report hold costs what a sample of it costs.

// one wire report printed word for word by many outlets: one event of many sentences
const wire = 'Penyidik kejaksaan menggeledah kantor Dinas Perhubungan Kota Bekasi pada Senin (6/3/2023) dan menyita dokumen pengadaan lampu jalan.';
const statement = [
  'Jakarta, beritasatu.id - Kepala Seksi Pidana Khusus Kejaksaan Negeri Bekasi, Rudi Hartono, membenarkan kabar itu kepada wartawan, Rabu (8/3/2023).',
  '"Kami memang menggeledah kantor Dinas Perhubungan dan menyita dokumen pengadaan," kata Rudi.',
].join('\n');

/** Pair scores asked for by attachReported alone, on the clustering the stages before it leave. */
function reportedWork(copies: number): number {
  const story = storyOf(...Array.from({ length: copies }, () => wire), statement);
  const claims = claimsOf(story);
  const scores = scoresOf(idfOf(claims));
  const { heads, followers } = unitsOf(story, claims);
  const mains = mainPredicatesOf(story.articles);
  const doings = doingsByClaim(story);
  const doingOf = (c: Claim): Doing | undefined => {
    const main = mains.get(c.key);
    return main && { main, words: new Set([...(doings(c.key) ?? [])].map(senseOf)) };
  };
  const byDate = groupByDay(heads, scores, () => undefined, doings, doingOf);
  addFollowers(byDate, followers);
  const before = scores.asked;
  attachReported(byDate, story, scores, doingOf);
  return scores.asked - before;
}

describe('the comparison of a statement with the events it may tell', () => {
  it('reads at most MAX_COMPARED sentences of an event however many copies it holds', () => {
    const FEW = 4;
    const few = reportedWork(FEW);
    const many = reportedWork(3 * MAX_COMPARED);
    // below the bound every copy is read, once for each comparison of a statement sentence with the event
    expect(few).toBeGreaterThan(0);
    expect(few % FEW).toBe(0);
    const comparisons = few / FEW;
    // above it, the bound for each such comparison: without it, every one of the copies
    expect(many).toBe(comparisons * MAX_COMPARED);
  });
});
