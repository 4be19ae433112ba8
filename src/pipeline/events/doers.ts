import doersJson from '../../../data/lexicon/event-doers.json';
import { sentenceFeatures } from '../passages/features';
import type { ArticleDoc, StoryDoc } from '../types';
import { spansWithin } from './within';

/** Words joining the names of those who act together ("Putin dan Kim bertemu"). */
const joiners: ReadonlySet<string> = new Set(doersJson.joiners);

const featureOf = (m: ArticleDoc['mentions'][number]) => `e:${m.entityId ?? m.text.toLowerCase()}`;

/**
 * The one who acts in a sentence's main happening is read by the passages stage as the last
 * person or organisation before its verb; names joined to it ("Putin dan Kim", "Kim bersama
 * Putin") act with it, so they are doers too, whatever order an outlet writes them in.
 */
function withPartners(doc: ArticleDoc, start: number, end: number, agent: string): Set<string> {
  const doers = new Set([agent]);
  const actors = spansWithin(doc.mentions, start, end).filter((m) => m.type === 'PER' || m.type === 'ORG');
  const at = actors.findIndex((m) => featureOf(m) === agent);
  if (at < 0) return doers;
  // walk the chain of names each joined to the next by one joining word, both ways from the agent
  const joined = (a: (typeof actors)[number], b: (typeof actors)[number]) => joiners.has(doc.text.slice(a.end, b.start).trim().toLowerCase());
  for (let i = at; i > 0 && joined(actors[i - 1]!, actors[i]!); i--) doers.add(featureOf(actors[i - 1]!));
  for (let i = at; i + 1 < actors.length && joined(actors[i]!, actors[i + 1]!); i++) doers.add(featureOf(actors[i + 1]!));
  return doers;
}

/** Who acts in each sentence's main happening, by claim key (`articleId#sentence`); sentences without a known doer are left out. */
export function doersOf(story: StoryDoc): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of sentenceFeatures(story)) {
    if (!f.agent) continue;
    const doc = story.articles[f.article]!;
    const s = doc.sentences[f.sentence]!;
    out.set(`${doc.id}#${f.sentence}`, withPartners(doc, s.start, s.end, f.agent));
  }
  return out;
}
