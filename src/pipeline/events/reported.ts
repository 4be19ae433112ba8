import eventWords from '../../../data/lexicon/event-words.json';
import { stem } from '../language/id';
import type { StoryDoc } from '../types';
import type { Claim } from './claims';
import type { Doing } from './doing-veto';
import type { Scores } from './scores';
import { QUOTE_MARKS } from './words';

/** Mean similarity to an event at which a statement's sentence is taken to tell its happening too. */
export const REPORTED_AT = 0.25;
/** Days between a saying and the happening it tells: what was just done, or is about to be. */
const REACH_DAYS = 7;
/**
 * The most sentences of one event a statement's sentence is compared with (the first it holds):
 * an event that many copies of one wire report is judged on a sample, so the work grows with the
 * story and not with the square of its copies.
 */
export const MAX_COMPARED = 32;

/** The doing of a saying ("mengatakan", "menyatakan") names no happening of its own. */
const sayings: ReadonlySet<string> = new Set([...eventWords.sayingWords, ...eventWords.sayingVerbs].map((w) => stem(w)));
const futureMarkers: ReadonlySet<string> = new Set(eventWords.futureMarkers);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

const sayingForms: ReadonlySet<string> = new Set([...eventWords.sayingWords, ...eventWords.sayingVerbs]);

/**
 * How a statement's sentence speaks: whether it gives the speaker's words (a quotation, a verb of
 * saying; narration between them, "Dia lalu berjabat tangan ...", tells its own happening), and
 * whether of what is still to come ("akan", "segera": its happening lies after the saying).
 */
function voiceOf(doc: StoryDoc['articles'][number], c: Claim): { words: boolean; ahead: boolean } {
  const s = doc.sentences[c.sentence]!;
  const out = { words: false, ahead: false };
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    const lower = t.text.toLowerCase();
    if (QUOTE_MARKS.has(t.text) || (t.kind === 'word' && sayingForms.has(lower))) out.words = true;
    if (t.kind === 'word' && futureMarkers.has(lower)) out.ahead = true;
  }
  return out;
}

/**
 * A statement is a saying, and what the speaker says may be a happening the story reports too:
 * '"Kami sudah mencegah X ke luar negeri," kata Y' tells of the travel ban another sentence
 * dates. A sentence of a statement that gives the speaker's words then also mentions that
 * happening's event: among the events whose narrated sentences (outside any statement) have as
 * main predicate a doing the speaker's sentence names, and that lie in the week before the
 * saying (after it, when told as still to come), the one whose sentences telling that doing are
 * closest to it on average, if close enough. The saying keeps the sentence too.
 */
export function attachReported(byDate: Map<string, Claim[][]>, story: StoryDoc, scores: Scores, doingOf: (c: Claim) => Doing | undefined): void {
  // events by the doings their narrated sentences tell
  const byDoing = new Map<string, Set<Claim[]>>();
  const dateOf = new Map<Claim[], string>();
  const statements: { c: Claim; date: string }[] = [];
  const home = new Map<string, Set<Claim[]>>();
  for (const [date, clusters] of byDate) {
    for (const cluster of clusters) {
      dateOf.set(cluster, date);
      for (const c of cluster) {
        (home.get(c.key) ?? home.set(c.key, new Set()).get(c.key)!).add(cluster);
        if (c.unit !== undefined && !c.echo) statements.push({ c, date });
        if (c.unit !== undefined) continue;
        for (const x of doingOf(c)?.main ?? []) if (!sayings.has(x)) (byDoing.get(x) ?? byDoing.set(x, new Set()).get(x)!).add(cluster);
      }
    }
  }
  const moves: { cluster: Claim[]; claim: Claim }[] = [];
  for (const { c, date } of statements.sort((a, b) => a.c.article - b.c.article || a.c.sentence - b.c.sentence)) {
    const { words, ahead } = voiceOf(story.articles[c.article]!, c);
    if (!DAY.test(date) || !words) continue;
    const candidates = new Set<Claim[]>();
    const told = doingOf(c);
    const doings = new Set([...(told?.main ?? []), ...(told?.words ?? [])]);
    for (const r of doings) for (const cluster of byDoing.get(r) ?? []) if (!home.get(c.key)!.has(cluster)) candidates.add(cluster);
    let best: { cluster: Claim[]; v: number } | null = null;
    for (const cluster of candidates) {
      const other = dateOf.get(cluster)!;
      if (!DAY.test(other)) continue;
      const gap = ahead ? daysBetween(date, other) : daysBetween(other, date);
      if (gap < 0 || gap > REACH_DAYS) continue;
      // compared with the event's sentences that tell that doing, not with all it gathered
      let sum = 0;
      let n = 0;
      for (const m of cluster) {
        if (m.unit !== undefined || ![...(doingOf(m)?.main ?? [])].some((x) => doings.has(x) && !sayings.has(x))) continue;
        sum += scores.similarity(c, m);
        if (++n === MAX_COMPARED) break;
      }
      const v = n ? sum / n : 0;
      if (v >= REPORTED_AT && (!best || v > best.v)) best = { cluster, v };
    }
    if (best) moves.push({ cluster: best.cluster, claim: { ...c, echo: true, unit: undefined, speaker: undefined, addressee: undefined, date: dateOf.get(best.cluster)! } });
  }
  // decided on the clustering as it stands
  for (const { cluster, claim } of moves) cluster.push(claim);
}
