import doersJson from '../../../data/lexicon/event-doers.json';
import { sentenceFeatures } from '../passages/features';
import type { ArticleDoc, StoryDoc } from '../types';
import { spansWithin } from './within';

/** Words joining the names of those who act together ("Putin dan Kim bertemu"). */
const joiners: ReadonlySet<string> = new Set(doersJson.joiners);

const featureOf = (m: ArticleDoc['mentions'][number]) => `e:${m.entityId ?? m.text.toLowerCase()}`;

type Actor = ArticleDoc['mentions'][number];

/**
 * What stands between two names: a joining word ("dan", ", dan"), a bare comma (inside a list
 * "A, B dan C"), or anything else, which ends the list.
 */
function gapBetween(doc: ArticleDoc, a: Actor, b: Actor): 'joiner' | 'comma' | 'other' {
  const gap = doc.text.slice(a.end, b.start).trim().toLowerCase();
  if (gap === ',') return 'comma';
  return joiners.has(gap.replace(/^,\s*/, '')) ? 'joiner' : 'other';
}

/**
 * The one who acts in a sentence's main happening is read by the passages stage as the last
 * person or organisation before its verb; names joined to it ("Putin dan Kim", "Kim bersama
 * Putin", "Kim, Putin dan Xi") act with it, so they are doers too, whatever order an outlet
 * writes them in. A bare comma joins only inside a list that a joining word closes: "Penasihat
 * Putin, Yuri Ushakov" names one person twice.
 */
function withPartners(doc: ArticleDoc, actors: readonly Actor[], at: number, agent: string): Set<string> {
  const doers = new Set([agent]);
  const gaps = actors.slice(1).map((b, i) => gapBetween(doc, actors[i]!, b));
  // the run of joined names around the agent; a comma after the last joining word is no list
  let first = at;
  while (first > 0 && gaps[first - 1] !== 'other') first--;
  let last = at;
  while (last < gaps.length && gaps[last] !== 'other') last++;
  while (last > at && gaps[last - 1] === 'comma') last--;
  if (!gaps.slice(first, last).includes('joiner')) return doers;
  for (let i = first; i <= last; i++) doers.add(featureOf(actors[i]!));
  return doers;
}

/**
 * Who acts in each sentence's main happening, by claim key (`articleId#sentence`). Only people
 * are kept: a body and its head ("Polda ..." / "Kapolda ...") are two entities that do one
 * thing, so an organisation as doer says nothing against another report. Sentences without a
 * known person as doer are left out.
 */
export function doersOf(story: StoryDoc): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of sentenceFeatures(story)) {
    if (!f.agent) continue;
    const doc = story.articles[f.article]!;
    const s = doc.sentences[f.sentence]!;
    const actors = spansWithin(doc.mentions, s.start, s.end).filter((m) => m.type === 'PER' || m.type === 'ORG');
    const at = actors.findIndex((m) => featureOf(m) === f.agent);
    if (at < 0 || actors[at]!.type !== 'PER') continue;
    out.set(`${doc.id}#${f.sentence}`, withPartners(doc, actors, at, f.agent));
  }
  return out;
}
