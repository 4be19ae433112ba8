import { commonWords } from '../language/id';
import type { EntityType } from '../../shared/digest/schema';
import { gazetteer } from './gazetteer';
import { cues, triggers } from './lexicon';
import type { WordSpan } from './model';
import { titleBefore } from './titles';
import type { Word } from './words';

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
const typesOf = (key: string): readonly EntityType[] => gazetteer().entries.get(key.toLowerCase()) ?? [];
/** A listed place that is not also a listed person ("Bandung", not "Atep"). */
export const isPlaceOnly = (key: string) => {
  const t = typesOf(key);
  return t.includes('LOC') && !t.includes('PER');
};

/**
 * Indonesian club names built on "Persatuan Sepak Bola Indonesia ...": "Persib", "Persija",
 * "Persebaya". A capitalised Pers[ei]- word that is no common word (persidangan, persis) and no
 * listed person or place (van Persie, Persia) is a club; a place after it belongs to the name
 * ("Persib Bandung"), a person after it does not ("Persib Atep").
 */
function persiClubs(words: readonly Word[]): WordSpan[] {
  const spans: WordSpan[] = [];
  words.forEach((w, i) => {
    // "PSIS Semarang", "PSKC Cimahi": the clubs' "Persatuan Sepak bola ..." as an acronym, named with their home
    if (/^PS\p{Lu}{1,3}$/u.test(w.text) && !cues.commonAcronyms.has(w.text.toLowerCase()) && isCapitalised(words[i + 1]?.text ?? '') && isPlaceOnly(words[i + 1]!.text)) {
      spans.push({ start: i, end: i + 2, type: 'ORG' });
      return;
    }
    if (!/^Pers[ei]\p{Ll}{1,9}$/u.test(w.text) || commonWords.has(w.text.toLowerCase())) return;
    const t = typesOf(w.text);
    if (t.includes('PER') || t.includes('LOC')) return;
    const next = words[i + 1]?.text ?? '';
    const withPlace = isCapitalised(next) && (typesOf(`${w.text} ${next}`).includes('ORG') || isPlaceOnly(next));
    spans.push({ start: i, end: withPlace ? i + 2 : i + 1, type: 'ORG' });
  });
  return spans;
}

/** The capitalised run from word i (at most 3 words), or i when none. */
function capitalisedRun(words: readonly Word[], i: number): number {
  let end = i;
  while (end < words.length && end - i < 3 && isCapitalised(words[end]!.text) && !triggers.never.has(words[end]!.text.toLowerCase())) end++;
  return end;
}

/**
 * A name after a team noun ("tim Maung Bandung", "julukan Macan Kemayoran", "skuad "Garuda"")
 * or before "(julukan ...)" names a team: an organisation. A country there ("timnas Thailand")
 * is the place standing for its team, and a listed person is the person's own team: both are
 * left to the tagger.
 */
function teamNames(words: readonly Word[]): WordSpan[] {
  const spans: WordSpan[] = [];
  const isCue = (w: Word | undefined) => w !== undefined && cues.teamCues.has(w.text) && !isCapitalised(w.text);
  for (let i = 1; i < words.length; i++) {
    const cued = isCue(words[i - 1]) || (QUOTES.has(words[i - 1]!.text) && isCue(words[i - 2]));
    const end = capitalisedRun(words, i);
    if (end === i) continue;
    const nicknamed = words[end]?.text === '(' && isCue(words[end + 1]);
    if (!cued && !nicknamed) continue;
    const key = words.slice(i, end).map((w) => w.text).join(' ');
    const t = typesOf(key);
    if (t.includes('LOC') || t.includes('PER') || (end - i === 1 && commonWords.has(key.toLowerCase()))) continue;
    spans.push({ start: i, end, type: 'ORG' });
    i = end;
  }
  return spans;
}

/** Club and team names found by the shape of sports writing. */
export function teamSpans(words: readonly Word[]): WordSpan[] {
  const teams = teamNames(words);
  return [...teams, ...persiClubs(words).filter((c) => !teams.some((t) => t.start < c.end && c.start < t.end))];
}

/**
 * Whether the single word at i stands where Indonesian news puts a person: after a reporting
 * verb ("kata Atep"), as the subject of one ("Umuh menilai"), after a title ("pelatih Djanur"),
 * or before "dan kawan-kawan" ("Atep dan kawan-kawan", the players around their captain).
 */
export function personCue(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1]?.text ?? '';
  const next = words[i + 1]?.text.toLowerCase() ?? '';
  if (cues.speechAfter.has(prev) || cues.speechBefore.has(next)) return true;
  if (!isCapitalised(prev) && titleBefore(words, i)) return true;
  return next === 'dkk' || (next === 'dan' && /^kawan-kawan|^rekan-rekan/.test(words[i + 2]?.text.toLowerCase() ?? ''));
}

/**
 * Single words tagged as places that stand in a person's slot, or are listed with a person,
 * become people; untagged capitalised words right after a reporting verb are tagged as people
 * ("ujar Glenn"), and listed places after a birth cue as places.
 * Places the gazetteer lists only as places keep their type ("kata Jakarta" is rare; "Jakarta
 * menilai" reads as the government, so the subject cue alone does not retype a listed place).
 */
