import type { ArticleDoc, EntityMentionDraft } from '../types';
import { harmonize, type TaggedDoc } from './consistency';
import { cues, triggers } from './lexicon';
import type { Tagger, WordSpan } from './model';
import { bracketShortForms, isPlaceOnly, personSlots, splitAtCommas, teamSpans } from './cues';
import { capitalisedInside, cleanSpan, domainSpans, isNamesakeRun, organisationRuns, placeRuns, splitAtGlue, setPlaceTest } from './rules';
import { gazetteer } from './gazetteer';
import { pairedPersons } from './pairs';
import { bindCompassWords } from './compass';
import { withoutDegrees } from './degrees';
import { givenNamesAfterTitles } from './titled';
import { sentenceWords, type Word } from './words';
import type { Sentence, Token } from '../types';

setPlaceTest(isPlaceOnly);

const overlaps = (a: WordSpan, b: WordSpan) => a.start < b.end && b.start < a.end;

/**
 * What is left of a tagged span beside the pattern spans it overlaps: the tagger's "Persib
 * Atep" around the club "Persib" leaves the person "Atep". Only a remainder outside on one side
 * survives, and only when it still starts with a capital.
 */
function outside(s: WordSpan, fixed: readonly WordSpan[], words: readonly { text: string }[]): WordSpan | null {
  let { start, end } = s;
  for (const f of fixed) {
    if (!overlaps(f, { start, end, type: s.type })) continue;
    if (f.start <= start && f.end < end) start = f.end;
    else if (f.start > start && f.end >= end) end = f.start;
    else return null;
  }
  if (start >= end) return null;
  if (start === s.start && end === s.end) return s;
  return /^\p{Lu}/u.test(words[start]!.text) ? { start, end, type: s.type } : null;
}

/**
 * "Fadli Ramadhan": a month or feast word ("Ramadhan", "Mei") listed as a family name, right
 * after a person's name and not before a number, is part of the name.
 */
function personWithHolidayWord(s: WordSpan, words: readonly Word[]): WordSpan {
  const w = words[s.end];
  if (s.type !== 'PER' || !w || !/^\p{Lu}\p{Ll}/u.test(w.text) || !triggers.never.has(w.text.toLowerCase()) || !gazetteer().personLast.has(w.text.toLowerCase())) return s;
  return /^\p{N}/u.test(words[s.end + 1]?.text ?? '') ? s : { ...s, end: s.end + 1 };
}

/**
 * "Kasat Lantas Polres Majalengka AKP Dedi Kurniawan": a rank or title between a body and the
 * person holding it opens the person's part of the phrase, so a body's name ends before it.
 */
function titleFreeSpan(s: WordSpan, words: readonly Word[]): WordSpan {
  let end = s.end;
  // "sasaran Bank Indonesia 1,5-3,5 persen": a decimal figure is a quantity, never part of a name
  while (end - 1 > s.start && DECIMAL.test(words[end - 1]!.text)) end--;
  while (s.type !== 'PER' && end - 1 > s.start && triggers.titles.has(words[end - 1]!.text.toLowerCase()) && /^\p{Lu}/u.test(words[end]?.text ?? '')) end--;
  return end === s.end ? s : { ...s, end };
}

const DECIMAL = /^\d+[.,]\d+$/;

// the entities and linking stages both read an article's words: they are made for a token and
// sentence layer (stages copy a document but keep its layers), only read afterwards, and let go
// after each of the two (recognize, linkStory), which costs one more making of them per article
const wordsByLayer = new WeakMap<readonly Token[], { sentences: readonly Sentence[]; words: Word[][] }>();

/** The words of every sentence of a document (words.ts), made once per token and sentence layer. */
export function documentWords(doc: ArticleDoc): Word[][] {
  const known = wordsByLayer.get(doc.tokens);
  if (known?.sentences === doc.sentences) return known.words;
  const words = sentenceWords(doc);
  wordsByLayer.set(doc.tokens, { sentences: doc.sentences, words });
  return words;
}

/**
 * Lets a document's words go once their last reader (linking) is done: documents live to the
 * end of a story, and so would a word object per token beside its token.
 */
export function releaseDocumentWords(doc: ArticleDoc): void {
  wordsByLayer.delete(doc.tokens);
}

/** Tags every sentence and applies the span rules (no cross-sentence consistency yet). */
export function tagDocument(doc: ArticleDoc, tagger: Tagger): TaggedDoc {
  const words = documentWords(doc);
  const used = capitalisedInside(words);
  const spans = words.map((ws) => {
    const model = bindCompassWords(ws, tagger.tagSentence(ws.map((w) => w.text)).flatMap((s) => splitAtGlue(s, ws)).flatMap((s) => splitAtCommas(s, ws)));
    // pattern spans (site names, organisation runs) win over what the tagger says there, but
    // an organisation run stops where the tagger sees a person ("Partai X Budi Santoso"), though not
    // right after its head: a body's name holds a word at least ("Kelompok Tani Sri Makmur")
    // (a run named by its tail word, "Viking Persib Club", or after a namesake, "RSUD dr. Moewardi", is one name whatever the tagger says inside)
    // (after a company or club prefix, "PB Djarum Kudus", the name goes on past the prefix word whatever the tagger says)
    const from = (r: WordSpan) => (cues.companyPrefixes.has(ws[r.start]!.text.toLowerCase()) ? r.start + 1 : r.start);
    const runs = organisationRuns(ws)
      .map((r) => (triggers.orgNameTails.has(ws[r.end - 1]!.text.toLowerCase()) || isNamesakeRun(ws, r) ? r : { ...r, end: Math.min(r.end, ...model.filter((m) => m.type === 'PER' && m.start > from(r) + 1 && m.start < r.end).map((m) => m.start)) }))
      .filter((r) => r.end - r.start >= 2);
    const fixed = [...domainSpans(ws), ...runs, ...teamSpans(ws), ...placeRuns(ws)].filter((s, k, all) => !all.slice(0, k).some((o) => overlaps(o, s)));
    const tagged = model
      .map((s) => cleanSpan(s, ws, used))
      .map((s) => (s === null ? null : outside(s, fixed, ws)))
      .map((s) => (s === null ? null : cleanSpan(s, ws, used)))
      .filter((s): s is WordSpan => s !== null);
    return withoutDegrees(ws, givenNamesAfterTitles(ws, pairedPersons(ws, bracketShortForms(ws, personSlots(ws, [...tagged, ...fixed].sort((a, b) => a.start - b.start)).map((s) => personWithHolidayWord(s, ws)))))).map((s) => titleFreeSpan(s, ws));
  });
  return { words, spans };
}

