import { coverageOf, type CoverageItem } from '../features/overview/coverage';
import type { Digest } from '../shared/digest/schema';
import { summarizeStory, type StorySummary } from '../shared/digest/summary';

/**
 * What stands above a story's columns, drawn from the whole story even while only its first
 * screen is shown: the overview (dates, outlets, how widely each event is reported) and the count
 * of differences. Nothing there moves when the rest of the story arrives.
 */
export interface StoryTop {
  summary: StorySummary;
  /** Per event in date order, how many outlets report it, of `total`. */
  coverage: { items: CoverageItem[]; total: number };
  /** Differences between the outlets. */
  differences: number;
  /**
   * Of a first screen's file: what follows the outlet's name in its articles' labels as the whole
   * story gives them (labelTails in digestSlice.ts), so that no column's name changes (and no
   * column moves) when the rest of the story arrives.
   */
  labels?: Record<string, string>;
}

/** The top of the page for one whole story. */
export function storyTop(whole: Pick<Digest, 'articles' | 'events' | 'discrepancies'>): StoryTop {
  return { summary: summarizeStory(whole), coverage: coverageOf(whole.events, whole.articles), differences: whole.discrepancies.length };
}
