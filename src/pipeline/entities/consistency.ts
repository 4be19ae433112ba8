import { commonWords, hasActiveVerbShape } from '../language/id';
import type { EntityType } from '../../shared/digest/schema';
import { aliasTable, cues, isOneWordOutletName, knownNames, outletSpellings, triggers } from './lexicon';
import type { WordSpan } from './model';
import { splitTitleHolders } from './holders';
import { titleBefore } from './titles';
import { isPlaceOnly } from './cues';
import { fold, foldInner, foldWords } from './names';
import type { Word } from './words';

/** One document's words per sentence and its name spans per sentence. */
export interface TaggedDoc {
  words: Word[][];
  spans: WordSpan[][];
}

const MAX_NAME_WORDS = 6;
/** The type of a folded name, where one is known. */
type NameTypes = Pick<ReadonlyMap<string, EntityType>, 'get'>;
type NameSet = Pick<ReadonlySet<string>, 'has'>;
/** The folded name of words s..e, as `fold` gives it for their text joined by spaces. */
const foldedSurface = (words: readonly Word[], s: number, e: number) => foldWords(words.slice(s, e).map((w) => w.text));
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const isNameWord = (w: string) => {
  const lower = w.toLowerCase();
  return isCapitalised(w) && w.length >= 2 && !triggers.titles.has(lower) && !triggers.never.has(lower) && !commonWords.has(lower);
};

const staticNames: ReadonlyMap<string, EntityType> = new Map(knownNames.map(([n, t]) => [fold(n), t]));

/** The type each surface form gets most often (folded spelling); ties keep the first seen. */
function majorityTypes(docs: readonly TaggedDoc[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const d of docs) d.spans.forEach((spans, k) => {
    for (const s of spans) {
      const key = foldedSurface(d.words[k]!, s.start, s.end);
      const v = votes.get(key) ?? new Map<EntityType, number>();
      v.set(s.type, (v.get(s.type) ?? 0) + 1);
      votes.set(key, v);
    }
  });
  const out = new Map<string, EntityType>();
  for (const [key, v] of votes) {
    let best: EntityType | null = null;
    for (const [t, n] of v) if (best === null || n > v.get(best)!) best = t;
    out.set(key, best!);
  }
  return out;
}

/** Single words of multi-word person names ("Ushakov" of "Yuri Ushakov"): the person on their own. */
function personParts(docs: readonly TaggedDoc[]): Map<string, EntityType> {
  const parts = new Map<string, EntityType>();
  for (const d of docs) d.spans.forEach((spans, k) => {
    for (const s of spans) {
      if (s.type !== 'PER' || s.end - s.start < 2) continue;
      for (let i = s.start; i < s.end; i++) {
        const w = d.words[k]![i]!.text;
        if (isNameWord(w) && !w.includes('-')) parts.set(fold(w), 'PER');
      }
    }
  });
  return parts;
}

/** "BPBD" of "BPBD Bojonegoro": an acronym heading a regional body's name is that body's own name. */
const isBodyAcronym = (w: string) => /^\p{Lu}{2,8}$/u.test(w) && !cues.companyPrefixes.has(w.toLowerCase());

/**
 * The acronyms the story's body names hold: "BPBD" of "BPBD Bojonegoro" or of "Badan
 * Penanggulangan Bencana Daerah (BPBD) Bojonegoro" names that body when written alone too.
 */
function acronymsInBodyNames(docs: readonly TaggedDoc[]): Set<string> {
  const out = new Set<string>();
  for (const d of docs) d.spans.forEach((spans, k) => {
    const words = d.words[k]!;
    for (const s of spans) {
      if (s.type !== 'ORG' || s.end - s.start < 2) continue;
      if (isBodyAcronym(words[s.start]!.text)) out.add(fold(words[s.start]!.text));
      for (let j = s.start + 1; j + 1 < s.end; j++) if (words[j - 1]!.text === '(' && words[j + 1]!.text === ')' && isBodyAcronym(words[j]!.text)) out.add(fold(words[j]!.text));
    }
  });
  return out;
}

/** First words of multi-word organisation names that are no common or head words ("Hiswana"). */
function bodyHeads(docs: readonly TaggedDoc[]): Map<string, EntityType> {
  const heads = new Map<string, EntityType>();
  for (const d of docs) d.spans.forEach((spans, k) => {
    for (const s of spans) {
      const w = d.words[k]![s.start]!.text;
      if (s.type === 'ORG' && s.end - s.start >= 2 && isNameWord(w) && (!triggers.orgNameHeads.has(w.toLowerCase()) || isBodyAcronym(w))) heads.set(fold(w), 'ORG');
    }
  });
  return heads;
}

