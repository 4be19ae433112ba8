import type { Article, Discrepancy, StoryEvent } from '../../shared/digest/schema';
import { sortByTexts } from '../../shared/lib/order';

export type CellState = 'reported' | 'absent' | 'other-date';

export interface MatrixOutlet {
  /** The outlet's name as the reader sees it. */
  name: string;
  /** Its articles, in column order. */
  articleIds: string[];
}

export interface MatrixCell {
  state: CellState;
  /** For another date: the date value the outlet gives. */
  date: string | null;
  /** The outlet's first article with sentences about the event, to jump to; null when none. */
  articleId: string | null;
}

export interface MatrixRow {
  event: StoryEvent;
  /** One cell per outlet, in the order of `outlets`. */
  cells: MatrixCell[];
  /** What stands out: one outlet alone reports it, or one outlet alone leaves it out. */
  note: { kind: 'only' | 'all-but'; outlet: string } | null;
}

export interface CoverageMatrix {
  outlets: MatrixOutlet[];
  rows: MatrixRow[];
}

/** Articles of one named outlet are one outlet; an article with no outlet stands for itself. */
const outletKey = (a: Pick<Article, 'id' | 'outlet'>) => a.outlet?.name ?? `article:${a.id}`;
/** Unknown dates sort last. */
const dateKey = (value: string) => (/^\d{4}/.test(value) ? value : `9999${value}`);
const inside = (x: { start: number; end: number }, s: { start: number; end: number }) => x.start >= s.start && x.end <= s.end;

/**
 * Per article, the other date it gives an event: from a date disagreement about the event, else
 * from a date written inside the article's own sentences about it that is one of the event's
 * conflicting dates.
 */
function otherDates(event: StoryEvent, articles: readonly Article[], discrepancies: readonly Discrepancy[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of discrepancies) {
    if (d.kind !== 'date' || d.params.relation !== 'event' || d.params.eventId !== event.id) continue;
    for (const v of d.params.values) if (v.value !== event.date) for (const s of v.spans) if (!out.has(s.articleId)) out.set(s.articleId, v.value);
  }
  if (!event.conflictingDates.length) return out;
  for (const a of articles) {
    if (out.has(a.id)) continue;
    const spans = event.mentions.filter((m) => m.articleId === a.id);
    const timex = a.timex.find((x) => x.type === 'DATE' && event.conflictingDates.includes(x.value) && spans.some((s) => inside(x, s)));
    if (timex) out.set(a.id, timex.value);
  }
  return out;
}

/** The timeline's events (by date) against the story's outlets (in column order): who reports each, who not, who gives another date. */
export function coverageMatrix(events: readonly StoryEvent[], articles: readonly Article[], discrepancies: readonly Discrepancy[], label: (a: Article) => string): CoverageMatrix {
  const byKey = new Map<string, MatrixOutlet>();
  for (const a of articles) {
    const outlet = byKey.get(outletKey(a)) ?? { name: a.outlet?.name ?? label(a), articleIds: [] };
    outlet.articleIds.push(a.id);
    byKey.set(outletKey(a), outlet);
  }
  const outlets = [...byKey.values()];
  const sorted = sortByTexts(events, (e) => [dateKey(e.date), e.label]);
  const rows = sorted.map((event) => {
    const other = otherDates(event, articles, discrepancies);
    const cells = outlets.map((o): MatrixCell => {
      const articleId = o.articleIds.find((id) => event.mentions.some((m) => m.articleId === id)) ?? null;
      const differing = o.articleIds.find((id) => other.has(id));
      if (differing) return { state: 'other-date', date: other.get(differing)!, articleId: articleId ?? null };
      return { state: articleId ? 'reported' : 'absent', date: null, articleId };
    });
    const telling = cells.map((c, i) => (c.state === 'absent' ? -1 : i)).filter((i) => i >= 0);
    const silent = cells.map((c, i) => (c.state === 'absent' ? i : -1)).filter((i) => i >= 0);
    // with two outlets, "only one" and "all but one" say the same: neither stands out
    const note: MatrixRow['note'] =
      outlets.length < 3 ? null : telling.length === 1 ? { kind: 'only', outlet: outlets[telling[0]!]!.name } : silent.length === 1 ? { kind: 'all-but', outlet: outlets[silent[0]!]!.name } : null;
    return { event, cells, note };
  });
  return { outlets, rows };
}
