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
  // "Sungai Bengawan Solo" is the river "Bengawan Solo"; a head of a region ("Kota") stays
  if (type === 'LOC') {
    const [head, ...rest] = text.split(/\s+/);
    if (rest.length > 0 && triggers.geoHeads.has(head!.toLowerCase())) return rest.join(' ');
  }
  let s = type === 'ORG' ? text.replace(/\s*\([^()]*\)/g, '') : text;
  s = s.replace(/(^|\s)Provinsi\s+(?=\p{Lu})/gu, '$1');
  return s.trim() || text;
}

const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);
/** The heads of the regions below a province, written before their names ("Kabupaten Garut"). */
const REGION_HEADS = new Set(['kabupaten', 'kota']);

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
  const a = spellingKey(short).split(' ');
  const b = spellingKey(long).split(' ');
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

/**
 * Old (pre-1972) and new spellings of one name fold to one key: "Soetrisno" = "Sutrisno",
 * "Djoko" = "Joko", "Tjahjo" = "Cahyo", "Rachmat" = "Rahmat"; a name-final "y" after a
 * consonant is the "i" of "Fadli" = "Fadly". Used only to compare person names.
 */
export function spellingKey(name: string): string {
  return wordsOf(name)
    .map((w) =>
      fold(w)
        .replace(/oe/g, 'u')
        .replace(/dj/g, 'j')
        .replace(/tj/g, 'c')
        .replace(/sj/g, 'sy')
        .replace(/nj/g, 'ny')
        .replace(/[ck]h/g, 'h')
        .replace(/([^aeiou])y$/, '$1i'),
    )
    .join(' ');
}

/**
 * "Kementerian ESDM" of "Kementerian Energi dan Sumber Daya Mineral": an organisation's head
 * word followed by the initials of the content words after the head in the full name.
 */
export function isHeadedAcronym(short: string, long: string): boolean {
  const a = wordsOf(short);
  const b = wordsOf(long);
  if (a.length !== 2 || b.length < 3 || fold(a[0]!) !== fold(b[0]!) || !triggers.orgNameHeads.has(a[0]!.toLowerCase())) return false;
  if (!/^\p{Lu}{2,8}$/u.test(a[1]!)) return false;
  const content = b.slice(1).filter((w) => !CONTENT_GLUE.has(w.toLowerCase()));
  return content.length === a[1]!.length && content.every((w, i) => w[0]!.toUpperCase() === a[1]![i]);
}

