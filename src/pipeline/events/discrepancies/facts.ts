import type { Discrepancy, Quantity, Timex } from '../../../shared/digest/schema';
import type { ArticleDoc, Sentence, StoryDoc } from '../../types';
import { dice, sentenceEntities, sentenceRoots } from '../words';
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

interface Measured {
  doc: ArticleDoc;
  s: Sentence;
  values: string[];
  durations: Timex[];
  roots: Set<string>;
  entities: Set<string>;
}

function measured(story: StoryDoc): Measured[] {
  return story.articles.flatMap((doc) =>
    doc.sentences
      .map((s) => ({ doc, s, durations: doc.timex.filter((t) => t.type === 'DURATION' && t.start >= s.start && t.end <= s.end) }))
      .map(({ doc, s, durations }) => ({
        doc,
        s,
        durations,
        values: durations.map((t) => t.value),
        roots: sentenceRoots(doc, s),
        entities: sentenceEntities(doc, s),
      }))
      .filter((m) => m.values.length),
  );
}

/**
 * Outlets that say how long the same thing lasted and give different lengths ("dua jam" in
 * one, "dua kali lipat dari 50 menit" in another). Sentences are about the same thing when they
 * share wording and the people named; all sentences so linked form one discrepancy.
 */
export function durationDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const items = measured(story);
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const disagrees = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.doc === b.doc) continue;
      const same = 0.6 * dice(a.roots, b.roots) + 0.4 * dice(a.entities, b.entities);
      if (same < SAME_FACT) continue;
      parent[find(i)] = find(j);
      if (a.values.some((v) => !b.values.includes(v))) disagrees.add(i).add(j);
    }
  }
  const groups = new Map<number, Measured[]>();
  items.forEach((m, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(m));
  const out: Discrepancy[] = [];
  for (const group of groups.values()) {
    if (!group.some((m) => disagrees.has(items.indexOf(m)))) continue;
    const distinct = new Set(group.flatMap((m) => m.values));
    if (distinct.size < 2 || new Set(group.map((m) => m.doc.id)).size < 2) continue;
    const quantities = new Map<string, Quantity>();
    for (const m of group) {
      for (const t of m.durations) {
        const q = durationQuantity(t.value);
        if (!q) continue;
        const key = `${q.amount}${q.unit}`;
        const span = { articleId: m.doc.id, start: t.start, end: t.end };
        const known = quantities.get(key);
        if (known) known.spans.push(span);
        else quantities.set(key, { ...q, text: t.text, spans: [span] });
      }
    }
    if (quantities.size < 2) continue;
    const values = [...quantities.values()].map((q) => ({ ...q, spans: tidySpans(q.spans, order) }));
    const params = { relation: 'same-fact' as const, values };
    out.push(discrepancy('fact', { kind: 'number', params }, group.map((m) => ({ articleId: m.doc.id, start: m.s.start, end: m.s.end })), order));
  }
  return out;
}
