import type { SentenceFeatures } from './features';
import { happeningKey } from './predicates';
import { awaitedFeatures } from './lexicon';

export interface Match {
  a: number;
  b: number;
  score: number;
}

export interface MatchOptions {
  /** Weighted Dice overlap (shared weight over the two sentences' mean weight) above which two sentences report one statement. */
  minScore: number;
  /** Share of the shared weight that must come from wording, numbers or dates, not names alone. */
  minSaidShare: number;
  /** Features other than names two sentences must share: one shared word is a coincidence. */
  minSaidShared: number;
  /**
   * Shared words that make one statement without an anchor (a shared name, number or date): two
   * topic words in common ("manajemen", "keputusan") say only that both sentences are on the story.
   */
  minUnanchoredShared: number;
  /**
   * Overlap at which fewer shared words make one statement without an anchor: when the words two
   * short sentences share are most of what both say ("Harga cabai naik lagi" / "Harga cabai
   * kembali naik"), they are not two topic words met by chance in long sentences.
   */
  minCloseScore: number;
  /** Postings visited per sentence while proposing candidates: keeps the search linear. */
  postingBudget: number;
  /** Candidates scored exactly per sentence. */
  candidatesScored: number;
  /** Partners kept per sentence and other article, and in all. */
  partnersPerArticle: number;
  partners: number;
}

/** Names say who, not what: two sentences about the same people need more to be one statement. */
const NAME_WEIGHT = 0.5;
/**
 * What (nearly) every article of a story says is its subject, not one statement: a story about a
 * nuclear summit has "nuklir" in every article, in statements of every kind. Only a story of
 * three or more articles tells its subject from a shared statement.
 */
const TOPIC_WEIGHT = 0.6;
const TOPIC_SHARE = 0.75;
const TOPIC_MIN_ARTICLES = 3;
const isName = (f: string) => f.startsWith('e:') || f.startsWith('h:');
/**
 * Who, how many and when: a named participant, a number or a date tie two wordings to one fact.
 * "Not yet" is a when too: two sentences that both tell a matter still awaited ("belum
 * memutuskan", "masih menunggu keputusan") place it at one time, the time of writing, as a
 * shared date does, and their happenings must still agree.
 */
const awaited: ReadonlySet<string> = new Set(awaitedFeatures);
const isAnchor = (f: string) => f.startsWith('e:') || f.startsWith('n:') || f.startsWith('t:') || awaited.has(f);

const weightsRead = new WeakMap<readonly SentenceFeatures[], Map<string, number>>();

/** idf × kind weight of every feature of the story, worked out once: the scorer and the matcher both ask. */
function featureWeights(sentences: readonly SentenceFeatures[]): Map<string, number> {
  let known = weightsRead.get(sentences);
  if (!known) weightsRead.set(sentences, (known = readFeatureWeights(sentences)));
  return known;
}

function readFeatureWeights(sentences: readonly SentenceFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  const articlesOf = new Map<string, Set<number>>();
  const articles = new Set<number>();
  for (const s of sentences) {
    articles.add(s.article);
    for (const f of s.features) {
      df.set(f, (df.get(f) ?? 0) + 1);
      (articlesOf.get(f) ?? articlesOf.set(f, new Set()).get(f)!).add(s.article);
    }
  }
  const n = sentences.length + 1;
  const isTopic = (f: string) => articles.size >= TOPIC_MIN_ARTICLES && articlesOf.get(f)!.size >= TOPIC_SHARE * articles.size;
  return new Map([...df].map(([f, d]) => [f, Math.log(n / d) * (isName(f) ? NAME_WEIGHT : 1) * (isTopic(f) ? TOPIC_WEIGHT : 1)]));
}

/**
 * Pairs of sentences in different articles whose wording, names, numbers and dates overlap
 * enough to be one statement. Candidates come from the rarest features first, through an
 * inverted index walked within a fixed budget, so a story of many copies stays near-linear.
 */
