import abbreviationsJson from '../../../../data/lexicon/abbreviations.json';
import commonWordsJson from '../../../../data/lexicon/common-words.json';
import { lowerSet } from './fold';

/** Lower-case Indonesian words common in news text (from the NER training split, tagged O). */
export const commonWords: ReadonlySet<string> = new Set(commonWordsJson.words);

/** Abbreviations after which a period does not end a sentence (lower-case, without the period). */
export const abbreviations: ReadonlySet<string> = lowerSet(abbreviationsJson.abbreviations);