/** The initials of a name's content words ("Badan Penanggulangan Bencana Daerah" -> BPBD). */
const initialsOf = (ws: readonly string[]) => ws.filter((w) => !CONTENT_GLUE.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');

/**
 * "BPBD Bojonegoro" of "Badan Penanggulangan Bencana Daerah Bojonegoro", "KPU Barito Timur" of
 * "Komisi Pemilihan Umum Barito Timur": a body's acronym, then the region it serves, is the full
 * name the acronym spells followed by that region.
 */
export function isAcronymWithRegion(short: string, long: string): boolean {
  const a = wordsOf(short);
  const b = wordsOf(long);
  if (a.length < 2 || !/^\p{Lu}{2,8}$/u.test(a[0]!) || b.length < a.length + 1) return false;
  const rest = a.slice(1).map(fold);
  const tail = b.slice(b.length - rest.length).map(fold);
  if (!rest.every((w, i) => w === tail[i])) return false;
  const before = b.slice(0, b.length - rest.length);
  // the region may keep its head in the full name ("... Daerah Kabupaten Garut" for "BPBD Garut")
  const unheaded = REGION_HEADS.has(before[before.length - 1]!.toLowerCase()) ? before.slice(0, -1) : before;
  return initialsOf(before) === a[0] || initialsOf(unheaded) === a[0];
}

/**
 * "KPU Barito Timur" of "KPU Kabupaten Barito Timur": a body's name with its region written
 * without the region's head word. (Where the story names both "Kota X" and "Kabupaten X",
 * the short form has two owners and stays apart.)
 */
export function isRegionWithoutHead(short: string, long: string): boolean {
  const a = wordsOf(short).map(fold);
  const b = wordsOf(long);
  if (b.length !== a.length + 1) return false;
  const at = b.findIndex((w, i) => i > 0 && REGION_HEADS.has(w.toLowerCase()));
  return at > 0 && b.filter((_, i) => i !== at).every((w, i) => fold(w) === a[i]);
}

/** Words an acronym skips ("Energi dan Sumber Daya Mineral" -> ESDM). */
const CONTENT_GLUE = new Set(['dan', 'serta', 'untuk', 'dari', 'of', 'and', 'the', 'for', ',']);

/**
 * Keys a longer name is filed under, so that the names a shorter one may shorten are looked up
 * instead of tried one by one: whenever a test above holds for a pair, the short name's keys
 * (`shortKeys`) and the long name's share one. (A shared key is only a candidate; the test decides.)
 */
export function longKeys(long: string, type: EntityType): string[] {
  const keys: string[] = [];
  if (type === 'PER') {
    // a shorter person's name is the first or last words of the longer one
    const b = spellingKey(long).split(' ');
    for (let k = 2; k < b.length; k++) keys.push(`p ${b.slice(0, k).join(' ')}`, `p ${b.slice(b.length - k).join(' ')}`);
    // a blended nickname takes two letters of a name word and two or more of the next, or three
    // or more of the first word
    const parts = wordsOf(long).map(fold);
    for (let k = 0; k + 1 < parts.length; k++) {
      const [x, y] = [parts[k]!, parts[k + 1]!];
      if (x.length >= 2 && y.length >= 2) keys.push(`n2 ${x.slice(0, 2)}${y.slice(0, 2)}`);
      if (x.length >= 3) keys.push(`n3 ${x.slice(0, 3)}`);
    }
    return keys;
  }
  const b = wordsOf(long);
  // a unit without its parent is the longer name's first words, two or more
  for (let k = 2; k < b.length; k++) keys.push(`u ${b.slice(0, k).map(fold).join(' ')}`);
  // a headed acronym is the head, then the initials of the content words
  if (b.length >= 3) keys.push(`a ${fold(b[0]!)} ${b.slice(1).filter((w) => !CONTENT_GLUE.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('')}`);
  // a region without its head: the name with "Kabupaten" or "Kota" left out
  const head = b.findIndex((w, i) => i > 0 && REGION_HEADS.has(w.toLowerCase()));
  if (head > 0) keys.push(`h ${b.filter((_, i) => i !== head).map(fold).join(' ')}`);
  // an acronym and a region: the initials of the words before the region, then the region
  for (let k = 2; k < b.length; k++) {
    const rest = b.slice(k).map(fold).join(' ');
    keys.push(`r ${initialsOf(b.slice(0, k))} ${rest}`);
    if (REGION_HEADS.has(b[k - 1]!.toLowerCase())) keys.push(`r ${initialsOf(b.slice(0, k - 1))} ${rest}`);
  }
  return keys;
}

/** The keys under which `longKeys` files every name that `short` may shorten. */
export function shortKeys(short: string, type: EntityType): string[] {
  const keys: string[] = [];
  if (type === 'PER') {
    const key = spellingKey(short);
    if (key.split(' ').length >= 2) keys.push(`p ${key}`);
    const n = fold(short);
    if (wordsOf(short).length === 1 && n.length >= 4) keys.push(`n2 ${n.slice(0, 4)}`, `n3 ${n.slice(0, 3)}`);
    return keys;
  }
  const a = wordsOf(short);
  if (a.length >= 2) keys.push(`u ${a.map(fold).join(' ')}`);
  if (a.length === 2) keys.push(`a ${fold(a[0]!)} ${a[1]!}`);
  if (a.length >= 2 && /^\p{Lu}{2,8}$/u.test(a[0]!)) keys.push(`r ${a[0]!} ${a.slice(1).map(fold).join(' ')}`);
  if (a.length >= 2) keys.push(`h ${a.map(fold).join(' ')}`);
  return keys;
}
