import sitesJson from '../../../../data/lexicon/site-suffixes.json';

const escape = (s: string) => s.replace(/\./g, '\\.');
// ties in code-unit order: localeCompare would load the ICU collator (some 10 ms) at every start
const longestFirst = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));

/** The ending of a site address, any case: "tempo.co", "REPUBLIKA.CO.ID", "kemenkes.go.id". */
export const siteSuffix = new RegExp(`\\.(?:${longestFirst(sitesJson.endings).map(escape).join('|')})$`, 'i');

/** Each dot-separated part of a site ending ("co", "id", "go"), lower-case, longest first. */
export const siteLabels: readonly string[] = longestFirst([...new Set(sitesJson.endings.flatMap((e) => e.split('.')))]);

/** A spelling without its site ending: "tribunjabar.id" → "tribunjabar". */
export const withoutSiteSuffix = (s: string): string => s.replace(siteSuffix, '');
