import stopwordsJson from '../../../../data/lexicon/stopwords.json';

/** Indonesian function words ("yang", "dan", "di"), lower-case: they say nothing of their own. */
export const stopwords: ReadonlySet<string> = new Set(stopwordsJson.words);
