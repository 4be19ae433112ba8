import type { Claim } from './claims';
import { pairSum, wordingsOf, type Scores, type Wordings } from './scores';
import { similarity } from './similarity';
import { doingsOfGroup, mergeDoings, twoDoings, type Doing } from './doing-veto';

/** Average similarity at which two groups of same-day sentences report one happening. */
export const MERGE_AT = 0.2;

/**
 * What two groups whose days are both only inherited (from a paragraph or the article) must agree
 * beyond MERGE_AT: such a day is a guess, where a day written in the sentences is evidence of its own.
 */
export const UNDATED_MARGIN = 0.05;

/** Paragraphs of one article this close may go on telling one happening without a date to say so. */
const NEAR_PARAGRAPHS = 1;

/** Mean pairwise similarity of two groups, with pair scores remembered. */
export function linkage(idf: (w: string) => number): (a: Claim[], b: Claim[]) => number {
  const sim = new Map<string, number>();
  const pair = (a: Claim, b: Claim) => {
    const k = a.key < b.key ? `${a.key}|${b.key}` : `${b.key}|${a.key}`;
    let v = sim.get(k);
    if (v === undefined) sim.set(k, (v = a.key === b.key ? 1 : similarity(a, b, idf)));
    return v;
  };
  return (ga, gb) => {
    let total = 0;
    for (const a of ga) for (const b of gb) total += pair(a, b);
    return total / (ga.length * gb.length);
  };
}

/**
 * Summed pair scores of every two groups that share a root, an entity or a sentence; any other
 * two score exactly 0 together and are left out, so a day of many unrelated sentences costs
 * the pairs that share something rather than every pair.
 */
function summedPairs(wordings: Wordings[], scores: Scores): Map<number, number>[] {
  // roots, entities and sentence keys numbered once, each kind apart (a root and an entity spelt
  // alike are two words): a group's words are then numbers, with no key joined for each
  const byWord: number[][] = [];
  const roots = new Map<string, number>();
  const entities = new Map<string, number>();
  const keys = new Map<string, number>();
  const idOf = (ids: Map<string, number>, w: string) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = byWord.push([]) - 1));
    return id;
  };
  const wordsOf = (w: Wordings) => {
    const out = new Set<number>();
    for (const c of w.claims) {
      for (const r of c.roots) out.add(idOf(roots, r));
      for (const e of c.entities) out.add(idOf(entities, e));
    }
    for (const key of w.keys.keys()) out.add(idOf(keys, key));
    return out;
  };
  const words = wordings.map(wordsOf);
  words.forEach((set, i) => {
    for (const w of set) byWord[w]!.push(i);
  });
  const sums = wordings.map(() => new Map<number, number>());
  const stamp = new Int32Array(wordings.length).fill(-1);
  words.forEach((set, i) => {
    for (const w of set) {
      for (const j of byWord[w]!) {
        if (j <= i || stamp[j] === i) continue;
        stamp[j] = i;
        const v = pairSum(wordings[i]!, wordings[j]!, scores);
        sums[i]!.set(j, v);
        sums[j]!.set(i, v);
      }
    }
  });
  return sums;
}

/**
 * Average-link clustering of the claims of one date: the closest pair of groups merges while
 * their mean pairwise similarity stays above MERGE_AT. Ties break on position, so the result is
 * the same on every run. Two sentences of one article merge only when they share wording.
 * Summed similarities between groups are kept and added up on each merge, so every step costs
 * one scan over the pairs of groups rather than over the pairs of sentences.
 */
