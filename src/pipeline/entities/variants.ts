import type { EntityType } from '../../shared/digest/schema';
import { isPlaceOnly } from './cues';
import { triggers } from './lexicon';
import { fold } from './names';

/**
 * The part of a name that identifies it: a bracketed short form inside an organisation's name
 * ("Dinas PU dan Perumahan Rakyat (PUPR) Provinsi Jambi") repeats it, and "Provinsi" before a
 * province ("Provinsi Jambi", "Dinas ... Provinsi Jambi") is what "Jambi" means already; "Kota"
 * and "Kabupaten" stay, since they name another unit than the province of the same name.
 */
export function identifyingName(text: string, type: EntityType): string {
  if (type === 'PER') return text;
  let s = type === 'ORG' ? text.replace(/\s*\([^()]*\)/g, '') : text;
  s = s.replace(/(^|\s)Provinsi\s+(?=\p{Lu})/gu, '$1');
  return s.trim() || text;
}

const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * "Ditjen Imigrasi" (expanded: "Direktorat Jenderal Imigrasi") of "Direktorat Jenderal Imigrasi
 * Kementerian Hukum dan HAM", "Departemen Pemilu" of "Departemen Pemilu Singapura": a unit
 * written without the body or the region it belongs to. The longer name must go on with an
 * organisation head or a listed place.
 */
export function isUnitWithoutParent(short: string, long: string): boolean {
  const a = wordsOf(short);
  const b = wordsOf(long);
  if (a.length < 2 || b.length <= a.length || !a.every((w, i) => fold(w) === fold(b[i]!))) return false;
  const rest = b.slice(a.length);
  return triggers.orgNameHeads.has(rest[0]!.toLowerCase()) || isPlaceOnly(rest.join(' '));
}

/** "Zumi Zola" of "Zumi Zola Zulkifli": a person's name of two or more words inside a longer one, at its start or end. */
export function isShorterPersonName(short: string, long: string): boolean {
  const a = wordsOf(short).map(fold);
  const b = wordsOf(long).map(fold);
  if (a.length < 2 || b.length <= a.length) return false;
  const at = (off: number) => a.every((w, i) => w === b[off + i]);
  return at(0) || at(b.length - a.length);
}

/**
 * Indonesian nicknames blend the first syllables of two names: "Djanur" (Djadjang Nurdjaman),
 * "Setnov" (Setya Novanto), "Jokowi" (Joko Widodo). True when the one word is a start of one name
 * word (2+ letters) followed by a start of the next one (2+ letters).
 */
export function isBlendedNickname(nick: string, full: string): boolean {
  const n = fold(nick);
  const parts = wordsOf(full).map(fold);
  if (wordsOf(nick).length !== 1 || parts.length < 2 || n.length < 4) return false;
  for (let k = 0; k + 1 < parts.length; k++) {
    const [x, y] = [parts[k]!, parts[k + 1]!];
    for (let i = 2; i <= Math.min(x.length, n.length - 2); i++) {
      if (n.slice(0, i) === x.slice(0, i) && y.startsWith(n.slice(i)) && n.length - i >= 2) return true;
    }
  }
  return false;
}
