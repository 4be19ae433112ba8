import doersJson from '../../../data/lexicon/event-doers.json';
import { sentenceFeatures } from '../passages/features';
import type { ArticleDoc, StoryDoc } from '../types';
import type { Claim } from './claims';
import { stem, stopwords } from '../language/id';
import { isVerb } from './parts';
import { spansWithin } from './within';

/** Words joining the names of those who act together ("Putin dan Kim bertemu"). */
const joiners: ReadonlySet<string> = new Set(doersJson.joiners);

const agentMarkers: ReadonlySet<string> = new Set(doersJson.passiveAgentMarkers);
const quantifiers: ReadonlySet<string> = new Set(doersJson.agentQuantifiers);
const subjectPronouns: ReadonlySet<string> = new Set(doersJson.subjectPronouns);

/** Sentences back that a pronoun subject still takes its doers from. */
const PRONOUN_REACH = 2;

/**
 * "Pada partai final, mereka mengalahkan …": a person pronoun before the sentence's first verb,
 * outside a quotation, is its subject, someone just told of; false for a sentence that opens a
 * quotation or names a person before its verb.
 */
function pronounSubject(doc: ArticleDoc, s: ArticleDoc['sentences'][number]): boolean {
  if (/^\s*["“”']/.test(doc.text.slice(s.start, s.end))) return false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word') continue;
    const lower = t.text.toLowerCase();
    if (subjectPronouns.has(lower)) return true;
    if (isVerb(lower) || doc.mentions.some((m) => m.type === 'PER' && m.start <= t.start && t.end <= m.end)) return false;
  }
  return false;
}

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
    const doc = story.articles[f.article]!;
    const s = doc.sentences[f.sentence]!;
    if (!f.agent) {
      const unnamed = passiveAgent(doc, s);
      if (unnamed) out.set(`${doc.id}#${f.sentence}`, new Set([unnamed]));
      else if (pronounSubject(doc, s)) {
        // the pronoun stands for the people who acted just before
        for (let k = f.sentence - 1; k >= 0 && k >= f.sentence - PRONOUN_REACH; k--) {
          const before = out.get(`${doc.id}#${k}`);
          if (!before) continue;
          if ([...before].every((x) => x.startsWith('e:'))) out.set(`${doc.id}#${f.sentence}`, new Set(before));
          break;
        }
      }
      continue;
    }
    const actors = spansWithin(doc.mentions, s.start, s.end).filter((m) => m.type === 'PER' || m.type === 'ORG');
    const at = actors.findIndex((m) => featureOf(m) === f.agent);
    if (at < 0 || actors[at]!.type !== 'PER') continue;
    out.set(`${doc.id}#${f.sentence}`, withPartners(doc, actors, at, f.agent));
  }
  return out;
}

/**
 * "Djanur diminta mundur oleh keluarganya", "keputusan itu ditentang oleh beberapa pihak": a
 * passive names after "oleh" the one who does its happening, here someone no name stands for.
 * That doer is the head noun after the marker ("oleh para suporter" -> suporter, "oleh pihak
 * keluarga" -> keluarga, "oleh beberapa pihak" -> pihak), by its root ("keluarganya" ->
 * keluarga). A name there is left to the name reader (and a body is no doer, see above).
 */
export function passiveAgent(doc: ArticleDoc, s: ArticleDoc['sentences'][number]): string | undefined {
  const word = (i: number) => (i < s.tokenEnd && doc.tokens[i]!.kind === 'word' ? doc.tokens[i]!.text.toLowerCase() : undefined);
  let passive = false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const w = word(i);
    if (w === undefined) continue;
    if (w.startsWith('di') && isVerb(w)) passive = true;
    if (!passive || !agentMarkers.has(w)) continue;
    let j = i + 1;
    while (quantifiers.has(word(j) ?? '') && word(j + 1) !== undefined && !stopwords.has(word(j + 1)!)) j++;
    const head = word(j);
    if (head === undefined || stopwords.has(head)) return undefined;
    const at = doc.tokens[j]!;
    if (doc.mentions.some((m) => m.start <= at.start && at.end <= m.end)) return undefined;
    return `w:${stem(head)}`;
  }
  return undefined;
}

/** Who does what a claim tells, when known. */
export type DoersOf = (c: Claim) => ReadonlySet<string> | undefined;

/**
 * Whether a sentence's known doers are none of those known for an event: then it tells another
 * happening, whatever else points it there (a pointer back at a person, a neighbour's place).
 */
export function doneByOthers(c: Claim, cluster: readonly Claim[], doersOf: DoersOf): boolean {
  const own = doersOf(c);
  if (!own?.size) return false;
  const theirs = cluster.flatMap((o) => [...(doersOf(o) ?? [])]);
  return theirs.length > 0 && !theirs.some((x) => own.has(x));
}
