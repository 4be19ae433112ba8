import { commonWords } from '../language/id';
import { verbPrefixOf } from '../language/id/verb-shape';
import { cues, triggers } from './lexicon';
import type { WordSpan } from './model';
import { titleAt, titleCovering } from './titles';
import type { Word } from './words';

const startsUpper = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
const isPunct = (w: string) => !/[\p{L}\p{N}]/u.test(w);
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|co|id|net|org|news|tv|info)$/iu;
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de', 'dan', 'untuk']);
/** Connectors any capitalised run may hold ("Institute of Regional Issues"). */
const NAME_CONNECTORS = new Set(['of', 'the', 'for', 'de']);
/** Connectors a government or academic unit's name may hold ("Kementerian Hukum dan HAM"). */
const UNIT_CONNECTORS = new Set(['dan', 'serta', 'and', 'untuk']);

/**
 * "Kota Jambi", "Kabupaten Bandung": a capitalised region word after a lower-case word is part
 * of the region's official name; "kota Vladivostok" (lower case) only describes it, and after
 * a capitalised word ("Rusian Kota Vladivostok") it is a translated descriptor.
 */
export function isAdminName(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  return cues.adminHeads.has(w.text.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(w.text) && !w.initial && prev !== undefined && !/^\p{Lu}/u.test(prev.text);
}

/** Words that cannot begin a name: titles, headings, dates, punctuation, "kota" before a city. */
function droppableHead(w: string, type: string): boolean {
  const lower = w.toLowerCase();
  if (isPunct(w) || triggers.titles.has(lower) || triggers.never.has(lower)) return true;
  if (type === 'LOC' && triggers.descriptors.has(lower)) return true;
  // lower-case words open a name only as geographic class nouns ("semenanjung Korea")
  return !startsUpper(w) && !(type === 'LOC' && triggers.geoHeads.has(lower));
}

function droppableTail(w: string): boolean {
  const lower = w.toLowerCase();
  return (isPunct(w) && w !== ')') || triggers.never.has(lower) || CONNECTORS.has(lower);
}

/**
 * "Kepala Bidang Pembinaan dan Prestasi Pengurus Pusat ...": common words (and connectors)
 * before an organisation head name the title holder's field, not the organisation.
 */
function leadsToOrganisationHead(words: readonly Word[], start: number, end: number): boolean {
  const first = words[start]!.text.toLowerCase();
  if (!commonWords.has(first) || triggers.orgNameHeads.has(first)) return false;
  for (let k = start + 1; k < end; k++) {
    const lower = words[k]!.text.toLowerCase();
    if (triggers.orgNameHeads.has(lower)) return k + 1 < end;
    if (!commonWords.has(lower) && !UNIT_CONNECTORS.has(lower)) return false;
  }
  return false;
}

/**
 * A bracketed short form is wholly inside a name or outside it: an unclosed "(" takes its ")"
 * when the short form closes right after the span, else the span ends before it; a ")" whose
 * "(" lies before the span starts the span after it.
 */
function balancedBrackets(words: readonly Word[], start: number, end: number): [number, number] {
  let open = -1;
  for (let k = start; k < end; k++) {
    const t = words[k]!.text;
    if (t === '(') open = k;
    else if (t === ')') {
      if (open < 0) start = k + 1;
      open = -1;
    }
  }
  if (open >= 0) {
    if (words[end]?.text === ')' && end - open <= 4) end++;
    else end = open;
  }
  while (end > start && droppableTail(words[end - 1]!.text)) end--;
  return [start, end];
}

/** A sentence-opening capitalised common word ("Melansir", "Namun") is not a name. */
const isCommonOpener = (w: Word) => w.initial && commonWords.has(w.text.toLowerCase());

/** Words a name may hold that its short form leaves out ("Badan Pengawas Obat dan Makanan" = BPOM). */
const INITIAL_SKIPS = new Set(['dan', 'and', 'of', 'the', 'untuk', 'serta', ',']);

/**
 * "Bursa Efek Indonesia (BEI)": a bracketed short form whose letters are the initials of the
 * capitalised words from word i on says the name starts at i, sentence opener or not.
 */
function shortFormSpells(words: readonly Word[], i: number): boolean {
  let initials = '';
  for (let k = i; k < words.length && k - i < 10; k++) {
    const t = words[k]!.text;
    if (t === '(') {
      const short = words[k + 1]?.text ?? '';
      return words[k + 2]?.text === ')' && /^\p{Lu}{2,8}$/u.test(short) && short.toLowerCase() === initials;
    }
    if (INITIAL_SKIPS.has(t.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(t)) return false;
    initials += t[0]!.toLowerCase();
  }
  return false;
}

/** Breaks a span where two glued pieces touch ("RusiaChina" is two names, not one). */
export function splitAtGlue(span: WordSpan, words: readonly Word[]): WordSpan[] {
  const out: WordSpan[] = [];
  let from = span.start;
  for (let i = span.start + 1; i < span.end; i++) {
    const a = words[i - 1]!;
    const b = words[i]!;
    if (a.glued && b.glued && a.end === b.start) {
      out.push({ start: from, end: i, type: span.type });
      from = i;
    }
  }
  out.push({ start: from, end: span.end, type: span.type });
  return out;
}

/** "Tae-yong", "Jae-in": a capital, then a lower-case syllable after a hyphen, not a word doubled ("Tiba-tiba"). */
function hyphenatedGivenName(text: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)-(\p{Ll}+)$/u.exec(text);
  return m !== null && m[1]!.toLowerCase() !== m[2] && m[2]!.length <= 4;
}

/**
 * Trims one tagged span to the proper name and says whether a name is left: titles and
 * descriptors before it and dates after it go; spans of only lower-case or heading words go.
 */
export function cleanSpan(span: WordSpan, words: readonly Word[], usedCapitalised: ReadonlySet<string>): WordSpan | null {
  let { start, end } = span;
  for (;;) {
    if (start >= end) break;
    const title = titleAt(words, start);
    if (title > 0) start = Math.min(end, start + title);
    else if (start === span.start && titleCovering(words, start) > start) {
      // "Majelis Hakim" of "Ketua Majelis Hakim": the whole span is the title's
      if (titleCovering(words, start) >= end) return null;
      start = titleCovering(words, start);
    }
    else if (leadsToOrganisationHead(words, start, end)) start++;
    else if (span.type === 'LOC' && isAdminName(words, start) && end - start > 1) break;
    else if (droppableHead(words[start]!.text, span.type) || (isCommonOpener(words[start]!) && !shortFormSpells(words, start))) start++;
    else break;
  }
  // a region named with its official head ("di Kota Jambi") takes the head the tagger left out
  if (span.type === 'LOC' && start > 0 && start === span.start && isAdminName(words, start - 1)) start--;
  // "Shin Tae-yong", "Moon Jae-in": a romanised given name written with a hyphen goes on the name
  while (span.type === 'PER' && end < words.length && end > start && hyphenatedGivenName(words[end]!.text) && words[end]!.start === words[end - 1]!.end + 1) end++;
  const opened = (to: number) => words.slice(start, to).some((w) => w.text === '(');
  while (end > start && (droppableTail(words[end - 1]!.text) || (words[end - 1]!.text === ')' && !opened(end - 1)))) end--;
  [start, end] = balancedBrackets(words, start, end);
  if (start >= end) return null;
  const inside = words.slice(start, end);
  if (!inside.some((w) => startsUpper(w.text))) return null;
  if (inside.every((w) => triggers.never.has(w.text.toLowerCase()) || isPunct(w.text))) return null;
  // "Majelis hakim": a capitalised head before lower-case words only is a common noun
  if (inside.length > 1 && inside.slice(1).every((w) => /^\p{Ll}+$/u.test(w.text) && !CONNECTORS.has(w.text))) return null;
  if (end - start === 1) {
    const w = words[start]!;
    const lower = w.text.toLowerCase();
    if (cues.commonAcronyms.has(lower)) return null;
    // a capitalised common word is a name only if the text also capitalises it mid-sentence
    if (commonWords.has(lower) && !usedCapitalised.has(w.text)) return null;
    if (triggers.titles.has(lower) || triggers.orgHeads.has(lower) || triggers.locHeads.has(lower)) return null;
  }
  // "Komisi KPK": a unit head before the short form it opens adds nothing to the name
  if (end - start === 2 && cues.coordinationHeads.has(words[start]!.text.toLowerCase()) && /^\p{Lu}{2,6}$/u.test(words[start + 1]!.text) && words[start + 1]!.text[0] === words[start]!.text[0]!.toUpperCase()) start++;
  const first = words[start]!.text.toLowerCase();
  const last = words[end - 1]!.text.toLowerCase();
  const org = end - start > 1 && (triggers.orgNameHeads.has(first) || triggers.orgNameTails.has(last));
  return { start, end, type: org ? 'ORG' : span.type };
}

const isUpperWord = (t: string) => /^[\p{Lu}\p{N}]/u.test(t) && !triggers.never.has(t.toLowerCase());

/**
 * Where a capitalised run from word i ends. A unit head ("Kementerian", "Dinas") licenses what
 * its names hold: a coordinated list ("Pemuda, dan Olahraga", "Hukum dan HAM"), a bracketed
 * short form followed by its region ("(PUPR) Provinsi Jambi", "(Tipikor) Jakarta"); any
 * organisation head licenses the title words of unit names ("Direktorat Jenderal"). Other runs stop at "dan" ("Bali United dan ...").
 * A title word inside the run starts a person's title, so the run stops there.
 */
/**
 * "RSUD dr. Moewardi", "Universitas Prof. Dr. Moestopo": a body named after a person keeps the
 * person's title inside its name. Returns where the title (and its dot) ends when a capitalised
 * name follows it, else k.
 */
function namesakeTitleEnd(words: readonly Word[], k: number): number {
  let end = k;
  while (end < words.length && cues.namesakeTitles.has(words[end]!.text.toLowerCase().replace(/\.$/, ''))) {
    end++;
    if (words[end]?.text === '.') end++;
  }
  return end > k && end < words.length && isUpperWord(words[end]!.text) && titleAt(words, end) === 0 ? end : k;
}

/** Whether a run names its body after a person written right after its head ("RSUD dr. Moewardi"). */
export const isNamesakeRun = (words: readonly Word[], r: WordSpan): boolean =>
  r.end - r.start > 2 && cues.namesakeHeads.has(words[r.start]!.text.toLowerCase()) && namesakeTitleEnd(words, r.start + 1) > r.start + 1;

function runEnd(words: readonly Word[], i: number, head: boolean, unit: boolean): number {
  const upperAt = (k: number) => k < words.length && isUpperWord(words[k]!.text) && !(titleAt(words, k) > 0 && !(head && cues.unitTitleWords.has(words[k]!.text.toLowerCase())));
  let end = i + 1;
  while (end < words.length) {
    const t = words[end]!.text;
    // a unit's name ends with its region: "Dinas Pendidikan Kota Bandung", "(PUPR) Provinsi Jambi"
    if (head && cues.adminHeads.has(t.toLowerCase()) && upperAt(end)) return regionEnd(words, end);
    if (upperAt(end)) end++;
    else if ((NAME_CONNECTORS.has(t) || (unit && UNIT_CONNECTORS.has(t))) && upperAt(end + 1)) end += 2;
    else if (head && end === i + 1 && cues.namesakeHeads.has(words[i]!.text.toLowerCase()) && namesakeTitleEnd(words, end) > end) end = namesakeTitleEnd(words, end);
    // "PT Bank Mandiri (Persero) Tbk": a state company's legal form in brackets is part of its name
    else if (head && t === '(' && cues.companyForms.has(words[end + 1]?.text.toLowerCase() ?? '') && words[end + 2]?.text === ')') end += 3;
    else if (unit && t === ',' && listContinues(words, end)) end += 1;
    else if (unit && t === '(' && words[end + 2]?.text === ')' && upperAt(end + 1) && regionAt(words, end + 3)) end += 3;
    else break;
  }
  return end;
}

/** The end of a region named from its official head at k: the longest listed form, else one word. */
function regionEnd(words: readonly Word[], k: number): number {
  for (let n = 3; n >= 1; n--) {
    const name = words.slice(k, k + n + 1);
    if (name.length !== n + 1 || !name.every((w) => /^\p{Lu}/u.test(w.text))) continue;
    // listed with its head ("Kota Bandung") or without it ("Kabupaten" + "Barito Timur")
    if (knownPlace(name.map((w) => w.text).join(' ')) || (n > 1 && knownPlace(name.slice(1).map((w) => w.text).join(' ')))) return k + n + 1;
  }
  return k + 1 < words.length && /^\p{Lu}/u.test(words[k + 1]!.text) ? k + 2 : k + 1;
}

/** After a comma inside a unit name: more listed names, then "dan" + a name, close the list. */
function listContinues(words: readonly Word[], comma: number): boolean {
  let k = comma + 1;
  for (;;) {
    if (k >= words.length) return false;
    const t = words[k]!.text;
    if (UNIT_CONNECTORS.has(t)) return k + 1 < words.length && isUpperWord(words[k + 1]!.text) && titleAt(words, k + 1) === 0;
    if (t === ',') k++;
    else if (isUpperWord(t) && titleAt(words, k) === 0) k++;
    else return false;
  }
}

/** Whether word k starts a region: an official head ("Provinsi") or a listed place. */
function regionAt(words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (!w || !/^\p{Lu}/u.test(w.text)) return false;
  return cues.adminHeads.has(w.text.toLowerCase()) || knownPlace(w.text);
}

let knownPlace: (w: string) => boolean = () => false;
/** Lets the recognizer say which single words are listed places (the gazetteer loads lazily). */
export function setPlaceTest(test: (w: string) => boolean): void {
  knownPlace = test;
}

/**
 * Capitalised runs that are organisation names by their head or tail word: "Universitas
 * Federal Timur Jauh", "Institute of Regional Issues", "Far Eastern Federal University".
 */
export function organisationRuns(words: readonly Word[]): WordSpan[] {
  const spans: WordSpan[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const lower = w.text.toLowerCase();
    if (!/^\p{Lu}/u.test(w.text) || triggers.titles.has(lower) || triggers.never.has(lower)) {
      i++;
      continue;
    }
    // "Pengurus Harian" after "Ketua" is the title's, not a body's name
    const covered = titleCovering(words, i);
    if (covered > i) {
      i = covered;
      continue;
    }
    const head = triggers.orgNameHeads.has(lower);
    let end = runEnd(words, i, head, head && cues.coordinationHeads.has(lower));
    // a closing bracket stays when its opening one is inside the run ("(Persero)")
    while (end > i + 1 && !/^[\p{L}\p{N}]/u.test(words[end - 1]!.text) && !(words[end - 1]!.text === ')' && words.slice(i, end - 1).some((w) => w.text === '('))) end--;
    const tail = triggers.orgNameTails.has(words[end - 1]!.text.toLowerCase());
    // a sentence opener is capitalised anyway: it starts a run only as an organisation's head
    // or, if it is neither a common word nor shaped like a verb ("Melansir AP News"), when the
    // run ends in an organisation's tail word ("Viking Supporter Club ...")
    if (w.initial && !head && (!tail || commonWords.has(lower) || verbPrefixOf(lower) !== null)) {
      i++;
      continue;
    }
    // "Kepala Ekonom PT Bank Mandiri", "Ekonom PT Bank Central Asia Tbk": a role word before a
    // company's prefix is not part of the company's name, so the name starts at the prefix
    // (a company's legal prefix only: "Far Eastern State University" names itself from its tail)
    const inner = head ? -1 : words.slice(i + 1, end - 1).findIndex((x) => cues.companyPrefixes.has(x.text.toLowerCase()) && /^\p{Lu}/u.test(x.text));
    if (inner >= 0) {
      i += 1 + inner;
      continue;
    }
    if (end - i >= 2 && (head || tail)) spans.push({ start: i, end, type: 'ORG' });
    i = end;
  }
  return spans;
}

/**
 * "Desa Sumberwangi", "Sungai Bengawan Solo", "Stasiun Pemantauan Karangnongko": a place head
 * written capitalised, then capitalised words, names a place.
 */
export function placeRuns(words: readonly Word[]): WordSpan[] {
  const spans: WordSpan[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!/^\p{Lu}\p{Ll}/u.test(words[i]!.text) || !cues.placeNameHeads.has(words[i]!.text.toLowerCase())) continue;
    let end = i + 1;
    while (end < words.length && end - i <= 4 && /^\p{Lu}/u.test(words[end]!.text) && isUpperWord(words[end]!.text) && titleAt(words, end) === 0 && !triggers.orgNameHeads.has(words[end]!.text.toLowerCase())) end++;
    if (end > i + 1) spans.push({ start: i, end, type: 'LOC' });
    i = end - 1;
  }
  return spans;
}