/**
 * Short forms whose full name is tagged in the documents ("AS" when "Amerika Serikat" is): the
 * writer has introduced the name, so the short form refers to it.
 */
function introducedShortForms(tagged: ReadonlyMap<string, EntityType>): Map<string, EntityType> {
  const out = new Map<string, EntityType>();
  for (const [short, full] of aliasTable) {
    const type = tagged.get(fold(full));
    if (type && !tagged.has(fold(short))) out.set(fold(short), type);
  }
  return out;
}

/** Words after which a country or city name is an amount's currency, not a mention ("dolar AS"). */
const CURRENCY = new Set(['dolar', 'dollar', 'yen', 'yuan', 'won', 'rubel', 'rupee', 'poundsterling']);
const outlets = new Set(outletSpellings.map(fold));
/** Words that cite a source: an outlet named right after them is the outlet ("dikutip Antara"). */
const CITES = new Set(['dikutip', 'mengutip', 'kutip', 'dilansir', 'melansir', 'lansir', 'menurut', 'laporan', 'dilaporkan', 'diberitakan', 'berita', 'kepada']);
/** Words that join two names of one kind in a list ("China dan AS", "Jepang, Rusia"). */
const COORDINATORS = new Set(['dan', 'serta', 'atau', ',', '/']);

/** Whether an untagged word next to a candidate match would make it part of a longer name. */
const extendsName = (w: Word | undefined, covered: number | undefined) => w !== undefined && !covered && !w.initial && isNameWord(w.text);

/**
 * Whether an outlet at word i is cited as a source: a citing word before it, possibly across a
 * tagged place and an opening parenthesis ("kantor berita Korea Selatan Yonhap", "kantor berita
 * Korea Utara (KCNA)").
 */
function citedOutlet(words: readonly Word[], spans: readonly WordSpan[], owner: Int32Array, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && words[j]!.text === '(') j--;
  if (j >= 0 && owner[j]! >= 0 && spans[owner[j]!]!.type === 'LOC') j = spans[owner[j]!]!.start - 1;
  if (j >= 0 && (CITES.has(words[j]!.text.toLowerCase()) || cues.outletContexts.has(words[j]!.text.toLowerCase()))) return true;
  // a dateline: "Semarang (ANTARA) -", "Tempo -" at the start of the text
  const next = words[i + 1]?.text ?? '';
  return (words[i - 1]?.text === '(' && next === ')' && /^[-–—]$/.test(words[i + 2]?.text ?? '')) || (i === 0 && /^[-–—]$/.test(next));
}

/** The one-word outlet names ("fajar", "tempo"), folded: names of the outlet only where cited. */
const contextOutlets = new Set(outletSpellings.filter(isOneWordOutletName).map(fold));
/** Outlet and channel names written in camel case ("detikJabar", "kumparanNEWS"): no common word is, so they name the outlet anywhere. */
const camelOutlets = new Set(outletSpellings.filter((n) => /^\p{Ll}+\p{Lu}[\p{L}]*$/u.test(n)).map(fold));

/**
 * Whether a place name at word i is an argument of the clause rather than a modifier: the object
 * of an active verb ("membujuk Pyongyang", "memberi Pyongyang") or the goal of "(ke)pada".
 * Verbs in "-kan" are left out: their object is often what is moved, not a place.
 */
function argumentCue(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1]?.text.toLowerCase() ?? '';
  if (prev === 'pada' || prev === 'kepada') return true;
  return hasActiveVerbShape(prev) && !prev.endsWith('kan');
}

/**
 * Whether words i..i+n stand in a list next to a tagged name of the same type ("China dan AS",
 * "Korea Utara dan AS"): coordination joins like with like.
 */
function listedWith(words: readonly Word[], spans: readonly WordSpan[], owner: Int32Array, i: number, n: number, type: EntityType): boolean {
  const joins = (w: Word | undefined) => w !== undefined && COORDINATORS.has(w.text.toLowerCase());
  const before = i >= 2 && joins(words[i - 1]) ? owner[i - 2]! : -1;
  const after = i + n + 1 < words.length && joins(words[i + n]) ? owner[i + n + 1]! : -1;
  return (before >= 0 && spans[before]!.type === type && spans[before]!.end === i - 1) || (after >= 0 && spans[after]!.type === type && spans[after]!.start === i + n + 1);
}

/**
 * Tags the places where a known name was missed (or only partly tagged), so a name recognised
 * once is recognised everywhere. Longest match first; spans inside a longer match give way.
 */
