import type { Timex } from '../../shared/digest/schema';

/** "Nomor 34 Tahun 2018", "No. 7 Tahun 2017": the number and year of a law's title. */
const LAW_NUMBER_BEFORE = /(?:^|[^\p{L}])(?:Nomor|Nomer|No\.?)\s*\d+[A-Za-z]?\s+$/u;
/** "Sirnas Premier Jawa Timur 2019", "Piala AFF 2014": a capitalised name right before a bare year. */
const NAME_BEFORE = /\p{Lu}[\p{L}\d-]*\s+$/u;

/**
 * A year that is part of a name: a law's title or a competition's edition. It stays a DATE
 * timex (the gold keeps it), but it dates the law or the edition, not the happening the
 * sentence reports, so the events layer may pass it over when the sentence dates finer.
 * The digest's Timex has no field for this, so it is read from the text on demand.
 */
export function isNameInternal(text: string, t: Pick<Timex, 'start' | 'value' | 'text'>): boolean {
  if (!/^\d{4}$/.test(t.value)) return false;
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  if (/^tahun\s+\d{4}$/i.test(t.text)) return LAW_NUMBER_BEFORE.test(before);
  return /^\d{4}$/.test(t.text) && NAME_BEFORE.test(before) && !/(?:^|\s)(?:Pada|Sejak|Tahun|Hingga|Sampai)\s+$/.test(before);
}