/** How much of two sentences' weighted features they share, and how much of that is not names. */
export interface Overlap {
  score: number;
  said: number;
  shared: number;
  saidCount: number;
  anchored: boolean;
  /** One sentence denies a predicate the other, which denies nothing, states; or one says what ought to be done, the other what is. */
  contradicts: boolean;
  /** Both sentences give figures (counts, amounts, lengths of time) and none of them agree: "tiga pelamar gagal" against "lima pelamar lolos". */
  figuresDiffer: boolean;
  /** Both sentences are dated and in no year in common: "Pada 2013, banjir merendam ..." recalls another flood. */
  yearsDiffer: boolean;
  /** Both sentences report happenings and neither names one the other mentions: "ditangkap" against "dibebaskan". */
  happeningsDiffer: boolean;
  /** Both sentences name who acts (or who is acted on) in their main happening, and not the same: "Putin tiba" against "Kim tiba". */
  rolesDiffer: boolean;
}

const YEAR = /^[ty]:(\d{4})/;
const yearsOf = (features: string[]) => new Set(features.flatMap((f) => YEAR.exec(f)?.[1] ?? []));

const DAY = /^t:(\d{4})-\d{2}-\d{2}/;
const yearsOfDays = (features: string[]) => new Set(features.flatMap((f) => DAY.exec(f)?.[1] ?? []));

/** A count or an amount, or a length of time ("lima tahun penjara"): what a fact measures. */
const isFigure = (f: string) => f.startsWith('n:') || f.startsWith('t:P');

const DENIED = 'w:!';
const denials = (features: string[]) => features.filter((f) => f.startsWith(DENIED)).map((f) => `w:${f.slice(DENIED.length)}`);

/**
 * One statement has one happening: two sentences that each report some, and neither mentions a
 * happening of the other (as a verb, its noun or any word of the same root), tell two things
 * that befell the same people ("Budi ditangkap" and "Budi dibebaskan").
 */
function otherHappenings(a: SentenceFeatures, b: SentenceFeatures, keysA: ReadonlySet<string>, keysB: ReadonlySet<string>): boolean {
  if (!a.happenings.length || !b.happenings.length) return false;
  return !a.happenings.some((h) => keysB.has(happeningKey(h))) && !b.happenings.some((h) => keysA.has(happeningKey(h)));
}

const sameHappening = (a: SentenceFeatures, b: SentenceFeatures) =>
  (!a.happenings.length && !b.happenings.length) || a.happenings.some((h) => b.happenings.some((k) => happeningKey(h) === happeningKey(k)));

/** Both sentences report a happening, and one of them the same: what a date shared in its year can anchor. */
const shareHappening = (a: SentenceFeatures, b: SentenceFeatures) => a.happenings.some((h) => b.happenings.some((k) => happeningKey(h) === happeningKey(k)));

const differ = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && x !== y;
const otherRoles = (a: SentenceFeatures, b: SentenceFeatures) => differ(a.agent, b.agent) || differ(a.patient, b.patient);

const NO_STRINGS: readonly string[] = [];
const NO_SET: ReadonlySet<string> = new Set();
/** A list, or the one shared empty list when it is empty. */
const orNone = (xs: readonly string[]): readonly string[] => (xs.length ? xs : NO_STRINGS);
/** A set of a list, or the one shared empty set when there is nothing in it. */
const setOf = (xs: readonly string[] | undefined): ReadonlySet<string> => (xs?.length ? new Set(xs) : NO_SET);

/** Scores two sentences of the story; `statement` gives the overlap only of a pair that `isStatement` keeps. */
export interface OverlapScorer {
  (i: number, j: number): Overlap;
  statement(i: number, j: number, o: StatementOptions): Overlap | undefined;
}

type StatementOptions = Pick<MatchOptions, 'minScore' | 'minSaidShare' | 'minSaidShared' | 'minUnanchoredShared' | 'minCloseScore'>;

/** Whether `ys` holds any of `xs`: a plain loop, as it runs for every pair scored. */
function someShared(xs: readonly string[], ys: ReadonlySet<string>): boolean {
  for (let k = 0; k < xs.length; k++) if (ys.has(xs[k]!)) return true;
  return false;
}

/**
 * The story's features numbered, and every sentence's as numbers laid end to end in two typed
 * arrays, in its own order and sorted: whether a sentence has a feature is a binary search there,
 * where a set per sentence would cost a few hundred bytes each over tens of thousands of sentences.
 */
