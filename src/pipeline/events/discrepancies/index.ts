import type { Discrepancy } from '../../../shared/digest/schema';
import type { StoryStage } from '../../types';
import { eventDateDiscrepancies, repeatedPassageDiscrepancies, weekdayDiscrepancies } from './calendar';
import { ageDiscrepancies } from './ages';
import { claimNegationDiscrepancies } from './claims';
import { passageDateDiscrepancies } from './passage-dates';
import { roleDiscrepancies } from './roles';
import { conversionDiscrepancies, figureDiscrepancies } from './facts';
import { termSpellingDiscrepancies } from './terms';
import { namingDiscrepancies, spellingDiscrepancies } from './names';

const spanKey = (s: Discrepancy['spans'][number]) => `${s.articleId}:${s.start}`;

const findingOf = (d: Discrepancy) => `${d.kind}:${'relation' in d.params ? d.params.relation : ''}`;

/**
 * One finding reached by two routes is listed once: the same spans (a repeated passage is also an
 * event's conflicting date), or spans that a finding of the same kind shows, all of them, among
 * more (two shared passages holding the same dated sentences, one of them with a third outlet).
 * An article repeating its own passage with another date stays a finding of its own beside the
 * outlets' disagreement on the event.
 */
export function withoutRepeats(found: Discrepancy[]): Discrepancy[] {
  const seen = new Set<string>();
  const distinct = found.filter((d) => {
    const key = d.spans.map(spanKey).join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const keys = distinct.map((d) => new Set(d.spans.map(spanKey)));
  // a finding showing all of another's spans holds its first one
  const holding = new Map<string, number[]>();
  keys.forEach((set, j) => set.forEach((k) => (holding.get(k) ?? holding.set(k, []).get(k)!).push(j)));
  const shown = (i: number) => {
    const first = distinct[i]!.spans[0];
    if (!first) return false;
    return holding.get(spanKey(first))!.some(
      (j) => j !== i && findingOf(distinct[j]!) === findingOf(distinct[i]!) && keys[j]!.size > keys[i]!.size && [...keys[i]!].every((k) => keys[j]!.has(k)),
    );
  };
  return distinct.filter((_, i) => !shown(i));
}

/** Dates, numbers and names on which outlets (or one article) disagree. */
export const findDiscrepancies: StoryStage = {
  name: 'discrepancies',
  run(story) {
    const order = new Map(story.articles.map((a, i) => [a.id, i]));
    const found = [
      ...weekdayDiscrepancies(story, order),
      ...repeatedPassageDiscrepancies(story, order),
      ...eventDateDiscrepancies(story, order),
      ...passageDateDiscrepancies(story, order),
      ...figureDiscrepancies(story, order),
      ...conversionDiscrepancies(story, order),
      ...ageDiscrepancies(story, order),
      ...claimNegationDiscrepancies(story, order),
      ...namingDiscrepancies(story, order),
      ...roleDiscrepancies(story, order),
      ...spellingDiscrepancies(story, order),
      ...termSpellingDiscrepancies(story, order),
    ];
    const discrepancies = withoutRepeats(found);
    const ids = new Set<string>();
    for (const d of discrepancies) {
      let id = d.id;
      for (let n = 2; ids.has(id); n++) id = `${d.id}-${n}`;
      ids.add((d.id = id));
    }
    return { ...story, discrepancies };
  },
};
