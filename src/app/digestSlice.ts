import type { Article, Digest } from '../shared/digest/schema';
import { en } from '../shared/i18n/en';
import { outletLabels } from '../shared/lib/outlet';
import { paragraphsOf } from '../shared/lib/paragraphs';
import { STORY_LIMITS, onlyArticles, planStory, type StoryLimits } from './storySize';
import { storyTop, type StoryTop } from './storyTop';

/**
 * A large story's digest takes long to download and parse before anything of it can be drawn.
 * Beside it the build writes its first screen: the first articles (text and marks) and what the
 * page above the columns says of the whole story. The reader draws that first, then the whole
 * story when it has arrived.
 */

/** Articles in a first screen's file: the columns that a wide screen (1920 px) mounts at first (7), and one beside them. */
export const SLICE_ARTICLES = 8;

export interface DigestSlice {
  schemaVersion: number;
  /** The story cut to its first articles, as `onlyArticles` cuts it. */
  first: Digest;
  /** Articles and characters of text of the whole story, for the plan of how much to show. */
  articles: number;
  textChars: number;
  /** The top of the page for the whole story (its events listed without their mentions). */
  top: StoryTop;
  /** The text of the first columns as plain lines, which public/boot.js draws before the app runs. */
  lead: SliceLead;
}

/** A first screen's opening text: what paints while the app's script is still on its way. */
export interface SliceLead {
  story: string;
  title: string;
  /** Whether the story opens whole unasked (storySize.ts), read by public/boot.js, which has no copy of the limits. */
  opensWhole: boolean;
  columns: { outlet: string; title: string; paragraphs: { text: string; heading: boolean }[] }[];
}

/** Columns and paragraphs in a lead: a wide screen's columns in view, down past its bottom edge. */
export const LEAD_COLUMNS = 4;
export const LEAD_PARAGRAPHS = 8;

/** The opening paragraphs of a story's first columns, with the outlet names the reader shows. */
export function sliceLead(digest: Digest): SliceLead {
  const labels = outletLabels(digest.articles, en.unknownOutlet);
  return {
    story: digest.story.id,
    title: digest.story.title,
    opensWhole: planStory(digest.articles, null).kind === 'whole',
    columns: digest.articles.slice(0, LEAD_COLUMNS).map((a) => ({
      outlet: labels.get(a.id) ?? a.id,
      title: a.title ?? '',
      paragraphs: paragraphsOf(a)
        .slice(0, LEAD_PARAGRAPHS)
        .map((p) => ({ text: p.text, heading: p.heading })),
    })),
  };
}

/** Whether a story of `articleCount` articles has a first screen's file beside its digest. */
export const hasSlice = (articleCount: number) => articleCount > SLICE_ARTICLES;

/** The first screen's file of a digest file: `story.json` -> `story.first.json`. */
export const sliceFileOf = (file: string) => file.replace(/(\.json)?$/, '.first.json');

/**
 * What follows the outlet's name in the labels of `articles` as the whole story gives them
 * (outletLabels): a title or first words, only where another article of the story shares the
 * outlet. The same in every language (the name of an unknown outlet is not part of it).
 */
export function labelTails(digest: Pick<Digest, 'articles'>, articles: readonly Article[]): Record<string, string> {
  const labels = outletLabels(digest.articles, '');
  const tails: Record<string, string> = {};
  for (const a of articles) {
    const name = a.outlet?.name ?? '';
    const label = labels.get(a.id) ?? name;
    if (label !== name) tails[a.id] = label.slice(`${name} · `.length);
  }
  return tails;
}

/** The first screen of a story, or null when the story is no larger than one. */
export function digestSlice(digest: Digest): DigestSlice | null {
  if (!hasSlice(digest.articles.length)) return null;
  const top = storyTop(digest);
  const first = onlyArticles(digest, digest.articles.slice(0, SLICE_ARTICLES));
  return {
    schemaVersion: digest.schemaVersion,
    first,
    articles: digest.articles.length,
    textChars: digest.articles.reduce((sum, a) => sum + a.text.length, 0),
    top: { ...top, labels: labelTails(digest, first.articles), coverage: { ...top.coverage, items: top.coverage.items.map(({ event, outlets }) => ({ event: { ...event, mentions: [] }, outlets })) } },
    lead: sliceLead(digest),
  };
}

/**
 * Whether the reader may draw a first screen's file before its story: only when the story opens
 * whole (the reader asked for all of it, or it is within the limits) and in its own order with no
 * outlet hidden, so that its first screen is the file's first articles.
 */
export function sliceOpens(slice: Pick<DigestSlice, 'articles' | 'textChars'>, view: { first: number | null; order: readonly string[]; hidden: readonly string[] }, limits: StoryLimits = STORY_LIMITS): boolean {
  if (view.order.length > 0 || view.hidden.length > 0) return false;
  const chosen = view.first !== null && Number.isInteger(view.first) && view.first >= 1 ? view.first : null;
  if (chosen !== null) return chosen >= slice.articles;
  return slice.articles <= limits.articles && slice.textChars <= limits.textChars;
}
