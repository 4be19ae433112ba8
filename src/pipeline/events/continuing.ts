import type { StoryDoc } from '../types';
import { reportsAnything, type Claim } from './claims';
import { doneByOthers, type DoersOf } from './doers';
import { pointsBack } from './pointing';
import { movesOn } from './words';

// After placing: a sentence that points back at what the sentence before it told goes on telling
// that happening, whatever its wording shares with it.

/** The day or period a pointing sentence may go on telling: any, when its date was only inherited. */
function fits(c: Claim, date: string): boolean {
  if (c.inherited) return date !== 'PAST_REF' || c.date === 'PAST_REF';
  // a year or month written in it ("Liga 1 2017") holds the day of the happening it continues
  return c.date === date || (/^\d{4}(?:-\d{2})?$/.test(c.date) && date.startsWith(c.date));
}

/**
 * A sentence that points back joins the event of the reporting sentence before it in its article
 * (a pronoun at a paragraph's head points at the paragraph before), even from an event that
 * another outlet's undated sentence shares with it: the writer's own pointer says more than
 * shared words, unless it names another doer ("Sosok tersebut diminta mundur oleh keluarganya":
 * the pointer is at the person, not at what they did). Where another outlet writes the date of the happening it tells, it stays. A statement's sentences stay with their statement; a sentence that moves on
 * ("Setelah itu", "Sebelumnya") tells another happening. In reading order, so a run of pointing
 * sentences follows the happening before it.
 */
export function continueBackReferences(byDate: Map<string, Claim[][]>, story: StoryDoc, doersOf: DoersOf = () => undefined): void {
  const at = new Map<string, Claim[][]>();
  // per event, how many members with a written date each article has: read per sentence, kept on moves
  const writtenBy = new Map<Claim[], Map<number, number>>();
  const count = (cluster: Claim[], c: Claim, by: number) => {
    if (c.inherited) return;
    const counts = writtenBy.get(cluster) ?? writtenBy.set(cluster, new Map()).get(cluster)!;
    counts.set(c.article, (counts.get(c.article) ?? 0) + by);
  };
  for (const clusters of byDate.values()) {
    for (const cluster of clusters) {
      for (const c of cluster) {
        (at.get(c.key) ?? at.set(c.key, []).get(c.key)!).push(cluster);
        count(cluster, c, 1);
      }
    }
  }
  const datedElsewhere = (cluster: Claim[], article: number) => [...(writtenBy.get(cluster) ?? [])].some(([a, n]) => a !== article && n > 0);
  const candidates = [...byDate.values()]
    .flat()
    .flatMap((cluster) => cluster.map((c) => ({ c, cluster })))
    .filter(({ c }) => c.unit === undefined && !c.echo)
    .sort((a, b) => a.c.article - b.c.article || a.c.sentence - b.c.sentence || (a.c.date < b.c.date ? -1 : a.c.date > b.c.date ? 1 : 0));
  for (const { c, cluster: from } of candidates) {
    const doc = story.articles[c.article]!;
    const s = doc.sentences[c.sentence]!;
    if (!pointsBack(doc, s) || movesOn(doc, s)) continue;
    // another outlet dates what it tells: that outlet's day is the better evidence
    if (datedElsewhere(from, c.article)) continue;
    // a sentence that tells no happening (a rule, a condition, a comment) is no antecedent: the
    // pointer reaches past it to the last one told
    // and background (a state told on no day, "X merupakan …") that does not fit a dated pointer's
    // day is an aside: "Saat itu" after it still means the day told before it
    const fitting = (k: number) => (at.get(`${doc.id}#${k}`) ?? []).find((cluster) => cluster !== from && cluster.length > 0 && fits(c, cluster[0]!.date) && !doneByOthers(c, cluster, doersOf));
    const aside = (k: number) => (at.get(`${doc.id}#${k}`) ?? []).every((cluster) => cluster[0]?.date === 'PAST_REF');
    let i = c.sentence - 1;
    for (;;) {
      while (doc.sentences[i] && (!reportsAnything(doc, doc.sentences[i]!) || !at.get(`${doc.id}#${i}`)?.length)) i--;
      if (!doc.sentences[i] || c.inherited || fitting(i) || !aside(i)) break;
      i--;
    }
    const to = fitting(i);
    if (!to) continue;
    from.splice(from.indexOf(c), 1);
    count(from, c, -1);
    const moved = { ...c, date: to[0]!.date };
    to.push(moved);
    count(to, moved, 1);
    const mine = at.get(c.key)!;
    mine.splice(mine.indexOf(from), 1, to);
  }
  for (const [date, clusters] of byDate) {
    const kept = clusters.filter((cluster) => cluster.length > 0);
    if (kept.length) byDate.set(date, kept);
    else byDate.delete(date);
  }
}
