import type { Lang } from '../shared/i18n';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** A count with the language's digit grouping: 2,000 / 2.000. */
export const formatCount = (n: number, lang: Lang) => new Intl.NumberFormat(locale(lang)).format(n);

/** A size of text in megabytes (one character taken as one byte, as for most Latin text). */
export const formatSize = (chars: number, lang: Lang) => `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(chars / 1_000_000)} MB`;
