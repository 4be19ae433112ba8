import type { Discrepancy } from '../shared/digest/schema';
import type { StoryDoc } from './types';

/**
 * A plain one-line label of a disagreement for the scorer's `summary` field, made from its kind
 * and parameters (the digest stores only the data; the app words it for the reader).
 */
export function plainSummary(d: Discrepancy): string {
  switch (d.kind) {
    case 'name-spelling':
    case 'name-variant':
    case 'role-or-title':
      return `${d.kind}: ${d.params.variants.map((v) => `"${v.text}"`).join(' / ')}`;
    case 'number':
      return `number (${d.params.relation}): ${d.params.values.map((v) => `${v.amount} ${v.unit}`).join(' / ')}`;
    case 'date':
      return `date (${d.params.relation}): ${d.params.values.map((v) => v.value).join(' / ')}`;
    case 'weekday-date':
      return `weekday-date: "${d.params.text}" (${d.params.written} is weekday ${d.params.actualWeekday}, written ${d.params.writtenWeekday})`;
    case 'claim-negation':
      return `claim-negation: ${d.params.entityId} ${d.params.predicate}`;
  }
}

/** The standoff annotation format the quality scorer reads (offsets into each raw file). */
export function toStandoff(story: StoryDoc) {
  const fileOf = new Map(story.articles.map((a) => [a.id, a.file]));
  const articles = Object.fromEntries(
    story.articles.map((a) => [
      a.file,
      {
        outlet: a.outlet ? { name: a.outlet.name, domain: a.outlet.domain } : null,
        published: a.published?.date ?? null,
        boilerplate: a.boilerplate.map((b) => [b.start, b.end]),
        sentences: a.sentences.map((s) => [s.start, s.end]),
        entities: a.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, id: m.entityId ?? `${m.type}:${m.text}`, text: m.text })),
        timex: a.timex.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value, text: t.text })),
      },
    ]),
  );
  const span = (s: { articleId: string; start: number; end: number }) => ({ file: fileOf.get(s.articleId) ?? s.articleId, start: s.start, end: s.end });
  return {
    articles,
    events: story.events.map((e) => ({ date: e.date, label: e.label, mentions: e.mentions.map(span) })),
    sharedPassages: story.sharedPassages.map((p) => ({ spans: p.mentions.map(span) })),
    discrepancies: story.discrepancies.map((d) => ({ tier: d.tier, kind: d.kind, summary: plainSummary(d), spans: d.spans.map(span) })),
  };
}