function numberedFeatures(sentences: readonly SentenceFeatures[], weight: ReadonlyMap<string, number>) {
  const ids = new Map<string, number>();
  const from = new Int32Array(sentences.length + 1);
  for (let i = 0; i < sentences.length; i++) from[i + 1] = from[i]! + sentences[i]!.features.length;
  const inOrder = new Int32Array(from[sentences.length]!);
  sentences.forEach((s, i) => {
    s.features.forEach((f, k) => {
      let id = ids.get(f);
      if (id === undefined) ids.set(f, (id = ids.size));
      inOrder[from[i]! + k] = id;
    });
  });
  const sorted = inOrder.slice();
  for (let i = 0; i < sentences.length; i++) sorted.subarray(from[i]!, from[i + 1]!).sort();
  const weightOfId = new Float64Array(ids.size);
  for (const [f, id] of ids) weightOfId[id] = weight.get(f)!;
  /** Whether sentence i has the feature numbered `id` (-1 for one no sentence has). */
  const has = (i: number, id: number) => {
    let lo = from[i]!;
    let hi = from[i + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    return lo < from[i + 1]! && sorted[lo] === id;
  };
  return {
    has,
    weightOfId,
    /** Where each sentence's features begin in `inOrder`, the features as numbers in their own order. */
    from,
    inOrder,
    idOfFeature: (f: string) => ids.get(f) ?? -1,
  };
}

/**
 * Scores any two sentences of the story: weighted Dice overlap of their features. What the
 * shared features weigh is summed first; a pair too weak to be one statement by that alone is
 * turned down before its other checks run and its record is built, as most candidates are.
 */
export function overlapScorer(sentences: readonly SentenceFeatures[]): OverlapScorer {
  const weight = featureWeights(sentences);
  const mass = sentences.map((s) => s.features.reduce((sum, f) => sum + weight.get(f)!, 0));
  const { has, from, inOrder, idOfFeature, weightOfId } = numberedFeatures(sentences, weight);
  // what is empty for most sentences (years, denials, background, speakers) is one shared empty
  // list or set, and the happening keys are read only for the pairs that get that far: a story
  // of 2,000 articles has 60,000 sentences, each set of them a few hundred bytes
  const happeningKeys: (ReadonlySet<string> | undefined)[] = [];
  const happeningKeysOf = (i: number) => (happeningKeys[i] ??= new Set(sentences[i]!.features.map(happeningKey)));
  const hasFigure = sentences.map((s) => s.features.some(isFigure));
  const years = sentences.map((s) => orNone([...yearsOf(s.features)]));
  const dayYears = sentences.map((s) => orNone([...yearsOfDays(s.features)]));
  const dayYearSets = dayYears.map(setOf);
  const yearSets = years.map(setOf);
  const denied = sentences.map((s) => orNone(denials(s.features)));
  // "tidak hadir" states that something did not take place; a sentence stating, undenied, that something else did is another claim
  const deniesHappening = sentences.map((s, i) => s.happenings.some((h) => denied[i]!.includes(h)));
  const background = sentences.map((s) => setOf(s.background));
  const speakers = sentences.map((s) => setOf(s.speakers));
  // what the shared features of the pair last read add up to: the sums live in a typed array, as
  // a number kept in a variable the closures share would be stored anew on every addition
  const sums = new Float64Array(4);
  const SHARED = 0, SAID = 1, SAID_COUNT = 2, SCORE = 3;
  let anchored = false, sharedFigure = false, bySpeaker = false;
  const readShared = (i: number, j: number) => {
    anchored = false;
    sharedFigure = false;
    bySpeaker = false;
    let shared = 0, said = 0, saidCount = 0;
    const features = sentences[j]!.features;
    const base = from[j]!;
    for (let k = 0; k < features.length; k++) {
      const id = inOrder[base + k]!;
      if (!has(i, id)) continue;
      const f = features[k]!;
      if (isFigure(f)) sharedFigure = true;
      const w = weightOfId[id]!;
      shared += w;
      // what a relative clause recalls of a noun tells who is meant, like a name
      const who = isName(f) || background[i]!.has(f) || background[j]!.has(f);
      if (isAnchor(f) && speakers[i]!.has(f) && speakers[j]!.has(f)) bySpeaker = true;
      else if (isAnchor(f)) anchored = true;
      if (!who) {
        said += w;
        saidCount++;
      }
    }
    const total = mass[i]! + mass[j]!;
    sums[SHARED] = shared;
    sums[SAID] = said;
    sums[SAID_COUNT] = saidCount;
    sums[SCORE] = total ? (2 * shared) / total : 0;
  };
  /**
   * "Djanur tidak melatih" against "Djanur melatih": opposite claims, not one statement. Two
   * sentences that both deny something may still report one fact in other words ("tidak hadir"
   * and "tidak melatih"), so only a sentence without any denial is read as stating the opposite.
   * So is one that states, undenied, another happening than the one denied ("tidak hadir"
   * against "sore ini melatih"): an outlet reporting the same absence would deny it too.
   */
  // "belum memutuskan" and "masih menunggu keputusan" both say the decision is awaited: one pending matter, no opposite claims
  const hasFeature = (i: number, f: string) => has(i, idOfFeature(f));
  const bothAwait = (a: number, b: number) => awaitedFeatures.some((f) => hasFeature(a, f) && hasFeature(b, f));
  const contradicts = (a: number, b: number) => denied[a]!.length > 0 && !denied[b]!.length && !bothAwait(a, b) && (denied[a]!.some((f) => hasFeature(b, f)) || (deniesHappening[a]! && sentences[b]!.happenings.length > 0 && !shareHappening(sentences[a]!, sentences[b]!)));
  const overlapOf = (i: number, j: number): Overlap => {
    // two quotes of one speaker are one statement when they tell one happening (or neither tells any), not merely because one person spoke
    if (bySpeaker && sameHappening(sentences[i]!, sentences[j]!)) anchored = true;
    const figuresDiffer = hasFigure[i]! && hasFigure[j]! && !sharedFigure;
    // two calendar days of one year on one predicate: outlets that disagree on the day of one fact;
    // two things that happened on days of one year are not one fact by their dates alone
    if (someShared(dayYears[i]!, dayYearSets[j]!) && shareHappening(sentences[i]!, sentences[j]!)) anchored = true;
    const yearsDiffer = years[i]!.length > 0 && years[j]!.length > 0 && !someShared(years[i]!, yearSets[j]!);
    const happeningsDiffer = sentences[i]!.happenings.length > 0 && sentences[j]!.happenings.length > 0 && otherHappenings(sentences[i]!, sentences[j]!, happeningKeysOf(i), happeningKeysOf(j));
    const rolesDiffer = otherRoles(sentences[i]!, sentences[j]!);
    // what ought to be done ("jembatan itu harus segera diperbaiki") is no report of what was done
    const moodsDiffer = !sentences[i]!.obliges !== !sentences[j]!.obliges;
    return { score: sums[SCORE]!, said: sums[SAID]!, shared: sums[SHARED]!, saidCount: sums[SAID_COUNT]!, anchored, contradicts: contradicts(i, j) || contradicts(j, i) || moodsDiffer, figuresDiffer, yearsDiffer, happeningsDiffer, rolesDiffer };
  };
  const scorer = (i: number, j: number) => {
    readShared(i, j);
    return overlapOf(i, j);
  };
  scorer.statement = (i: number, j: number, o: StatementOptions) => {
    readShared(i, j);
    if (tooWeak(sums[SCORE]!, sums[SAID]!, sums[SHARED]!, sums[SAID_COUNT]!, o)) return undefined;
    const m = overlapOf(i, j);
    return isStatement(m, o) ? m : undefined;
  };
  return scorer;
}

/** The tests of `isStatement` that the shared weight alone answers: too little overlap, or mostly names. */
const tooWeak = (score: number, said: number, shared: number, saidCount: number, o: StatementOptions) =>
  score < o.minScore || said < o.minSaidShare * shared || saidCount < o.minSaidShared;

/**
 * Pairs of sentences in different articles whose wording, names, numbers and dates overlap
 * enough to be one statement. Candidates come from the rarest features first, through an
 * inverted index walked within a fixed budget, so a story of many copies stays near-linear.
 */
export function matchSentences(sentences: readonly SentenceFeatures[], o: MatchOptions, overlap: OverlapScorer = overlapScorer(sentences)): Match[] {
  const weight = featureWeights(sentences);
  const postings = new Map<string, number[]>();
  sentences.forEach((s, i) => s.features.forEach((f) => (postings.get(f) ?? postings.set(f, []).get(f)!).push(i)));
  // the story's features numbered from the rarest (ties in spelling order), sorted once: each
  // sentence's features are then put rarest first by sorting their numbers
  const rarest = [...postings.keys()].sort((x, y) => postings.get(x)!.length - postings.get(y)!.length || (x < y ? -1 : 1));
  const rankOf = new Map(rarest.map((f, r) => [f, r]));
  const postingsAt = rarest.map((f) => postings.get(f)!);
  const weightAt = Float64Array.from(rarest, (f) => weight.get(f)!);
  const ranks = new Int32Array(sentences.reduce((most, s) => Math.max(most, s.features.length), 0));
  const n = sentences.length;
  // each sentence's article in a typed array: the posting walk below reads it for every posting
  const articleOf = Int32Array.from(sentences, (s) => s.article);
  const proposed = new Map<number, Match>();
  const partial = new Float64Array(n);
  const touched: number[] = [];
  sentences.forEach((s, i) => {
    if (!s.features.length) return;
    let budget = o.postingBudget;
    s.features.forEach((f, k) => (ranks[k] = rankOf.get(f)!));
    const byRarity = ranks.subarray(0, s.features.length).sort();
    for (let k = 0; k < byRarity.length; k++) {
      const w = weightAt[byRarity[k]!]!;
      const list = postingsAt[byRarity[k]!]!;
      for (let p = 0; p < list.length; p++) {
        const j = list[p]!;
        if (budget-- <= 0) break;
        if (articleOf[j] === s.article) continue;
        if (partial[j] === 0) touched.push(j);
        partial[j] = partial[j]! + w;
      }
      if (budget <= 0) break;
    }
    const candidates = strongest(touched, partial, o.candidatesScored);
    for (const j of touched) partial[j] = 0;
    touched.length = 0;
    for (const j of candidates) {
      const m = overlap.statement(i, j, o);
      if (m) proposed.set(Math.min(i, j) * n + Math.max(i, j), { a: Math.min(i, j), b: Math.max(i, j), score: m.score });
    }
  });
  return withinDegree(sentences, [...proposed.values()], o);
}

/**
 * No contradiction, enough overlap, not from names alone, more than one shared word, and an anchor
 * unless many. Without a shared anchor, two sentences giving different figures state different
 * facts of one topic; with one (the same place, person or day), differing figures are outlets
 * disagreeing on one fact, which the passage must keep together. Sentences dated in different
 * years tell different happenings (outlets that disagree on a date disagree on the day, not the year).
 */
export function isStatement(m: Overlap, o: StatementOptions): boolean {
  if (m.contradicts || m.yearsDiffer || m.happeningsDiffer || m.rolesDiffer || tooWeak(m.score, m.said, m.shared, m.saidCount, o)) return false;
  return m.anchored || ((m.saidCount >= o.minUnanchoredShared || m.score >= o.minCloseScore) && !m.figuresDiffer);
}

/**
 * Matches strongest first, each kept while both its sentences have fewer than `partners` in all
 * and `partnersPerArticle` in the other's article: no sentence becomes a hub that every copy of
 * a wire links to, so grouping stays linear too.
 */
function withinDegree(sentences: readonly SentenceFeatures[], matches: Match[], o: MatchOptions): Match[] {
  const degree = new Map<number, number>();
  // a sentence and another article as one number (sentence × articles + article), not a string per match
  const articles = sentences.reduce((most, s) => Math.max(most, s.article + 1), 0);
  const perArticle = new Map<number, number>();
  const kept: Match[] = [];
  for (const m of matches.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)) {
    const ka = m.a * articles + sentences[m.b]!.article, kb = m.b * articles + sentences[m.a]!.article;
    if ((degree.get(m.a) ?? 0) >= o.partners || (degree.get(m.b) ?? 0) >= o.partners) continue;
    if ((perArticle.get(ka) ?? 0) >= o.partnersPerArticle || (perArticle.get(kb) ?? 0) >= o.partnersPerArticle) continue;
    degree.set(m.a, (degree.get(m.a) ?? 0) + 1);
    degree.set(m.b, (degree.get(m.b) ?? 0) + 1);
    perArticle.set(ka, (perArticle.get(ka) ?? 0) + 1);
    perArticle.set(kb, (perArticle.get(kb) ?? 0) + 1);
    kept.push(m);
  }
  return kept.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** The k entries of `ids` with the highest `score`, ties to the lower id, without sorting them all. */
function strongest(ids: readonly number[], score: Float64Array, k: number): number[] {
  const top: number[] = [];
  const better = (x: number, y: number) => score[x]! > score[y]! || (score[x] === score[y] && x < y);
  for (const id of ids) {
    if (top.length === k && !better(id, top[k - 1]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && better(id, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = id;
  }
  return top;
}
