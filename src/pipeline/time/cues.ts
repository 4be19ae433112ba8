import cuesJson from '../../../data/lexicon/time-cues.json';
import { alternation } from './lexicon';

const CUES = alternation(cuesJson.cues);
// chrono's patterns fold case without the u flag, the project's rules with it: a cue found
// under either folding lets the text through
const ASCII_FOLDED = new RegExp(`[0-9]|${CUES}`, 'i');
const UNICODE_FOLDED = new RegExp(`[0-9]|${CUES}`, 'iu');

/** The cue words, as the data file lists them. */
export const timeCues: readonly string[] = cuesJson.cues;

/**
 * Whether a stretch of text may hold a time: it has a digit or a cue word (data/lexicon/time-cues.json).
 * Without one no time parser can match, so the text need not be parsed.
 */
export function mayHoldTime(text: string): boolean {
  return ASCII_FOLDED.test(text) || UNICODE_FOLDED.test(text);
}
