// Indonesian: word lists, folding, affixes and the stemmer, in one place for every stage.
export { affixes, enclitics } from './affixes';
export { foldLetters, lowerSet, slugOf, withoutDiacritics } from './fold';
export { siteLabels, siteSuffix, withoutSiteSuffix } from './sites';
export { createStemmer, stem } from './stem';
export { stopwords } from './stopwords';
export { hasActiveVerbShape, verbPrefixOf, type VerbPrefix } from './verb-shape';
export { abbreviations, commonWords } from './words';
