import type { Discrepancy, Quantity } from '../../../shared/digest/schema';
import type { ArticleDoc, Sentence, StoryDoc } from '../../types';
import { dice, sentenceEntities, sentenceRoots } from '../words';
import { amountsIn, badConversions } from './money';
import { discrepancy, tidySpans } from './shared';

const DURATION_UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', DE: 'decade', H: 'hour', S: 'second', TH: 'hour', TM: 'minute', TS: 'second' };

/** "PT50M" -> 50 minute; vague lengths ("PXY") have no amount and are left out. */
export function durationQuantity(value: string): { amount: number; unit: string } | null {
  const m = /^P(T?)(\d+(?:\.\d+)?)(DE|[YMWDHS])$/.exec(value);
  if (!m) return null;
  const unit = DURATION_UNITS[`${m[1]}${m[3]}`] ?? DURATION_UNITS[m[3]!];
  return unit ? { amount: Number(m[2]), unit } : null;
}

/** Sentences about one fact share this much wording and naming (Dice over roots and entities). */
export const SAME_FACT = 0.3;

interface Figure {
  amount: number;
  unit: string;
  /** Figures compare within one dimension: lengths of time with each other, money in one currency. */
  dimension: string;
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
}

const keyOf = (f: Figure) => `${f.amount} ${f.unit}`;

function figuresOf(doc: ArticleDoc, s: Sentence): Figure[] {
  const durations = doc.timex
    .filter((t) => t.type === 'DURATION' && t.start >= s.start && t.end <= s.end)
    .flatMap((t) => {
      const q = durationQuantity(t.value);
      return q ? [{ ...q, dimension: 'time', text: t.text, start: t.start, end: t.end }] : [];
    });
  const sums = amountsIn(doc.text.slice(s.start, s.end), s.start).map((a) => ({ ...a, dimension: a.unit }));
  return [...durations, ...sums];
}

function measured(story: StoryDoc): Measured[] {
  return story.articles.flatMap((doc) =>
    doc.sentences
      .map((s) => ({ doc, s, figures: figuresOf(doc, s), roots: sentenceRoots(doc, s), entities: sentenceEntities(doc, s) }))
      .filter((m) => m.figures.length),
  );
}

/** A figure of one sentence that the other, speaking of the same dimension, does not give. */
const differs = (a: Measured, b: Measured) => a.figures.some((f) => b.figures.some((g) => g.dimension === f.dimension) && !b.figures.some((g) => keyOf(g) === keyOf(f)));

/**
 * Outlets that give different figures for the same thing: how long it lasted ("dua jam" in one,
 * "dua kali lipat dari 50 menit" in another) or how much it cost. Sentences are about the same
 * thing when they share wording and the people named; all sentences so linked form one
 * disagreement. Figures are compared as amounts, so "Rp 6 miliar" and "Rp6 miliar" agree.
 */
export function figureDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const items = measured(story);
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const disagrees = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.doc === b.doc || !a.figures.some((f) => b.figures.some((g) => g.dimension === f.dimension))) continue;
      const same = 0.6 * dice(a.roots, b.roots) + 0.4 * dice(a.entities, b.entities);
      if (same < SAME_FACT) continue;
      parent[find(i)] = find(j);
      if (differs(a, b) || differs(b, a)) disagrees.add(i).add(j);
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(i));
  const out: Discrepancy[] = [];
  for (const members of groups.values()) {
    const group = members.filter((i) => disagrees.has(i)).map((i) => items[i]!);
    if (new Set(group.map((m) => m.doc.id)).size < 2) continue;
    const quantities = new Map<string, Quantity>();
    for (const m of group) {
      for (const f of m.figures) {
        const span = { articleId: m.doc.id, start: f.start, end: f.end };
        const known = quantities.get(keyOf(f));
        if (known) known.spans.push(span);
        else quantities.set(keyOf(f), { amount: f.amount, unit: f.unit, text: f.text, spans: [span] });
      }
    }
    if (quantities.size < 2) continue;
    const values = [...quantities.values()].map((q) => ({ ...q, spans: tidySpans(q.spans, order) }));
    const params = { relation: 'same-fact' as const, values };
    out.push(discrepancy('fact', { kind: 'number', params }, group.map((m) => ({ articleId: m.doc.id, start: m.s.start, end: m.s.end })), order));
  }
  return out;
}

/** A foreign amount and the rupiah it is said to equal that cannot both be right ("7 juta dolar AS atau setara Rp 2 triliun"). */
export function conversionDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const doc of story.articles) {
    for (const s of doc.sentences) {
      for (const pair of badConversions(doc.text.slice(s.start, s.end), s.start)) {
        const values = pair.map((a) => ({ amount: a.amount, unit: a.unit, text: a.text, spans: [{ articleId: doc.id, start: a.start, end: a.end }] }));
        out.push(discrepancy('fact', { kind: 'number', params: { relation: 'conversion', values } }, values.flatMap((v) => v.spans), order));
      }
    }
  }
  return out;
}
