import boilerplateJson from '../../data/lexicon/boilerplate.json';
import commonWordsText from '../../data/lexicon/common-words.json';
import abbreviationsJson from '../../data/lexicon/abbreviations.json';

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

export const boilerplateLexicon = {
  listHeadings: lower(boilerplateJson.listHeadings),
  linePrefixes: boilerplateJson.linePrefixes.map((x) => x.toLowerCase()),
  widgetLines: lower(boilerplateJson.widgetLines),
  listBullets: new Set(boilerplateJson.listBullets),
};

/** Lower-case Indonesian words common in news text (from the NER training split, tagged O). */
export const commonWords: ReadonlySet<string> = new Set(commonWordsText.words);

/** Abbreviations after which a period does not end a sentence (lower-case, without the period). */
export const abbreviations: ReadonlySet<string> = lower(abbreviationsJson.abbreviations);