export function clusterDay(
  start: Claim[][],
  scores: Scores,
  doersOf: (c: Claim) => ReadonlySet<string> | undefined = () => undefined,
  doingOf: (c: Claim) => Doing | undefined = () => undefined,
): Claim[][] {
  const groups = start.map((g) => [...g]);
  const n = groups.length;
  const alive = groups.map(() => true);
  const wordings = groups.map((g) => wordingsOf(g, scores));
  const sums = summedPairs(wordings, scores);
  // what two different people said are two sayings, however alike the words, and a statement
  // is not the happening it tells (its dated sentences also take part as echoes for that)
  const speakers = groups.map((g) => new Set(g.flatMap((c) => (c.speaker === undefined ? [] : [c.speaker]))));
  const addressees = groups.map((g) => new Set(g.flatMap((c) => (c.addressee === undefined ? [] : [c.addressee]))));
  const apart = (i: number, j: number) => {
    const [a, b] = [speakers[i]!, speakers[j]!];
    // an interview given to one named outlet is not the one given to another
    if (addressees[i]!.size && addressees[j]!.size && [...addressees[j]!].some((x) => !addressees[i]!.has(x))) return true;
    if (!a.size || !b.size) return a.size !== b.size;
    for (const x of b) if (!a.has(x)) return true;
    return a.size !== b.size;
  };
  // an article tells one happening in one stretch: two of its undated groups paragraphs apart are
  // two happenings (its aspects told in turn) unless another outlet's report joins them
  const places = groups.map((g) => ({ articles: new Set(g.map((c) => c.article)), undated: g.every((c) => c.inherited), paragraphs: new Set(g.map((c) => c.paragraph)) }));
  const farApart = (i: number, j: number) => {
    const [a, b] = [places[i]!, places[j]!];
    if (a.articles.size !== 1 || b.articles.size !== 1 || !a.undated || !b.undated) return false;
    if ([...a.articles][0] !== [...b.articles][0]) return false;
    for (const p of a.paragraphs) for (const q of b.paragraphs) if (Math.abs(p - q) <= NEAR_PARAGRAPHS) return false;
    return true;
  };
  // who did it is part of what happened: "Putin tiba" and "Kim tiba" on one day are two
  // arrivals, however alike the words; groups whose doers are known and none shared stay apart
  const doers = groups.map((g) => new Set(g.flatMap((c) => [...(doersOf(c) ?? [])])));
  const otherDoers = (i: number, j: number) => {
    const [a, b] = [doers[i]!, doers[j]!];
    if (!a.size || !b.size) return false;
    for (const x of a) if (b.has(x)) return false;
    return true;
  };
  // one person doing two things on one day ("X mundur", "X tak hadir latihan"): the same doers
  // with main predicates of other senses and no verb's root in common are two happenings
  const doings = groups.map((g) => doingsOfGroup(g, doingOf));
  const sharesArticle = (i: number, j: number) => [...places[i]!.articles].some((x) => places[j]!.articles.has(x));
  const otherDoing = (i: number, j: number) => {
    const [a, b] = [doers[i]!, doers[j]!];
    // with no person named as doer on either side, two outlets' narration of two doings (not a
    // statement, whose predicate may be the saying) is two happenings too: "Tim SAR melanjutkan
    // pencarian" and "Polres memeriksa pemilik kapal" on one day; within one article a lead and the
    // sentence after it often tell one happening with two verbs ("menjuarai" / "menang")
    if (!a.size && !b.size) return !speakers[i]!.size && !speakers[j]!.size && !sharesArticle(i, j) && twoDoings(doings[i]!, doings[j]!);
    if (!a.size || !b.size || ![...a].some((x) => b.has(x))) return false;
    return twoDoings(doings[i]!, doings[j]!);
  };
  // and one person doing one thing (a main predicate of one sense: "mundur" / "mengundurkan diri")
  // on one day is one happening, however few other words two outlets' reports of it share
  const sameDoing = (i: number, j: number) => {
    const [a, b] = [doers[i]!, doers[j]!];
    if (!a.size && !b.size) return sameUndergone(i, j);
    if (!a.size || !b.size || ![...a].some((x) => b.has(x))) return false;
    return [...doings[i]!.main].some((x) => doings[j]!.main.has(x));
  };
  // with no doer named on either side, one article telling one main predicate of the same thing
  // twice on one day ("Seluruh korban … ditemukan" / "Dua korban terakhir ditemukan tim SAR") tells
  // one happening, unless the two name different people
  const rootsOf = groups.map((g) => new Set(g.flatMap((c) => [...c.roots])));
  const sameUndergone = (i: number, j: number) => {
    const [pa, pb] = [places[i]!.articles, places[j]!.articles];
    if (pa.size !== 1 || pb.size !== 1 || [...pa][0] !== [...pb][0]) return false;
    const shared = [...doings[i]!.main].filter((x) => doings[j]!.main.has(x));
    if (!shared.length) return false;
    const [na, nb] = [doings[i]!.people, doings[j]!.people];
    if (na.size && nb.size && ![...na].some((x) => nb.has(x))) return false;
    const main = new Set(shared);
    return [...rootsOf[i]!].some((r) => !main.has(r) && rootsOf[j]!.has(r));
  };
  const margin = (i: number, j: number) => (places[i]!.undated && places[j]!.undated ? UNDATED_MARGIN : 0);
  const avg = (i: number, j: number) => {
    if (apart(i, j) || farApart(i, j) || otherDoers(i, j) || otherDoing(i, j)) return -1;
    const v = (sums[i]!.get(j) ?? 0) / (groups[i]!.length * groups[j]!.length) - margin(i, j);
    return sameDoing(i, j) ? Math.max(v, MERGE_AT) : v;
  };
  // each group's closest later group (the first one on ties), refreshed only where a merge touched it
  const best: number[] = [];
  const arg: number[] = [];
  const refresh = (i: number) => {
    best[i] = -1;
    arg[i] = -1;
    // only groups sharing a word score above 0, and a pair below MERGE_AT never merges, so the
    // closest of these (the first on ties) is the closest of all wherever it can merge
    for (const j of sums[i]!.keys()) {
      if (j <= i || !alive[j]) continue;
      const v = avg(i, j);
      if (v > best[i]! || (v === best[i] && j < arg[i]!)) [best[i], arg[i]] = [v, j];
    }
  };
  for (let i = 0; i < n; i++) refresh(i);
  for (;;) {
    let bi = -1;
    for (let i = 0; i < n; i++) if (alive[i] && arg[i]! >= 0 && (bi < 0 || best[i]! > best[bi]!)) bi = i;
    if (bi < 0 || best[bi]! < MERGE_AT) break;
    const bj = arg[bi]!;
    groups[bi] = [...groups[bi]!, ...groups[bj]!];
    for (const x of speakers[bj]!) speakers[bi]!.add(x);
    for (const x of addressees[bj]!) addressees[bi]!.add(x);
    for (const x of doers[bj]!) doers[bi]!.add(x);
    mergeDoings(doings[bi]!, doings[bj]!);
    for (const x of places[bj]!.articles) places[bi]!.articles.add(x);
    for (const x of places[bj]!.paragraphs) places[bi]!.paragraphs.add(x);
    places[bi]!.undated &&= places[bj]!.undated;
    alive[bj] = false;
    for (const [k, v] of sums[bj]!) {
      if (!alive[k] || k === bi) continue;
      const merged = (sums[bi]!.get(k) ?? 0) + v;
      sums[bi]!.set(k, merged);
      sums[k]!.set(bi, merged);
    }
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      if (i === bi || arg[i] === bj || (i < bi && arg[i] === bi)) refresh(i);
      else if (i < bi) {
        const v = avg(i, bi);
        if (v > best[i]! || (v === best[i] && bi < arg[i]!)) [best[i], arg[i]] = [v, bi];
      }
    }
  }
  return groups.filter((_, i) => alive[i]);
}