export function personSlots(words: readonly Word[], spans: WordSpan[]): WordSpan[] {
  const covered = new Uint8Array(words.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const retypable = (s: WordSpan) => s.type === 'LOC' && s.end - s.start === 1 && !isPlaceOnly(words[s.start]!.text);
  for (const s of spans) if (retypable(s) && personCue(words, s.start)) s.type = 'PER';
  // coordination joins like with like: "Atep dan Tantan", "Zumi, Arfan"
  spans.forEach((s, k) => {
    const joined = (o: WordSpan | undefined, gap: Word | undefined) => o?.type === 'PER' && gap !== undefined && (gap.text === 'dan' || gap.text === ',');
    if (retypable(s) && (joined(spans[k - 1], words[s.start - 1]) && spans[k - 1]!.end === s.start - 1 || (joined(spans[k + 1], words[s.end]) && spans[k + 1]!.start === s.end + 1))) s.type = 'PER';
  });
  const added: WordSpan[] = [];
  for (let i = 1; i < words.length; i++) {
    // "pelatih kelahiran Majalengka": a listed place after a birth cue is where someone was born
    if (!covered[i] && cues.birthCues.has(words[i - 1]!.text) && isPlaceOnly(words[i]!.text) && isCapitalised(words[i]!.text)) {
      added.push({ start: i, end: i + 1, type: 'LOC' });
      continue;
    }
    // "Karsono (56 tahun)": a name before a bracketed age is a person's
    if (!covered[i] && isPersonWord(words[i]!.text) && !words[i]!.initial && words[i + 1]?.text === '(' && /^\d{1,3}$/.test(words[i + 2]?.text ?? '') && /^(?:tahun|thn|th)$/i.test(words[i + 3]?.text ?? '') && words[i + 4]?.text === ')') {
      added.push({ start: i, end: i + 1, type: 'PER' });
      continue;
    }
    // "Sutarno, 52, asal Sragen", "Darsini (58)": a name with a bare age after it is a person's
    const age = bareAgeAfter(words, i);
    if (age && !words[age.from]!.initial) {
      if (!covered.subarray(age.from, i + 1).some(Boolean)) added.push({ start: age.from, end: i + 1, type: 'PER' });
      else retypeAsPerson(spans, age.from, i + 1);
      continue;
    }
    if (covered[i] || !cues.speechAfter.has(words[i - 1]!.text)) continue;
    let end = i;
    while (end < words.length && end - i < 3 && !covered[end] && isPersonWord(words[end]!.text)) end++;
    if (end > i) added.push({ start: i, end, type: 'PER' });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** Ages are written bare after a name in brackets ("(58)") or between commas (", 52,"). */
const AGE = /^\d{1,2}$/;

/**
 * The person's name ending at word i when a bare age follows it: up to three person words, after
 * a comma-written age only when the name itself opens a comma-set phrase ("sopir, Sutarno, 52,").
 */
function bareAgeAfter(words: readonly Word[], i: number): { from: number } | null {
  const next = words[i + 1]?.text;
  const bracketed = next === '(' && AGE.test(words[i + 2]?.text ?? '') && words[i + 3]?.text === ')';
  const commaSet = next === ',' && AGE.test(words[i + 2]?.text ?? '') && [',', '.'].includes(words[i + 3]?.text ?? '') && !/^\d/.test(words[i + 4]?.text ?? '');
  if (!(bracketed || commaSet) || !isPersonWord(words[i]!.text)) return null;
  let from = i;
  while (from - 1 >= 0 && i - from < 2 && isPersonWord(words[from - 1]!.text) && !words[from - 1]!.initial) from--;
  return { from };
}

/** A single-word place the tagger put where an aged person stands becomes that person. */
function retypeAsPerson(spans: WordSpan[], start: number, end: number): void {
  for (const s of spans) if (s.start === start && s.end === end && s.type === 'LOC') s.type = 'PER';
}

const isPersonWord = (w: string) => {
  const lower = w.toLowerCase();
  return /^\p{Lu}\p{Ll}/u.test(w) && !commonWords.has(lower) && !triggers.titles.has(lower) && !triggers.never.has(lower);
};

/**
 * "Setya Novanto (Setnov)", "Viking Persib Club (VPC)": a capitalised word in brackets right
 * after a name is that name's short form, of the same kind.
 */
export function bracketShortForms(words: readonly Word[], spans: WordSpan[]): WordSpan[] {
  const starts = new Set(spans.map((s) => s.start));
  const added: WordSpan[] = [];
  for (const s of spans) {
    const k = s.end + 1;
    if (words[s.end]?.text !== '(' || starts.has(k)) continue;
    // one to three capitalised words: "(Setnov)", "(Hiswana Migas)"
    let close = k;
    while (close < words.length && close - k < 3 && /^\p{Lu}[\p{L}\p{N}-]*$/u.test(words[close]!.text)) close++;
    if (close === k || words[close]?.text !== ')') continue;
    const short = words.slice(k, close).map((w) => w.text.toLowerCase());
    if (short.some((w) => triggers.never.has(w)) || (short.length === 1 && commonWords.has(short[0]!))) continue;
    added.push({ start: k, end: close, type: s.type });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** People and places are never written across a comma ("Persib, Atep" is two names). */
export function splitAtCommas(span: WordSpan, words: readonly Word[]): WordSpan[] {
  if (span.type === 'ORG') return [span];
  const out: WordSpan[] = [];
  let from = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i < span.end && words[i]!.text !== ',') continue;
    if (i > from) out.push({ start: from, end: i, type: span.type });
    from = i + 1;
  }
  return out;
}