export function toMentions(doc: ArticleDoc, tagged: TaggedDoc): EntityMentionDraft[] {
  const mentions: EntityMentionDraft[] = [];
  tagged.spans.forEach((spans, k) => {
    const words = tagged.words[k]!;
    for (const s of spans) {
      const first = words[s.start]!;
      const last = words[s.end - 1]!;
      const { start } = first;
      const { end } = last;
      // hashtags and handles ("#DjanurOut", "@persib") are not mentions of a name
      if (start > 0 && (doc.text[start - 1] === '#' || doc.text[start - 1] === '@')) continue;
      // the ".CO.ID" of "REPUBLIKA.CO.ID" cut off as a sentence of its own is no name
      if (start > 1 && doc.text[start - 1] === '.' && /[\p{L}\p{N}]/u.test(doc.text[start - 2]!) && /^(?:co|id|com|net|org)(?:\.(?:co|id|com))*$/iu.test(doc.text.slice(start, end))) continue;
      mentions.push({ start, end, tokenStart: first.token, tokenEnd: last.token + 1, type: s.type, text: doc.text.slice(start, end) });
    }
  });
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The first index whose value is not below `x` in an increasing array. */
function lowerBound(values: Int32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where each word of a document starts and ends, laid flat in document order, with its sentence
 * and place in it: a mention's words are then found by binary search, not by walking every word
 * of a long text. Null when the offsets do not increase (words out of order), where a search
 * would not hold.
 */
function flatWords(words: readonly (readonly Word[])[]): { starts: Int32Array; ends: Int32Array; sentence: Int32Array; index: Int32Array } | null {
  const total = words.reduce((n, ws) => n + ws.length, 0);
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const sentence = new Int32Array(total);
  const index = new Int32Array(total);
  let g = 0;
  for (let k = 0; k < words.length; k++) {
    const ws = words[k]!;
    for (let i = 0; i < ws.length; i++, g++) {
      starts[g] = ws[i]!.start;
      ends[g] = ws[i]!.end;
      sentence[g] = k;
      index[g] = i;
      if (g > 0 && (starts[g]! <= starts[g - 1]! || ends[g]! <= ends[g - 1]!)) return null;
    }
  }
  return { starts, ends, sentence, index };
}

/** Word spans for mentions already on a document (so story-level passes can revisit them). */
export function fromMentions(tagged: Pick<TaggedDoc, 'words'>, mentions: readonly EntityMentionDraft[]): TaggedDoc {
  const spans: WordSpan[][] = tagged.words.map(() => []);
  const flat = mentions.length ? flatWords(tagged.words) : null;
  if (flat === null) return mentions.length ? fromMentionsByWalk(tagged, mentions, spans) : { words: tagged.words, spans };
  const { starts, ends, sentence, index } = flat;
  for (const m of mentions) {
    const s = lowerBound(starts, m.start);
    const e = lowerBound(ends, m.end);
    if (s >= starts.length || starts[s] !== m.start || e >= ends.length || ends[e] !== m.end) continue;
    if (sentence[s] === sentence[e] && index[e]! >= index[s]!) spans[sentence[s]!]!.push({ start: index[s]!, end: index[e]! + 1, type: m.type });
  }
  return { words: tagged.words, spans };
}

/** `fromMentions` for words whose offsets do not increase: the first word starting or ending at each offset. */
function fromMentionsByWalk(tagged: Pick<TaggedDoc, 'words'>, mentions: readonly EntityMentionDraft[], spans: WordSpan[][]): TaggedDoc {
  const starts = new Set(mentions.map((m) => m.start));
  const ends = new Set(mentions.map((m) => m.end));
  const startAt = new Map<number, [number, number]>();
  const endAt = new Map<number, [number, number]>();
  tagged.words.forEach((words, k) => words.forEach((w, i) => {
    if (starts.has(w.start) && !startAt.has(w.start)) startAt.set(w.start, [k, i]);
    if (ends.has(w.end) && !endAt.has(w.end)) endAt.set(w.end, [k, i]);
  }));
  for (const m of mentions) {
    const s = startAt.get(m.start);
    const e = endAt.get(m.end);
    if (s && e && s[0] === e[0] && e[1] >= s[1]) spans[s[0]]!.push({ start: s[1], end: e[1] + 1, type: m.type });
  }
  return { words: tagged.words, spans };
}

export function recognize(doc: ArticleDoc, tagger: Tagger): ArticleDoc {
  const tagged = tagDocument(doc, tagger);
  harmonize([tagged]);
  const mentions = toMentions(doc, tagged);
  // linking makes them again, after every article's stages: a word object per token of every
  // article read so far, kept through the other article stages, is most of a large story's heap
  releaseDocumentWords(doc);
  return { ...doc, mentions };
}
