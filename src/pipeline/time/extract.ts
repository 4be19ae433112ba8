import type { ParsedResult, ParsingComponents } from 'chrono-node/id';
import { tokenizeRange } from '../stages/tokenize';
import type { Span, Token } from '../types';
import { mayHoldTime } from './cues';
import { NO_ANCHOR, parseTimes } from './engine';
import { alternation, numberPattern, readNumber, words } from './lexicon';
import { resolveNarrative } from './narrative';
import { normalise, type Anchor, type Found } from './normalise';
import { tenseInText, type Tense } from './tense';

/** Links and image markup carry path dates (/2019/04/25/) that are not part of the prose. */
const NOT_PROSE = /!\[[^\]]*\]\([^)]*\)|\b(?:https?:\/\/|www\.)\S+/gi;
/** "(Baca: ... Skors Sidang 30 Menit)": another article's headline, not this story's times. */
const CROSS_REFERENCE = new RegExp(String.raw`^[ \t]*[(\[][ \t]*(?:${alternation(words.crossReferenceHeads)})[ \t]*:[^\n]*[)\]][ \t]*$`, 'gimu');

export function maskNonProse(text: string): string {
  return text.replace(NOT_PROSE, (m) => ' '.repeat(m.length)).replace(CROSS_REFERENCE, (m) => ' '.repeat(m.length));
}

function dropOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end - f.start > prev.end - prev.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/** "31 Januari hingga 1 Februari 2018", "10-12 Mei", "kemarin sampai hari ini". */
const RANGE_JOIN = /\s*(?:[-–—]|s\.\s?d\.?|sampai\s+dengan|hingga|sampai)\s*/iu;

interface Piece {
  result: ParsedResult;
  /** Offset of the piece within the parsed slice. */
  index: number;
}

/**
 * TimeML gives a range one DATE per end point, so a chrono range is split at its joining word;
 * the start borrows the end's year when it states none (the month carried over is chrono's).
 */
function piecesOf(r: ParsedResult): Piece[] {
  const join = r.end ? RANGE_JOIN.exec(r.text) : null;
  if (!r.end || !join || join.index === 0) return [{ result: r, index: r.index }];
  const left = r.text.slice(0, join.index);
  const rightAt = join.index + join[0].length;
  const start = (r.start as ParsingComponents).clone();
  const endYear = r.end.isCertain('year') ? r.end.get('year') : null;
  if (endYear !== null && !start.isCertain('year')) {
    const later = (start.get('month') ?? 0) > (r.end.get('month') ?? 0);
    start.assign('year', later ? endYear - 1 : endYear);
  }
  const piece = (text: string, components: ParsedResult['start'], index: number): Piece => ({
    result: { ...r, text, index, start: components, end: undefined, tags: () => r.tags(), date: () => components.date() } as ParsedResult,
    index,
  });
  const right = r.text.slice(rightAt);
  return [piece(left, start, r.index), piece(right, clockAsWritten(right, r.end), r.index + rightAt)];
}

/** "pukul 21.00-03.00 WIB": a clock written with its two digits and no part of the day after it. */
const CLOCK_24H = /^(?:pukul\s+)?(\d{2})[.:](\d{2})(?!\s*(?:pagi|siang|sore|petang|malam|dini))/iu;

/**
 * Chrono reads the end of "21.00-03.00" in the start's half of the day (15.00); news writes the
 * 24-hour clock, so a range's end keeps the hour it writes.
 */
function clockAsWritten(text: string, end: ParsedResult['start']): ParsedResult['start'] {
  const clock = CLOCK_24H.exec(text.trim());
  const hour = clock ? Number(clock[1]) : NaN;
  if (!(hour <= 23) || !end.isCertain('hour') || end.get('hour') === hour) return end;
  const fixed = (end as ParsingComponents).clone();
  fixed.assign('hour', hour);
  return fixed;
}

