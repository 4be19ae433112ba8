import { commonWords } from '../lexicon';
import { triggers } from './lexicon';
import type { WordSpan } from './model';
import type { Word } from './words';

const startsUpper = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
const isPunct = (w: string) => !/[\p{L}\p{N}]/u.test(w);
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|co|id|net|org|news|tv|info)$/iu;
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de', 'dan', 'untuk']);

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

/** A sentence-opening capitalised common word ("Melansir", "Namun") is not a name. */
const isCommonOpener = (w: Word) => w.initial && commonWords.has(w.text.toLowerCase());

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

/**
 * Trims one tagged span to the proper name and says whether a name is left: titles and
 * descriptors before it and dates after it go; spans of only lower-case or heading words go.
 */
export function cleanSpan(span: WordSpan, words: readonly Word[], usedCapitalised: ReadonlySet<string>): WordSpan | null {
  let { start, end } = span;
  while (start < end && (droppableHead(words[start]!.text, span.type) || isCommonOpener(words[start]!))) start++;
  while (end > start && droppableTail(words[end - 1]!.text)) end--;
  if (start >= end) return null;
  const inside = words.slice(start, end);
  if (!inside.some((w) => startsUpper(w.text))) return null;
  if (inside.every((w) => triggers.never.has(w.text.toLowerCase()) || isPunct(w.text))) return null;
  if (end - start === 1) {
    const w = words[start]!;
    const lower = w.text.toLowerCase();
    // a capitalised common word is a name only if the text also capitalises it mid-sentence
    if (commonWords.has(lower) && !usedCapitalised.has(w.text)) return null;
    if (triggers.titles.has(lower) || triggers.orgHeads.has(lower) || triggers.locHeads.has(lower)) return null;
  }
  const first = words[start]!.text.toLowerCase();
  const last = words[end - 1]!.text.toLowerCase();
  const org = end - start > 1 && (triggers.orgNameHeads.has(first) || triggers.orgNameTails.has(last));
  return { start, end, type: org ? 'ORG' : span.type };
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
    // a sentence opener is capitalised anyway: it starts a run only as an organisation head
    const opener = w.initial && !triggers.orgNameHeads.has(lower);
    if (!/^\p{Lu}/u.test(w.text) || triggers.titles.has(lower) || triggers.never.has(lower) || opener) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < words.length) {
      const t = words[end]!.text;
      if (/^[\p{Lu}\p{N}]/u.test(t) && !triggers.never.has(t.toLowerCase())) end++;
      else if (CONNECTORS.has(t) && end + 1 < words.length && /^\p{Lu}/u.test(words[end + 1]!.text)) end += 2;
      else break;
    }
    const head = triggers.orgNameHeads.has(lower);
    const tail = triggers.orgNameTails.has(words[end - 1]!.text.toLowerCase());
    if (end - i >= 2 && (head || tail)) spans.push({ start: i, end, type: 'ORG' });
    i = end;
  }
  return spans;
}

/** A site name ("aljazeera.com") cited as a source is the outlet: an organisation. */
export function domainSpans(words: readonly Word[]): WordSpan[] {
  const spans: WordSpan[] = [];
  words.forEach((w, i) => {
    const prev = words[i - 1]?.text ?? '';
    const next = words[i + 1]?.text ?? '';
    if (DOMAIN.test(w.text) && prev !== '/' && prev !== '.' && next !== '/') spans.push({ start: i, end: i + 1, type: 'ORG' });
  });
  return spans;
}

/** Capitalised words the document writes somewhere other than at a sentence start. */
export function capitalisedInside(sentences: readonly Word[][]): Set<string> {
  const used = new Set<string>();
  for (const words of sentences) for (const w of words) if (!w.initial && /^\p{Lu}/u.test(w.text)) used.add(w.text);
  return used;
}
