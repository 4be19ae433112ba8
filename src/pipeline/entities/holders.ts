import { commonWords } from '../language/id';
import type { EntityType } from '../../shared/digest/schema';
import { gazetteer } from './gazetteer';
import { isPlaceOnly } from './cues';
import { cues, triggers } from './lexicon';
import type { WordSpan } from './model';
import { fold } from './names';
import { titleBefore } from './titles';
import type { Word } from './words';

const isNameWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && !commonWords.has(w.toLowerCase()) && !triggers.never.has(w.toLowerCase());
const personEntry = (w: string) => (gazetteer().entries.get(w.toLowerCase()) ?? []).includes('PER');
/** A listed given name ("Irwan", "Lukas"), or a word the story writes alone as a person. */
const opensPerson = (w: string, people: ReadonlySet<string>) =>
  isNameWord(w) && (gazetteer().personFirst.has(w.toLowerCase()) || (personEntry(w) && !isPlaceOnly(w)) || people.has(fold(w)));
const personish = (w: string) => {
  const g = gazetteer();
  const lower = w.toLowerCase();
  return personEntry(w) || g.personFirst.has(lower) || g.personLast.has(lower);
};

/**
 * Where the holder's name starts inside a run that follows a title ("Bupati Bojonegoro Hartono
 * Wibisono", "Ketua Umum Hiswana Migas Irwan Pangaribuan"), or -1: at the first given name (or
 * a name the story uses alone for a person) after a place or a body. A person's run splits only
 * after a listed place or after words no list knows as a person's, with two name words left.
 */
function holderStart(words: readonly Word[], s: WordSpan, people: ReadonlySet<string>): number {
  for (let j = s.start + 1; j < s.end; j++) {
    if (!opensPerson(words[j]!.text, people) || !words.slice(j, s.end).every((w) => isNameWord(w.text))) continue;
    if (s.type !== 'PER') return j;
    const prefix = words.slice(s.start, j).map((w) => w.text);
    if (isPlaceOnly(prefix.join(' '))) return j;
    if (!prefix.some(personish) && (s.end - j >= 2 || people.has(fold(words[j]!.text)))) return j;
    return -1;
  }
  return -1;
}

/**
 * "Direktur CV Karya Mandiri Suparjo": a company after a title holds its director's name at its
 * end. Without a given name to split at, the last name word is the person.
 */
function companyHolderStart(words: readonly Word[], s: WordSpan, people: ReadonlySet<string>): number {
  for (let j = s.start + 2; j < s.end; j++) {
    if (opensPerson(words[j]!.text, people) && words.slice(j, s.end).every((w) => isNameWord(w.text))) return j;
  }
  const last = words[s.end - 1]!.text;
  const known = gazetteer().entries.get(last.toLowerCase()) ?? [];
  return s.end - s.start >= 3 && isNameWord(last) && !triggers.orgNameTails.has(last.toLowerCase()) && !known.includes('ORG') && !known.includes('LOC') ? s.end - 1 : -1;
}

/**
 * A title followed by the place or body it belongs to and its holder's name, read as one name
 * ("Bupati Bojonegoro Hartono Wibisono" as a person, "Direktur PT Griya Utama Bangun" +
 * "Lukas Hendrawan"), becomes the place or body and the person.
 */
export function splitTitleHolders(words: readonly Word[], spans: WordSpan[], people: ReadonlySet<string>): WordSpan[] {
  return [...untaggedTitlePlaces(words, spans), ...splitHolders(words, spans, people)].sort((a, b) => a.start - b.start);
}

/** "Bupati Lamongan Sugeng Widodo" with only the person tagged: the listed place between is the title's place. */
function untaggedTitlePlaces(words: readonly Word[], spans: readonly WordSpan[]): WordSpan[] {
  const places: WordSpan[] = [];
  spans.forEach((s, k) => {
    const p = s.start - 1;
    if (s.type !== 'PER' || p < 1 || (k > 0 && spans[k - 1]!.end > p) || !/^\p{Lu}/u.test(words[p]!.text)) return;
    if (isPlaceOnly(words[p]!.text) && titleBefore(words, p)) places.push({ start: p, end: p + 1, type: 'LOC' });
  });
  return places;
}

function splitHolders(words: readonly Word[], spans: WordSpan[], people: ReadonlySet<string>): WordSpan[] {
  const out: WordSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let s = spans[k]!;
    if (s.end - s.start < 2 || !titleBefore(words, s.start)) {
      out.push(s);
      continue;
    }
    const company = s.type === 'ORG' && cues.companyPrefixes.has(words[s.start]!.text.toLowerCase());
    // a company the tagger closed too early, with the rest of its name read into the person's
    const next = spans[k + 1];
    if (company && next?.type === 'PER' && next.start === s.end) {
      s = { start: s.start, end: next.end, type: 'ORG' };
      k++;
    }
    const at = company ? companyHolderStart(words, s, people) : holderStart(words, s, people);
    if (at < 0) {
      out.push(...(s === spans[k] ? [s] : [spans[k - 1]!, spans[k]!]));
      continue;
    }
    const prefix = words.slice(s.start, at).map((w) => w.text).join(' ');
    const type: EntityType = s.type === 'PER' ? (isPlaceOnly(prefix) ? 'LOC' : 'ORG') : s.type;
    // the rest of the name the tagger read apart ("Kemlu Korsel Kim" + "In-chul") joins the holder
    let end = s.end;
    if (spans[k + 1]?.type === 'PER' && spans[k + 1]!.start === end) end = spans[++k]!.end;
    else while (end < words.length && end - s.end < 3 && (spans[k + 1]?.start ?? Infinity) > end && /^\p{Lu}/u.test(words[end]!.text) && isNameWord(words[end]!.text)) end++;
    out.push({ start: s.start, end: at, type }, { start: at, end, type: 'PER' });
  }
  return out;
}