function propagate(words: readonly Word[], spans: WordSpan[], known: NameTypes, dynamic: ReadonlyMap<string, EntityType>): WordSpan[] {
  // a widely known place or body may be followed by a name ("Presiden Korea Selatan Moon Jae-in")
  const mayPrecedeName = (key: string) => staticNames.has(key);
  const owner = new Int32Array(words.length).fill(-1);
  spans.forEach((s, k) => owner.fill(k, s.start, s.end));
  const removed = new Set<number>();
  const added: WordSpan[] = [];
  // the folded name of words i..i+n is the inner folds of all but the last word, then the last
  // word's own fold (foldWords): each word is folded once, not once per candidate length, and
  // only when a candidate name reaches it (most words are lower case and start none)
  const innerFolds: (string | undefined)[] = new Array(words.length);
  const wholeFolds: (string | undefined)[] = new Array(words.length);
  const inner = (j: number) => (innerFolds[j] ??= foldInner(words[j]!.text));
  const whole = (j: number) => (wholeFolds[j] ??= fold(words[j]!.text));
  const lettered = (j: number) => /[\p{L}\p{N}]/u.test(words[j]!.text);
  const heads: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    const lowerHead = triggers.geoHeads.has(first.text.toLowerCase());
    const camel = camelOutlets.has(whole(i)) && /\p{Lu}/u.test(first.text);
    if (!(isCapitalised(first.text) || lowerHead || camel) || (first.initial && commonWords.has(first.text.toLowerCase()))) continue;
    const longest = Math.min(MAX_NAME_WORDS, words.length - i);
    heads.length = 0;
    for (let n = 1, head = ''; n <= longest; head += inner(i + n - 1), n++) heads.push(head);
    for (let n = longest; n >= 1; n--) {
      if (!lettered(i + n - 1)) continue;
      const key = heads[n - 1]! + whole(i + n - 1);
      const type = known.get(key) ?? (n === 1 && ((contextOutlets.has(key) && citedOutlet(words, spans, owner, i)) || (camel && key === whole(i))) ? 'ORG' : undefined);
      if (!type) continue;
      // a widely known name the tagger left alone in this story is only completed ("Amerika" ->
      // "Amerika Serikat") or taken when it spans several words: news corpora differ on whether
      // a bare country used as a modifier ("pemerintah Israel") is a mention
      const onlyStatic = !dynamic.has(key);
      const touchesTagged = Array.from({ length: n }, (_, j) => owner[i + j]!).some((k) => k >= 0);
      if (onlyStatic && n < 2 && !camel && !touchesTagged && !listedWith(words, spans, owner, i, n, type) && !(outlets.has(key) && citedOutlet(words, spans, owner, i)) && !(type === 'LOC' && argumentCue(words, i))) continue;
      if (type === 'LOC' && i > 0 && CURRENCY.has(words[i - 1]!.text.toLowerCase())) continue;
      // every span touched must lie inside the match and be shorter than it
      const inner = new Set<number>();
      let fits = true;
      for (let j = i; j < i + n; j++) {
        const k = owner[j]!;
        if (k < 0) continue;
        const s = spans[k]!;
        if (s.start < i || s.end > i + n || (s.end - s.start === n && s.type === type)) fits = false;
        else inner.add(k);
      }
      if (!fits) break;
      const nextExtends = !mayPrecedeName(key) && extendsName(words[i + n], owner[i + n]! >= 0 ? 1 : 0);
      if (nextExtends || (i > 0 && extendsName(words[i - 1], owner[i - 1]! >= 0 ? 1 : 0))) break;
      // a known given or family name next to a tagged person belongs to that name ("Kim" + "Il Sung")
      const after = owner[i + n]!;
      const before = i > 0 ? owner[i - 1]! : -1;
      if (type === 'PER' && inner.size === 0 && after >= 0 && spans[after]!.type === 'PER' && spans[after]!.start === i + n) {
        spans[after]!.start = i;
        owner.fill(after, i, i + n);
        break;
      }
      if (type === 'PER' && inner.size === 0 && before >= 0 && spans[before]!.type === 'PER' && spans[before]!.end === i) {
        spans[before]!.end = i + n;
        owner.fill(before, i, i + n);
        i += n - 1;
        break;
      }
      for (const k of inner) removed.add(k);
      added.push({ start: i, end: i + n, type });
      owner.fill(-2, i, i + n);
      i += n - 1;
      break;
    }
  }
  return [...spans.filter((_, k) => !removed.has(k)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * One name, one type across the documents: widely known names keep their type, others take
 * the majority; then known names are tagged wherever they were missed.
 */
export function harmonize(docs: readonly TaggedDoc[]): void {
  for (const d of docs) d.spans = d.spans.map((spans, k) => splitLeadingPlace(d.words[k]!, spans));
  // a name the story writes alone as a person ("Irwan") marks where a titled holder's name starts
  const lonePeople = new Set<string>();
  for (const d of docs) d.spans.forEach((spans, k) => {
    for (const s of spans) if (s.type === 'PER' && s.end - s.start === 1) lonePeople.add(fold(d.words[k]![s.start]!.text));
  });
  for (const d of docs) d.spans = d.spans.map((spans, k) => splitTitleHolders(d.words[k]!, spans, lonePeople));
  const seen = majorityTypes(docs);
  // a word the story also writes inside a person's full name is that person ("Umuh" of "Umuh
  // Muchtar"), whatever the tagger made of it alone, unless it is a listed place
  const parts = personParts(docs);
  for (const d of docs) d.words.forEach((ws) => ws.forEach((w) => {
    const key = fold(w.text);
    if (parts.has(key) && seen.has(key) && !isPlaceOnly(w.text)) seen.set(key, 'PER');
  }));
  // a word that opens a body's name the story writes ("Hiswana" of "Hiswana Migas") and no
  // person's name is that body, whatever the tagger made of it alone
  for (const [key, type] of bodyHeads(docs)) if (seen.get(key) === 'PER' && !parts.has(key)) seen.set(key, type);
  const typeOf = (key: string) => staticNames.get(key) ?? seen.get(key);
  for (const d of docs) d.spans.forEach((spans, k) => {
    for (const s of spans) s.type = typeOf(foldedSurface(d.words[k]!, s.start, s.end)) ?? s.type;
  });
  const dynamic = new Map([...parts, ...seen]);
  for (const [key, type] of introducedShortForms(seen)) if (!dynamic.has(key)) dynamic.set(key, type);
  for (const key of acronymsInBodyNames(docs)) if (!dynamic.has(key)) dynamic.set(key, 'ORG');
  // widely known names keep their type over the story's; looked up in both, not copied into one map per call
  const known: NameTypes = { get: (key) => staticNames.get(key) ?? dynamic.get(key) };
  const people: NameSet = { has: (key) => known.get(key) === 'PER' };
  for (const d of docs) {
    d.spans = d.spans.map((spans, k) => {
      const words = d.words[k]!;
      return titledPeople(words, propagate(words, splitTrailingPerson(words, spans, people), known, dynamic));
    });
  }
}

/** A person tagged together with the country before it ("Cina Xi Jinping") starts after it. */
function splitLeadingPlace(words: readonly Word[], spans: WordSpan[]): WordSpan[] {
  return spans.flatMap((s) => {
    if (s.type !== 'PER') return [s];
    for (let n = Math.min(MAX_NAME_WORDS, s.end - s.start - 1); n >= 1; n--) {
      const type = staticNames.get(foldedSurface(words, s.start, s.start + n));
      if (type) return [{ start: s.start, end: s.start + n, type }, { start: s.start + n, end: s.end, type: 'PER' as const }];
    }
    return [s];
  });
}

/**
 * An organisation or place tagged together with the person after it ("Kemlu Korsel Kim
 * In-chul" read as one name) ends where a known person's name starts.
 */
function splitTrailingPerson(words: readonly Word[], spans: WordSpan[], people: NameSet): WordSpan[] {
  const out: WordSpan[] = [];
  for (const s of spans) {
    const last = s.end - 1;
    if (s.type === 'PER' || s.end - s.start < 2 || !people.has(fold(words[last]!.text))) {
      out.push(s);
      continue;
    }
    let end = s.end;
    while (end < words.length && end - last < 4 && isNameWord(words[end]!.text) && !spans.some((o) => o.start === end)) end++;
    out.push({ start: s.start, end: last, type: s.type }, { start: last, end, type: 'PER' });
  }
  return out;
}

/**
 * "Presiden Korea Selatan Moon Jae-in", "Manajer Persib Umuh Muchtar", "Kepala Dinas PU Jambi,
 * Arfan": a title, the place or body it belongs to, then (after an optional comma of
 * apposition) capitalised words not yet tagged: those words are the title holder's name.
 */
function titledPeople(words: readonly Word[], spans: WordSpan[]): WordSpan[] {
  const added: WordSpan[] = [];
  const tagged = new Uint8Array(words.length);
  for (const s of spans) tagged.fill(1, s.start, s.end);
  for (const s of spans) {
    if (s.type === 'PER') continue;
    let titled = titleBefore(words, s.start);
    for (let j = s.start - 1; j >= Math.max(0, s.start - 4) && /^\p{Lu}/u.test(words[j]!.text); j--) {
      if (triggers.titles.has(words[j]!.text.toLowerCase())) titled = true;
    }
    if (!titled) continue;
    const from = words[s.end]?.text === ',' ? s.end + 1 : s.end;
    let end = from;
    while (end < words.length && end - from < 4 && !tagged[end] && isNameWord(words[end]!.text) && !staticNames.has(fold(words[end]!.text))) end++;
    if (end > from) added.push({ start: from, end, type: 'PER' });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
