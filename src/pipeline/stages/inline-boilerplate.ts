import { boilerplateLexicon as lex } from '../lexicon';
import { lookupOutlet } from '../outlets';
import type { Span } from '../types';

export interface InlineSpan extends Span {
  kind: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (xs: readonly string[]) => xs.map(escape).sort((a, b) => b.length - a.length).join('|');
/** A word in any case, for patterns that must also test case elsewhere ("[Bb][Aa][Cc][Aa]"). */
const caseless = (xs: readonly string[]) =>
  xs.map((x) => [...escape(x)].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('')).join('|');

/** Bracket contents, allowing one level of inner brackets ("(Baca: Hakim (PN) Menolak)"). */
const INSIDE = String.raw`(?:[^()\[\]\n]|\([^()\n]*\))*`;
/**
 * "[Baca juga: ...]", "(Lihat juga ...)", or a verb and colon before a headline of two words or
 * more: "(Baca: Hakim Menolak Gugatan)". A lower-case gloss, "warga (baca: korban banjir)", is prose.
 */
const VERB = String.raw`[(\[]\s*(?:${caseless(lex.relatedVerbs)})`;
const BRACKETED_LINK = new RegExp(
  String.raw`${VERB}\s+(?:${caseless(['juga', 'pula'])})\b\s*:?${INSIDE}[)\]]|${VERB}(?:\s+(?:${caseless(['selengkapnya', 'berita', 'artikel', 'video'])})\b)?\s*:\s*(?=[\p{Lu}\p{N}"“‘'])[^\s()\[\]]+\s+[^\s()\[\]]${INSIDE}[)\]]`,
  'gu',
);
/** "... kata dia. Baca juga: Judul Lain" running to the end of the line. */
const TRAILING_LINK = new RegExp(String.raw`(?<=[.!?"”’]\s+)(?:${alternatives(lex.relatedVerbs)})(?:\s+juga)?\s*:\s*\S[^\n]{2,200}$`, 'iu');
/** "(Foto: Antara/Budi)", "(ANTARA FOTO/Budi)", "(Dok. Humas)", "(Ilustrasi)". */
const BRACKETED_PHOTO = new RegExp(String.raw`\(\s*(?:${alternatives(lex.photoOpeners)})(?:\s*[:/]|\.\s*|\s*(?=\)))[^()\n]*\)`, 'giu');
/** A caption's closing credit, not bracketed: "... di Bogor. ANTARA FOTO/Budi/abc", "Foto: Dok. Humas". */
const TRAILING_PHOTO = /(?:^|(?<=[.!?"”)]\s*))(?:ANTARA FOTO|FOTO|Foto|Photo)\s*[:/]\s*\S[^\n]{1,120}$/u;
/** A page's embed placeholder: "[Gambas:Video Contoh]". */
const EMBED = new RegExp(String.raw`\[\s*(?:${caseless(lex.embedMarkers)})\s*:[^\]\n]*\]`, 'gu');
/** Captions are a sentence or two; a longer line ending in a credit keeps its text as body. */
const CAPTION = 300;
const AD = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(lex.adPhrases)})(?![\p{L}])`, 'gu');
/** The last bracket of a line, round or square ("(osc)", "[did]"), with an optional full stop after it. */
const LAST_BRACKET = /[([]([^()[\]\n]{1,60})[)\]]\.?\s*$/u;
const INITIALS = /^[a-z]{2,8}$/;
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;
const AFTER_SENTENCE = /(?:^|[.!?…"”’'])\s*$/u;

/** A sentence end followed by another sentence: a paragraph, not a caption. */
const MORE_SENTENCES = /[.!?]["”’]?\s+["“]?\p{Lu}/u;

const isInitials = (p: string) => INITIALS.test(p) || p === '*' || lex.closingCredits.has(p.toLowerCase());

/**
 * Editors' and reporters' initials closing a paragraph, "(osc)", "(fit / dzi)", "(* / win)",
 * "[did]", or an outlet's credit, "(Antara)", "(ant/rdk)", "(Tribunnews.com/Budi Santoso)":
 * short lower-case initials split by "/" or ",", known credit words, or a known outlet with its
 * reporter's name. Upper-case abbreviations ("(KPK)"), ages ("(63)") and dates ("(13/9)") are
 * not. The credit follows a finished sentence, or on the article's last line may follow a word
 * when it is initials only ("di Jakarta (abc/def)").
 */
function closingCredit(text: string, line: Span, last: boolean): InlineSpan | null {
  const body = text.slice(line.start, line.end);
  const m = LAST_BRACKET.exec(body);
  if (!m) return null;
  const parts = m[1]!.trim().split(/\s*[/,]\s*/u);
  if (parts.some((p) => p === '')) return null;
  const initials = parts.every(isInitials);
  const outlet = parts.some((p) => lookupOutlet(p) !== undefined);
  const credited = initials || (outlet && parts.every((p) => isInitials(p) || lookupOutlet(p) !== undefined || PERSON.test(p)));
  if (!credited) return null;
  const before = body.slice(0, m.index);
  const finished = AFTER_SENTENCE.test(before);
  if (!finished && !(last && initials && /[\p{L}\p{N}]\s+$/u.test(before) && /[a-z]/.test(m[1]!))) return null;
  const start = line.start + m.index;
  // mid-article, one sentence closed by an outlet and a name is a photo's caption and its credit
  if (!last && !initials && line.end - line.start <= CAPTION && !MORE_SENTENCES.test(before)) return { start: line.start, end: line.end, kind: 'photo' };
  return { start, end: start + m[0].trimEnd().length, kind: 'byline' };
}

function allMatches(re: RegExp, text: string, line: Span, kind: string): InlineSpan[] {
  const body = text.slice(line.start, line.end);
  return [...body.matchAll(re)].map((m) => ({ start: line.start + m.index, end: line.start + m.index + m[0].length, kind }));
}

function trailing(re: RegExp, text: string, line: Span, kind: string): InlineSpan[] {
  const body = text.slice(line.start, line.end);
  const m = re.exec(body);
  if (!m) return [];
  // a later sentence in the same line means this was not the line's tail
  if (/[.!?]\s+\p{Lu}/u.test(m[0]) && kind === 'related-link') return [];
  return [{ start: line.start + m.index, end: line.start + m.index + m[0].trimEnd().length, kind }];
}

/**
 * Boilerplate inside one body line (offsets into text, sorted, not overlapping): bracketed and
 * trailing related links, photo credits, page-furniture phrases and a closing credit. A caption
 * (a short line ending in an unbracketed photo credit) is photo as a whole.
 */
export function inlineBoilerplate(text: string, line: Span, last: boolean): InlineSpan[] {
  const photoTail = trailing(TRAILING_PHOTO, text, line, 'photo');
  if (photoTail.length && line.end - line.start <= CAPTION) return [{ start: line.start, end: line.end, kind: 'photo' }];
  const found = [
    ...photoTail,
    ...allMatches(BRACKETED_LINK, text, line, 'related-link'),
    ...allMatches(BRACKETED_PHOTO, text, line, 'photo'),
    ...allMatches(AD, text, line, 'ad'),
    ...allMatches(EMBED, text, line, 'widget'),
    ...trailing(TRAILING_LINK, text, line, 'related-link'),
  ];
  const credit = closingCredit(text, line, last);
  if (credit) found.push(credit);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: InlineSpan[] = [];
  for (const s of found) if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}