/** "tiga hingga empat hari", "dua atau tiga jam": a count joined to a duration shares its unit. */
const RANGE_START = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${numberPattern()})\s*(?:hingga|sampai|s\.d\.|atau|[-–])\s*$`, 'iu');
const SIMPLE_DURATION = /^P(T?)(\d+)([A-Z]+)$/;

/** TimeML gives a range one timex per end point, so the bare first count is a duration too. */
function rangeStarts(text: string, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const value = f.type === 'DURATION' ? SIMPLE_DURATION.exec(f.value) : null;
    if (!value) continue;
    const before = text.slice(Math.max(0, f.start - 30), f.start);
    const m = RANGE_START.exec(before);
    const n = m ? readNumber(m[1]!) : null;
    if (!m || !n || !Number.isInteger(n) || n >= Number(value[2])) continue;
    const start = f.start - before.length + m.index;
    out.push({ start, end: start + m[1]!.length, text: m[1]!, type: 'DURATION', value: `P${value[1]}${n}${value[3]}`, relative: false, weekdayConflict: false });
  }
  return out;
}

/**
 * The chrono readings of one text's regions, by reference day and region. The publication and
 * timex stages read an article several times against the same day (with and without a year
 * hint, which only the normalising step uses), and the story's dates read every article again
 * with no day (its own reading in the story's year), so readings are kept by text across
 * articles: chrono's results are only read after parsing, and a bound on the characters held
 * keeps a long run from keeping every article's readings.
 */
interface Readings {
  masked: string;
  byKey: Map<string, Piece[]>;
  /**
   * What findTimex returned, by regions and anchor: the timex stage asks again for the readings
   * the publication stage made (the same regions without a day, with and without the year hint).
   * Callers only read what they get.
   */
  found: WeakMap<readonly Span[], Map<string, readonly Found[]>>;
  /**
   * The tense at each offset an expression starts at: it depends on the text alone, and the
   * readings against each anchor (three or four per article) meet the same expressions.
   */
  tenses: Map<number, Tense>;
}

/** The whole text's tokens, for a tense whose words start inside a long unbroken run: one text's only, not kept with the readings. */
let tokenized: { text: string; tokens: Token[] } | undefined;
function tokensOf(text: string): Token[] {
  if (tokenized?.text !== text) tokenized = { text, tokens: tokenizeRange(text, 0, text.length) };
  return tokenized.tokens;
}

/** Characters of text whose readings are kept (a story of a few thousand articles); past it all are dropped. */
export const READINGS_CHARACTER_LIMIT = 16_000_000;
const keptReadings = new Map<string, Readings>();
let keptCharacters = 0;

function readingsOf(text: string): Readings {
  let readings = keptReadings.get(text);
  if (!readings) {
    if (keptCharacters + text.length > READINGS_CHARACTER_LIMIT) {
      keptReadings.clear();
      keptCharacters = 0;
    }
    readings = { masked: maskNonProse(text), byKey: new Map(), found: new WeakMap(), tenses: new Map() };
    keptReadings.set(text, readings);
    keptCharacters += text.length;
  }
  return readings;
}

function piecesIn(readings: Readings, region: Span, ref: Anchor['ref']): Piece[] {
  const day = ref ?? NO_ANCHOR;
  const key = `${day.year}-${day.month}-${day.day}@${region.start}:${region.end}`;
  let pieces = readings.byKey.get(key);
  if (pieces === undefined) {
    const slice = readings.masked.slice(region.start, region.end);
    pieces = mayHoldTime(slice) ? parseTimes(slice, day).flatMap(piecesOf) : [];
    readings.byKey.set(key, pieces);
  }
  return pieces;
}

/** Every temporal expression in the given regions of `text`, normalised against the anchor. */
export function findTimex(text: string, regions: readonly Span[], anchor: Anchor): readonly Found[] {
  const readings = readingsOf(text);
  let byAnchor = readings.found.get(regions);
  if (!byAnchor) readings.found.set(regions, (byAnchor = new Map()));
  const day = anchor.ref;
  const key = `${day ? `${day.year}-${day.month}-${day.day}` : '-'}/${anchor.yearHint ?? '-'}`;
  let known = byAnchor.get(key);
  if (!known) byAnchor.set(key, (known = timexIn(text, readings, regions, anchor)));
  return known;
}

function timexIn(text: string, readings: Readings, regions: readonly Span[], anchor: Anchor): Found[] {
  const found: Found[] = [];
  for (const region of regions) {
    for (const { result: r, index } of piecesIn(readings, region, anchor.ref)) {
      const start = region.start + index;
      const end = start + r.text.length;
      if (end > region.end || text.slice(start, end) !== r.text) continue;
      let tense = readings.tenses.get(start);
      if (tense === undefined) readings.tenses.set(start, (tense = tenseInText(text, start, () => tokensOf(text))));
      const value = normalise(r, anchor, tense);
      if (value) found.push({ start, end, text: r.text, ...value });
    }
  }
  return resolveNarrative(dropOverlaps([...found, ...rangeStarts(text, found)]), anchor.ref);
}
