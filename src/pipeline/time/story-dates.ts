import type { Published } from '../../shared/digest/schema';
import type { ArticleDoc, StoryStage } from '../types';
import { daysBetween, parseIso } from './calendar';
import { inferFromText } from './published';
import { dateFromSiblings } from './sibling-evidence';
import { tagArticle } from './tag';

/** Sibling dates this far below certainty do not lend their day to another article. */
const LENDING_CONFIDENCE = 0.7;
/** A story's articles appear within days of each other; a reading further off is a wrong year. */
const STORY_SPAN_DAYS = 31;
const OWN_READING_CONFIDENCE = 0.75;
const SIBLING_EVENT_CONFIDENCE = 0.6;

/**
 * The article's own days read with the story's year ("Rabu (7/6)" in a story of 2017), when
 * they land near the siblings' day; otherwise the siblings' day itself.
 */
function dateWithStory(a: ArticleDoc, storyDate: string, siblings: readonly ArticleDoc[]): Published {
  const own = inferFromText(a, Number(storyDate.slice(0, 4)));
  const near = own && Math.abs(daysBetween(parseIso(storyDate)!, parseIso(own.date)!)) <= STORY_SPAN_DAYS;
  if (own && near) return { ...own, confidence: Math.min(own.confidence, OWN_READING_CONFIDENCE) };
  // read once against the story's day, to see which happenings it calls "hari ini"
  const deictic = dateFromSiblings(tagArticle({ ...a, published: { date: storyDate, confidence: 0.5, source: 'text', evidence: null } }), siblings);
  if (deictic) return { date: deictic, confidence: SIBLING_EVENT_CONFIDENCE, source: 'text', evidence: null };
  return { date: storyDate, confidence: 0.5, source: 'text', evidence: null };
}

/**
 * An article that dates nothing with a year (a wire copy with only "hari Kamis") was published
 * with its siblings: it reads its own days in the year most confident siblings agree on, or
 * takes the day they give a happening it calls "hari ini", or else their day; then its times
 * are read again. Ties go to the earliest date, so the choice
 * never depends on article order.
 */
export const refineStoryDates: StoryStage = {
  name: 'story-dates',
  run(story) {
    const votes = new Map<string, number>();
    for (const a of story.articles) {
      if (a.published && a.published.confidence >= LENDING_CONFIDENCE) votes.set(a.published.date, (votes.get(a.published.date) ?? 0) + a.published.confidence);
    }
    if (!votes.size) return story;
    const [date] = [...votes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]!;
    const dated = story.articles.filter((a) => a.published && a.published.confidence >= LENDING_CONFIDENCE);
    const articles = story.articles.map((a) => (a.published ? a : tagArticle({ ...a, published: dateWithStory(a, date, dated) })));
    return { ...story, articles };
  },
};
