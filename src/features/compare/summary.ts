import type { Lang, Translate } from '../../shared/i18n';

const listOf = (names: readonly string[], lang: Lang) => new Intl.ListFormat(lang === 'id' ? 'id-ID' : 'en-GB', { type: 'conjunction' }).format(names);

/** "2 of 3 outlets report this: Tempo and Tirto; Kompas does not." Outlets are counted and named, never articles. */
export function reportingSummary(reporting: readonly string[], silent: readonly string[], t: Translate, lang: Lang): string {
  const total = reporting.length + silent.length;
  const main = reporting.length > 1 ? t('compareOfNamed', { n: reporting.length, m: total, names: listOf(reporting, lang) }) : t('compareOnlyNamed', { names: listOf(reporting, lang) });
  if (!silent.length) return `${main}.`;
  return `${main}; ${t(silent.length > 1 ? 'compareNotMany' : 'compareNotOne', { names: listOf(silent, lang) })}.`;
}
