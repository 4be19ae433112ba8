import type { StoryStage } from '../../types';
import { eventDateDiscrepancies, repeatedPassageDiscrepancies, weekdayDiscrepancies } from './calendar';
import { ageDiscrepancies } from './ages';
import { claimNegationDiscrepancies } from './claims';
import { passageDateDiscrepancies } from './passage-dates';
import { roleDiscrepancies } from './roles';
import { conversionDiscrepancies, figureDiscrepancies } from './facts';
import { termSpellingDiscrepancies } from './terms';
import { namingDiscrepancies, spellingDiscrepancies } from './names';

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
    // one finding reached by two routes (a repeated passage is also an event's conflicting date) is listed once
    const seen = new Set<string>();
    const discrepancies = found.filter((d) => {
      const key = d.spans.map((s) => `${s.articleId}:${s.start}`).join('|');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const ids = new Set<string>();
    for (const d of discrepancies) {
      let id = d.id;
      for (let n = 2; ids.has(id); n++) id = `${d.id}-${n}`;
      ids.add((d.id = id));
    }
    return { ...story, discrepancies };
  },
};
