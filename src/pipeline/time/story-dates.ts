import type { Published } from '../../shared/digest/schema';
import type { ArticleDoc, StoryStage } from '../types';
import { daysBetween, parseIso } from './calendar';
import { absoluteReading } from './anchor';
import { inferFromText, readOwnDay, reportingWeekday } from './published';
import { dateFromSiblings } from './sibling-evidence';
import { tagArticle } from './tag';

/** Sibling dates this far below certainty do not lend their day to another article. */
const LENDING_CONFIDENCE = 0.7;
/** A story's articles appear within days of each other; a reading further off is a wrong year. */
const STORY_SPAN_DAYS = 31;
const OWN_READING_CONFIDENCE = 0.75;
const SIBLING_EVENT_CONFIDENCE = 0.6;
const STATED_WEEKDAY_CONFIDENCE = 0.6;

/** The year of the paper's day was written out, not taken from the weekday or a nearby year. */
const yearWritten = (p: Published) => p.source === 'front-matter' || p.source === 'url' || p.source === 'image-path' || /\d{4}/.test(p.evidence?.text ?? '');
/** The page itself said its day (its metadata or its address): no reading of the text overrules it. */
const fromThePage = (p: Published | null) => p?.source === 'front-matter' || p?.source === 'url';

const lends = (p: Published | null): p is Published => Boolean(p && p.confidence >= LENDING_CONFIDENCE);

/**
 * The readings siblings may lend: those whose year is written beat those whose year was
 * guessed ("Senin (12/3)" put in 2012 by a "2013" nearby).
 */
function lenders(readings: readonly (Published | null)[]): Published[] {
  const confident = readings.filter(lends);
  const written = confident.filter(yearWritten);
  return written.length ? written : confident;
}

/** The most common year of the articles' own readings, however unsure (ties: the latest). */
function commonYear(readings: readonly (Published | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const p of readings) if (p) counts.set(Number(p.date.slice(0, 4)), (counts.get(Number(p.date.slice(0, 4))) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

/**
 * The article's own days read with the story's year ("Rabu (7/6)" in a story of 2017), when
 * they land near the siblings' day or come from the article's own lead; otherwise the day the
 * siblings give a happening it calls "hari ini", or the siblings' day itself.
 */
function dateWithStory(a: ArticleDoc, storyDate: string, siblings: readonly ArticleDoc[]): Published {
  const year = Number(storyDate.slice(0, 4));
  // the article's dates read once in the story's year, for its own day and its statement's weekday
  const { found } = absoluteReading(a, year);
  const reading = readOwnDay(a, year, found);
  // a day the article already held keeps the confidence its own year gave it
  if (reading && !reading.boundOnly && a.published && reading.published.date === a.published.date) return a.published;
  const own = reading?.published;
  if (own && !reading.boundOnly) {
    const near = Math.abs(daysBetween(parseIso(storyDate)!, parseIso(own.date)!)) <= STORY_SPAN_DAYS;
    const lead = own.source === 'dateline' && own.confidence >= LENDING_CONFIDENCE;
    if (near || lead) return { ...own, confidence: Math.min(own.confidence, OWN_READING_CONFIDENCE) };
  }
  // "kata X di Garut, Senin." in an article that dates nothing it reports: the statement was made
  // in the story's days, on that weekday counted from the story's day
  const stated = own ? null : reportingWeekday(a, found, storyDate);
  if (stated) return { date: stated.date, confidence: STATED_WEEKDAY_CONFIDENCE, source: 'text', evidence: { start: stated.evidence.start, end: stated.evidence.end, text: stated.evidence.text } };
  // read once against the story's day, to see which happenings it calls "hari ini"
  const deictic = dateFromSiblings(tagArticle({ ...a, published: { date: storyDate, confidence: 0.5, source: 'text', evidence: null } }), siblings);
  if (deictic) return { date: deictic, confidence: SIBLING_EVENT_CONFIDENCE, source: 'text', evidence: null };
  return { date: storyDate, confidence: 0.5, source: 'text', evidence: null };
}

/**
 * Each article's own reading of its day, and, when none lends with confidence, the readings
 * again in the year most articles point at ("Kamis (14/11)" beside "sejak 23 April 2019").
 */
function ownReadings(articles: readonly ArticleDoc[]): (Published | null)[] {
  const first = articles.map((a) => a.published);
  if (lenders(first).length) return first;
  const year = commonYear(first);
  if (year === null) return first;
  return articles.map((a, i) => (fromThePage(first[i] ?? null) ? first[i]! : (inferFromText(a, year) ?? first[i]!)));
}

/**
 * The articles of a story appear within days of each other, so each is checked against the
 * story's day: the day most confident siblings agree on (a written year beats a guessed one).
 * An article whose own day lends keeps it; any other reads its own days in the story's year,
 * or takes the day they give a happening it calls "hari ini", or else the story's day; then
 * its times are read again. Ties go to the earliest date, so the choice never depends on
 * article order.
 */
export const refineStoryDates: StoryStage = {
  name: 'story-dates',
  run(story) {
    const readings = ownReadings(story.articles);
    const lending = new Set(lenders(readings));
    if (!lending.size) return story;
    const votes = new Map<string, number>();
    for (const p of lending) votes.set(p.date, (votes.get(p.date) ?? 0) + p.confidence);
    const [date] = [...votes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]!;
    const dated = story.articles.filter((_, i) => lending.has(readings[i]!));
    const articles = story.articles.map((a, i) => {
      const mine = readings[i];
      if (mine && lending.has(mine)) return mine === a.published ? a : tagArticle({ ...a, published: mine });
      if (fromThePage(a.published)) return a;
      return tagArticle({ ...a, published: dateWithStory(a, date, dated) });
    });
    return { ...story, articles };
  },
};
