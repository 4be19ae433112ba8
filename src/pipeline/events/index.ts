import type { StoryStage } from '../types';

/** Sentences reporting a dated happening, merged across outlets into timeline events. */
export const buildEvents: StoryStage = { name: 'events', run: (story) => story };

/** Dates, numbers and names on which outlets (or one article) disagree. */
export const findDiscrepancies: StoryStage = { name: 'discrepancies', run: (story) => story };
