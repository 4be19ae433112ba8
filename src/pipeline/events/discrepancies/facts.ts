import { lowerBound } from '../within';
import claims from '../../../../data/lexicon/claims.json';
import type { Discrepancy, Quantity } from '../../../shared/digest/schema';
import type { ArticleDoc, Sentence, StoryDoc, TimexDraft, Token, TokenRange } from '../../types';
import { spansInTokens } from '../../tokens';
import { dice, sentenceEntities, sentenceRoots } from '../words';
import { amountsIn, badConversions } from './money';
import { measuresIn } from './measures';
import { discrepancy, tidySpans } from './shared';

/** Lengths of time compare within a family: calendar (in months), days, clock time (in seconds); a day of talks is no count of hours. */
const DURATION_PARTS: { unit: string; family: string; size: number }[] = [
  { unit: 'decade', family: 'calendar', size: 120 },
  { unit: 'year', family: 'calendar', size: 12 },
  { unit: 'month', family: 'calendar', size: 1 },
  { unit: 'week', family: 'days', size: 7 },
  { unit: 'day', family: 'days', size: 1 },
  { unit: 'hour', family: 'clock', size: 3600 },
  { unit: 'minute', family: 'clock', size: 60 },
  { unit: 'second', family: 'clock', size: 1 },
];

export interface DurationFigure {
  /** Shown: the amount in the largest unit written ("P5Y6M" -> 5.5 year). */
  amount: number;
  unit: string;
  /** calendar, days or clock: figures of different families are not compared. */
  family: string;
  /** The whole length in the family's smallest unit, so "PT1H12M" and "PT72M" agree. */
  total: number;
}

/**
 * "P5Y6M" -> 5.5 year (66 months), "PT50M" -> 50 minute. A length mixing families ("P1DT2H") or
 * vague ("PXY") has no one amount and is left out.
 */