/** A site name ("aljazeera.com") cited as a source is the outlet: an organisation. */
export function domainSpans(words: readonly Word[]): WordSpan[] {
  const spans: WordSpan[] = [...splitDomains(words)];
  words.forEach((w, i) => {
    const prev = words[i - 1]?.text ?? '';
    const next = words[i + 1]?.text ?? '';
    if (DOMAIN.test(w.text) && prev !== '/' && prev !== '.' && next !== '/') spans.push({ start: i, end: i + 1, type: 'ORG' });
  });
  return spans;
}

const SITE_END = /^(?:com|co|id|net|org|news|tv|info)$/iu;

/** A site name the tokenizer cut at its dots ("REPUBLIKA", ".", "CO", ".", "ID"): one name. */
function splitDomains(words: readonly Word[]): WordSpan[] {
  const spans: WordSpan[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    if (!/^[\p{L}\p{N}]+$/u.test(words[i]!.text) || (i > 0 && words[i - 1]!.end === words[i]!.start && words[i - 1]!.text === '.')) continue;
    let end = i + 1;
    while (end + 1 < words.length && words[end]!.text === '.' && words[end]!.start === words[end - 1]!.end && words[end + 1]!.start === words[end]!.end && SITE_END.test(words[end + 1]!.text)) end += 2;
    if (end > i + 1) {
      spans.push({ start: i, end, type: 'ORG' });
      i = end - 1;
    }
  }
  return spans;
}

const LONG_WORD = /^\p{L}{4,}$/u;

/**
 * Whether a sentence is written in title case, as headlines and link lists are ("Djanur Berniat
 * Mundur dari Persib"): its capitals say nothing about which words are names.
 */
function isTitleCase(words: readonly Word[]): boolean {
  let long = 0;
  let capitalised = 0;
  for (const w of words) {
    if (!LONG_WORD.test(w.text)) continue;
    long++;
    if (/^\p{Lu}/u.test(w.text)) capitalised++;
  }
  return long >= 3 && capitalised >= 0.75 * long;
}

/** Capitalised words the document writes somewhere other than at a sentence start or in a title-case line. */
export function capitalisedInside(sentences: readonly Word[][]): Set<string> {
  const used = new Set<string>();
  for (const words of sentences) {
    if (isTitleCase(words)) continue;
    for (const w of words) if (!w.initial && /^\p{Lu}/u.test(w.text)) used.add(w.text);
  }
  return used;
}