export function durationQuantity(value: string): DurationFigure | null {
  const m = /^P(\d+(?:\.\d+)?DE)?(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?(?:T(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$/.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return null;
  const parts = DURATION_PARTS.map((p, i) => ({ ...p, n: m[i + 1] ? parseFloat(m[i + 1]!) : null })).filter((p) => p.n !== null);
  if (!parts.length || new Set(parts.map((p) => p.family)).size > 1) return null;
  const total = parts.reduce((sum, p) => sum + p.n! * p.size, 0);
  const largest = parts[0]!;
  return { amount: Math.round((total / largest.size) * 100) / 100, unit: largest.unit, family: largest.family, total };
}

/** Sentences about one fact share this much wording and naming (Dice over roots and entities). */
export const SAME_FACT = 0.3;

interface Figure {
  amount: number;
  unit: string;
  /** Figures compare within one dimension: lengths of time of one family, money in one currency. */
  dimension: string;
  /** The value compared: a length's total in its family's smallest unit, a sum of money. */
  key: number;
  text: string;
  start: number;
  end: number;
}

interface Measured {
  doc: ArticleDoc;
  s: Sentence;
  figures: Figure[];
  roots: Set<string>;
  entities: Set<string>;
  people: Set<string>;
  /** Per dimension, the figures' values once each, in order: two sentences give the same values when these match. */
  values: Map<string, string>;
}

/** The values of each dimension as one text: sets of values compare as texts. */
function valuesByDimension(figures: Figure[]): Map<string, string> {
  const keys = new Map<string, Set<number>>();
  for (const f of figures) (keys.get(f.dimension) ?? keys.set(f.dimension, new Set()).get(f.dimension)!).add(f.key);
  return new Map([...keys].map(([dimension, set]) => [dimension, [...set].sort((a, b) => a - b).join(',')]));
}

const frequencyBefore = new Set(claims.frequencyMarks.before);
const frequencyAfter = new Set(claims.frequencyMarks.after);

const wordAt = (doc: ArticleDoc, i: number) => (doc.tokens[i]?.kind === 'word' ? doc.tokens[i]!.text.toLowerCase() : undefined);

/** "setiap bulan", "sebulan sekali": how often, not how long (the words just outside the length's tokens). */
function isFrequency(doc: ArticleDoc, t: TimexDraft): boolean {
  const before = wordAt(doc, t.tokenStart - 1);
  const after = wordAt(doc, t.tokenEnd);
  return (before !== undefined && frequencyBefore.has(before)) || (after !== undefined && frequencyAfter.has(after));
}

function figuresOf(doc: ArticleDoc, s: Sentence): Figure[] {
  const durations = spansInTokens(doc.timex, s.tokenStart, s.tokenEnd)
    .filter((t) => t.type === 'DURATION' && !isFrequency(doc, t))
    .flatMap((t) => {
      const q = durationQuantity(t.value);
      return q ? [{ amount: q.amount, unit: q.unit, dimension: `time:${q.family}`, key: q.total, text: t.text, start: t.start, end: t.end, tokenStart: t.tokenStart, tokenEnd: t.tokenEnd }] : [];
    });
  const sums = amountsIn(doc, s.tokenStart, s.tokenEnd).map((a) => ({ ...a, dimension: a.unit, key: a.amount }));
  const sizes = measuresIn(doc, s.tokenStart, s.tokenEnd).map((m) => ({ amount: m.amount, unit: m.unit, dimension: `measure:${m.dimension}`, key: m.base, text: m.text, start: m.start, end: m.end }));
  return [...joinParts(doc, durations), ...sums, ...sizes];
}

const UNIT_SIZE = new Map(DURATION_PARTS.map((p) => [p.unit, p.size]));
/** Two parts of one length stand side by side, or with "dan" between. */
const nothingButAnd = (between: readonly Token[]) => between.length === 0 || (between.length === 1 && between[0]!.text === 'dan');

/**
 * "lima tahun enam bulan" read as two lengths is one: parts of one family written side by
 * side, larger unit first, make one figure (66 months), so it is compared whole.
 */
function joinParts(doc: ArticleDoc, figures: (Figure & TokenRange)[]): Figure[] {
  const out: (Figure & TokenRange)[] = [];
  for (const f of [...figures].sort((a, b) => a.start - b.start)) {
    const prev = out[out.length - 1];
    // the tokens after the one length and before the next
    const adjoining = prev && prev.dimension === f.dimension && nothingButAnd(doc.tokens.slice(prev.tokenEnd, f.tokenStart));
    if (!adjoining || UNIT_SIZE.get(prev.unit)! <= UNIT_SIZE.get(f.unit)!) {
      out.push(f);
      continue;
    }
    const key = prev.key + f.key;
    out[out.length - 1] = { ...prev, key, amount: Math.round((key / UNIT_SIZE.get(prev.unit)!) * 100) / 100, text: doc.text.slice(prev.start, f.end), end: f.end, tokenEnd: f.tokenEnd };
  }
  return out;
}

function measured(story: StoryDoc): Measured[] {
  // wording and naming are read only for the sentences that give a figure
  return story.articles.flatMap((doc) =>
    doc.sentences.flatMap((s) => {
      const figures = figuresOf(doc, s);
      if (!figures.length) return [];
      const people = new Set(spansInTokens(doc.mentions, s.tokenStart, s.tokenEnd).filter((m) => m.type === 'PER' && m.entityId).map((m) => m.entityId!));
      return [{ doc, s, figures, roots: sentenceRoots(doc, s), entities: sentenceEntities(doc, s), people, values: valuesByDimension(figures) }];
    }),
  );
}

type Grouped = { mentions: { articleId: string; start: number; end: number }[] }[];

/**
 * Which shared passages or which events a sentence belongs to (a mention of the group overlaps
 * it). Mentions are indexed per article by start; one that overlaps a sentence starts less than
 * the longest mention's length before the sentence, so only those starts are read, not every
 * mention of the story once per sentence.
 */
function groupsOf(of: Grouped): (m: Measured) => Set<number> {
  const byArticle = new Map<string, { starts: number[]; spans: { start: number; end: number; group: number }[]; longest: number }>();
  of.forEach((g, group) => {
    for (const x of g.mentions) {
      const entry = byArticle.get(x.articleId) ?? byArticle.set(x.articleId, { starts: [], spans: [], longest: 0 }).get(x.articleId)!;
      entry.spans.push({ start: x.start, end: x.end, group });
      entry.longest = Math.max(entry.longest, x.end - x.start);
    }
  });
  for (const entry of byArticle.values()) {
    entry.spans.sort((a, b) => a.start - b.start);
    entry.starts = entry.spans.map((x) => x.start);
  }
  return (m) => {
    const out = new Set<number>();
    const entry = byArticle.get(m.doc.id);
    if (!entry) return out;
    for (let k = lowerBound(entry.starts, m.s.start - entry.longest); k < entry.spans.length && entry.starts[k]! < m.s.end; k++) {
      const x = entry.spans[k]!;
      if (x.end > m.s.start) out.add(x.group);
    }
    return out;
  };
}

/**
 * The items from `from[i]` on that share a group (a passage, an event) with item i, in item
 * order: any other two are neither in one passage nor in one event, so they are never compared.
 */
function sharingAGroup(memberships: Set<number>[][], from: number[]): (i: number) => number[] {
  const byGroup = memberships.map((groups) => {
    const index = new Map<number, number[]>();
    groups.forEach((gs, item) => {
      for (const g of gs) (index.get(g) ?? index.set(g, []).get(g)!).push(item);
    });
    return index;
  });
  const stamp = new Int32Array(from.length).fill(-1);
  return (i) => {
    const out: number[] = [];
    memberships.forEach((groups, kind) => {
      for (const g of groups[i]!) {
        const members = byGroup[kind]!.get(g)!;
        // members are in item order: those before `from[i]` are skipped at once
        for (let k = lowerBound(members, from[i]!); k < members.length; k++) {
          const j = members[k]!;
          if (stamp[j] === i) continue;
          stamp[j] = i;
          out.push(j);
        }
      }
    });
    return out.sort((a, b) => a - b);
  };
}

const meets = <T,>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x));

/**
 * Outlets that give different figures for the same thing: how long it lasted ("dua jam" in one,
 * "dua kali lipat dari 50 menit" in another), how long a sentence is, or how much it cost.
 * Sentences are about the same thing when they stand in one shared passage, or in one event
 * with shared wording and naming, and do not name different people; only figures of one kind
 * (money in one currency, lengths of one family) are compared, as amounts, so "Rp 6 miliar" and
 * "Rp6 miliar", "1 jam 12 menit" and "72 menit" agree.
 */
export function figureDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const items = measured(story);
  const passages = items.map(groupsOf(story.sharedPassages));
  const events = items.map(groupsOf(story.events));
  // items come article by article: pairs are read only across articles
  const nextArticle = items.map(() => items.length);
  for (let i = items.length - 2; i >= 0; i--) nextArticle[i] = items[i + 1]!.doc === items[i]!.doc ? nextArticle[i + 1]! : i + 1;
  const nodes: { item: number; dimension: string }[] = [];
  const nodeOf = new Map<string, number>();
  const node = (item: number, dimension: string) => {
    const k = `${item}\u0000${dimension}`;
    if (!nodeOf.has(k)) nodeOf.set(k, nodes.push({ item, dimension }) - 1);
    return nodeOf.get(k)!;
  };
  const parent: number[] = [];
  const find = (i: number): number => ((parent[i] ??= i) === i ? i : (parent[i] = find(parent[i]!)));
  const partners = sharingAGroup([passages, events], nextArticle);
  /** Whether joining the two items in `dim` changes nothing: both are already in one group. */
  const joined = (i: number, j: number, dim: string) => {
    const a = nodeOf.get(`${i}\u0000${dim}`);
    const b = nodeOf.get(`${j}\u0000${dim}`);
    return a !== undefined && b !== undefined && find(a) === find(b);
  };
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    for (const j of partners(i)) {
      const b = items[j]!;
      // the dimensions in which the two give other values; a pair that gives the same values, or
      // is already joined in each such dimension, is passed over before its wording is compared
      // (copies of one sentence across a large story made that comparison grow with its square)
      const differing = [...a.values].filter(([dim, x]) => b.values.has(dim) && b.values.get(dim) !== x).map(([dim]) => dim);
      if (differing.every((dim) => joined(i, j, dim))) continue;
      if (a.people.size && b.people.size && !meets(a.people, b.people)) continue;
      const similar = 0.6 * dice(a.roots, b.roots) + 0.4 * dice(a.entities, b.entities) >= SAME_FACT;
      if (!meets(passages[i]!, passages[j]!) && !(similar && meets(events[i]!, events[j]!))) continue;
      for (const dim of differing) parent[find(node(i, dim))] = find(node(j, dim));
    }
  }
  const groups = new Map<number, { item: number; dimension: string }[]>();
  nodes.forEach((n, k) => (groups.get(find(k)) ?? groups.set(find(k), []).get(find(k))!).push(n));
  const out: Discrepancy[] = [];
  for (const members of groups.values()) {
    const group = members.map((n) => ({ m: items[n.item]!, dimension: n.dimension }));
    if (new Set(group.map((g) => g.m.doc.id)).size < 2) continue;
    const quantities = new Map<number, Quantity>();
    for (const { m, dimension } of group) {
      for (const f of m.figures.filter((g) => g.dimension === dimension)) {
        const span = { articleId: m.doc.id, start: f.start, end: f.end };
        const known = quantities.get(f.key);
        if (known) known.spans.push(span);
        else quantities.set(f.key, { amount: f.amount, unit: f.unit, text: f.text, spans: [span] });
      }
    }
    // a figure every outlet of the group gives agrees ("kedalaman 10 km" beside "35 km" and "53 km"): only the others differ
    const outlets = new Set(group.map(({ m }) => m.doc.id));
    const given = [...quantities.values()];
    const differing = given.filter((q) => new Set(q.spans.map((x) => x.articleId)).size < outlets.size);
    // and one outlet giving, beside the figure all give, one more ("awalnya 6,0, lalu 5,8") tells a revision, no conflict
    if (given.length > differing.length && new Set(differing.flatMap((q) => q.spans.map((x) => x.articleId))).size < 2) continue;
    const shown = differing.length >= 2 ? differing : given;
    if (shown.length < 2) continue;
    const values = shown.map((q) => ({ ...q, spans: tidySpans(q.spans, order) }));
    const params = { relation: 'same-fact' as const, values };
    out.push(discrepancy('fact', { kind: 'number', params }, group.map(({ m }) => ({ articleId: m.doc.id, start: m.s.start, end: m.s.end })), order));
  }
  return out;
}

/** A foreign amount and the rupiah it is said to equal that cannot both be right ("7 juta dolar AS atau setara Rp 2 triliun"). */
export function conversionDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const doc of story.articles) {
    for (const s of doc.sentences) {
      for (const pair of badConversions(doc, s.tokenStart, s.tokenEnd)) {
        const values = pair.map((a) => ({ amount: a.amount, unit: a.unit, text: a.text, spans: [{ articleId: doc.id, start: a.start, end: a.end }] }));
        out.push(discrepancy('fact', { kind: 'number', params: { relation: 'conversion', values } }, values.flatMap((v) => v.spans), order));
      }
    }
  }
  return out;
}
