import type { Boilerplate, Span } from '../../shared/digest/schema';
import { boilerplateLexicon as lex } from '../lexicon';
import { lookupOutlet } from '../outlets';
import { alternation, months } from '../time/lexicon';
import type { ArticleDoc, ArticleStage, BodyLine } from '../types';
import { inlineBoilerplate, type InlineSpan } from './inline-boilerplate';

interface Line extends Span {
  /** The line without surrounding white space. */
  trimmed: string;
  /** Its 0-based index among the body's lines. */
  paragraph: number;
}

/** A line break in any convention: LF, CRLF, or a lone CR (old Mac files). */
const BREAK = /\r\n?|\n/g;

/** Lines of the body with their offsets (the break left out) and their index among the body's lines. */
export function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  BREAK.lastIndex = from;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    lines.push({ start, end: m.index, trimmed: text.slice(start, m.index).trim(), paragraph: lines.length });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, trimmed: text.slice(start).trim(), paragraph: lines.length });
  return lines;
}

const IMAGE_LINE = /^(!\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\)\s*)+$/;
const BARE_IMAGE_URL = /^(?:https?:)?\/\/\S+\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S*)?$/i;
const SENTENCE_END = /[.!?…]["'”’)]*$/;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[\s:]+$/, '');

function isBullet(t: string): boolean {
  return lex.listBullets.has(t);
}

function startsWithBullet(t: string): boolean {
  return t.length > 1 && lex.listBullets.has(t[0]!) && /\s/.test(t[1]!);
}

function isListHeading(t: string): boolean {
  return lex.listHeadings.has(norm(t));
}

/** Markdown emphasis, quote marks and bullets before a line's first word ("**Baca juga:**"). */
const LEAD = /^[\s*_>#•·–—-]+/u;

function lineKind(t: string): string | null {
  if (IMAGE_LINE.test(t) || BARE_IMAGE_URL.test(t)) return 'image';
  const low = t.toLowerCase();
  if (lex.widgetLines.has(low) || lex.widgetLines.has(norm(t))) return 'widget';
  const start = low.replace(LEAD, '').replace(/\s+:/g, ':');
  if (isReporterLine(t, start) || isBarCredit(t) || isRoleByline(t) || isOutletCredit(t)) return 'byline';
  if (isOutletLabel(t)) return 'label';
  if (isPromotion(start)) return 'promo';
  return lex.linePrefixes.find(([, p]) => start.startsWith(p))?.[0] ?? null;
}

/** The name of a known outlet, written in one to three words, as the whole of a word group. */
const namesOutlet = (words: readonly string[]) => words.length >= 1 && words.length <= 3 && lookupOutlet(words.join(' ')) !== undefined;

/** A line that is nothing but an outlet's or its channel's name ("detikSport", "KOMPAS.com"): a label, not a sentence. */
function isOutletLabel(t: string): boolean {
  return !SENTENCE_END.test(t) && namesOutlet(t.split(/\s+/));
}

const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{N}'’.&-]*$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * A credit of names and sources split by bars, "NAMA REPORTER | ANTARA", "Nama Reporter | Contoh.com
 * | REUTERS": a person's name first, then each part a known outlet or a name in capitals.
 */
function isBarCredit(t: string): boolean {
  const parts = t.split(/\s*\|\s*/);
  if (parts.length < 2 || parts.some((p) => p === '')) return false;
  const [first, ...rest] = parts.map((p) => p.split(/\s+/));
  const person = first!.length <= 5 && first!.every((w) => NAME_WORD.test(w));
  const sources = rest.every((ws) => namesOutlet(ws) || (ws.length <= 4 && ws.every((w) => CAPS_WORD.test(w))));
  return person && sources && (first!.every((w) => CAPS_WORD.test(w)) || rest.some(namesOutlet));
}

const PROMO_WORDS = 24;

/**
 * "Simak berita energi lainnya hanya di Contoh.com", "Ikuti kabar terbaru di Google News": a
 * promotion verb and what it offers open the line, and it ends naming the outlet or a platform.
 */
function isPromotion(low: string): boolean {
  const all = low.replace(/[.!]+$/, '').split(/\s+/);
  if (all.length > PROMO_WORDS || !lex.promoVerbs.has(all[0]!)) return false;
  // "Follow kumparan untuk ...": the verb's object is the outlet itself
  if ((all[0] === 'follow' || all[0] === 'ikuti') && namesOutlet([all[1] ?? ''])) return true;
  // "Simak ... di aplikasi Contoh.com. Download sekarang di Google Play": the first sentence decides
  const words = low.split(/[.!?]\s+/)[0]!.replace(/[.!]+$/, '').split(/\s+/);
  const head = words.slice(1, 5).join(' ');
  if (!lex.promoNouns.some((n) => head === n || head.startsWith(`${n} `) || head.includes(` ${n} `) || head.endsWith(` ${n}`))) return false;
  for (let n = 1; n <= 3 && n < words.length - 1; n++) {
    const tail = words.slice(-n);
    if (lex.promoPlaces.has(tail.join(' ')) || namesOutlet(tail)) return true;
  }
  return false;
}

/** "Laporan Wartawan Contoh.com, Nama Reporter": a short line naming a known outlet, no sentence. */
function isReporterLine(t: string, low: string): boolean {
  if (!lex.bylineLeads.some((p) => low.startsWith(p)) || SENTENCE_END.test(t)) return false;
  const words = t.split(/[\s,]+/);
  return words.length <= 12 && words.some((w) => lookupOutlet(w) !== undefined);
}

/**
 * "Nama Penulis, Jurnalis · Senin 15 April 2024 09:12 WIB": a name, a comma and the writer's
 * role open a short line that says nothing else.
 */
function isRoleByline(t: string): boolean {
  const m = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*),\s*(\p{L}+)(?![\p{L}])/u.exec(t);
  return m !== null && lex.bylineRoles.has(m[2]!.toLowerCase()) && t.split(/\s+/).length <= 14 && !/[.!?]["”]?$/.test(t);
}

/** "(Contoh.com/Nama Reporter)": a bracketed credit line of an outlet (known, or written as its domain) and a name. */
function isOutletCredit(t: string): boolean {
  const m = /^\(\s*([^/()]+?)\s*\/\s*([^/()]+?)\s*\)$/u.exec(t);
  return m !== null && (lookupOutlet(m[1]!) !== undefined || /^[\p{L}\p{N}-]+\.[a-z]{2,6}$/iu.test(m[1]!)) && m[2]!.split(/\s+/).length <= 5 && m[2]!.split(/\s+/).every((w) => NAME_WORD.test(w));
}

/** The parts of a line left once its inline boilerplate is cut out, trimmed, empty ones dropped. */
function piecesOf(text: string, line: Line, cut: readonly InlineSpan[]): BodyLine[] {
  const pieces: BodyLine[] = [];
  let from = line.start;
  for (const c of [...cut, { start: line.end, end: line.end }]) {
    let s = from;
    let e = c.start;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) pieces.push({ start: s, end: e, paragraph: line.paragraph });
    from = c.end;
  }
  return pieces;
}

/** A list item under a related-articles heading: a bullet, or a headline-like line. */
function isListItem(t: string, afterBullet: boolean): boolean {
  if (isBullet(t) || startsWithBullet(t)) return true;
  if (afterBullet) return true;
  return t.length <= 160 && !SENTENCE_END.test(t);
}

/** A headline under a related-articles heading: short, capitalised, with no closing punctuation. */
const isHeadlineItem = (t: string) => isListItem(t, false) && /^\p{Lu}/u.test(t) && !/[,;:"“”]$/.test(t);

/**
 * "Selasa, 02 Jul 2024 | 07:30 WIB", "Sabtu, 9 Maret 2024 11:20 WIB": the page's time stamp under
 * the headline is short and title-cased too, but it dates the article and is read as such.
 */
const TIME_STAMP = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])\d{1,2}(?:\s+(?:${alternation(Object.keys(months))})\.?\s+|[/.-]\d{1,2}[/.-])(?:19|20)\d{2}(?![\p{N}])`, 'iu');

/** A short title-cased line with no closing punctuation between body paragraphs. */
function isHeading(t: string): boolean {
  const words = t.split(/\s+/);
  return words.length <= 8 && /^\p{Lu}/u.test(t) && !/[.!?:;,"“”]$/.test(t) && !/^[-–—•*]/.test(t) && !TIME_STAMP.test(t);
}

const HEADLINE_WORDS = 14;
/** Short words a title-cased headline leaves in lower case ("Warga di Tepi Sungai"). */
const SMALL_WORD = /^(?:\p{Ll}{1,3}|dan|atau|yang|dari|untuk|dengan|pada|oleh|ke|di)$/u;

/**
 * A headline over the first paragraph (a print page's title kept in the text): a title-cased line
 * with no closing punctuation and no dateline dash.
 */
function isHeadline(t: string): boolean {
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > HEADLINE_WORDS || /\s[-–—]+(?:\s|$)/u.test(t) || !isHeading(words.slice(0, 8).join(' '))) return false;
  if (/[.!?:;,"“”]$/.test(t)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}"“‘'(]/u.test(w) || SMALL_WORD.test(w));
}

/**
 * Stage 2: marks what is not article body and keeps it with its kind, so the reader can see
 * what went: image-only lines, related links (lines, "(Baca: ...)" inside a paragraph), lists of
 * other headlines, bylines and editors' initials, photo credits and captions, advertisement
 * markers, app and newsletter promotions, comment widgets and share prompts. Inline boilerplate
 * is cut out of its line and the rest of the line stays body (doc.lines holds the pieces).
 */
export const boilerplate: ArticleStage = {
  name: 'boilerplate',
  run(doc: ArticleDoc): ArticleDoc {
    const lines = splitLines(doc.text, doc.bodyStart);
    const removed: Boilerplate[] = [];
    const body: Line[] = [];
    const add = (kind: string, first: Line, last: Line) =>
      removed.push({ start: first.start, end: last.end, kind, text: doc.text.slice(first.start, last.end) });
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trimmed === '') continue;
      if (isListHeading(line.trimmed)) {
        let last = line;
        let afterBullet = false;
        // a heading set apart by a blank line from the headlines under it ("Baca Juga", blank, titles)
        let j = i + 1;
        while (j < lines.length && lines[j]!.trimmed === '') j++;
        if (j === i + 1 || j >= lines.length || isListHeading(lines[j]!.trimmed) || !isHeadlineItem(lines[j]!.trimmed)) j = i + 1;
        for (; j < lines.length; j++) {
          const t = lines[j]!.trimmed;
          if (t === '' || isListHeading(t) || !isListItem(t, afterBullet)) break;
          afterBullet = isBullet(t);
          last = lines[j]!;
        }
        if (last !== line || i === lines.length - 1 || lines[i + 1]?.trimmed === '') {
          add('related-list', line, last);
          i = j - 1;
          continue;
        }
      }
      const kind = lineKind(line.trimmed);
      if (kind) {
        let last = line;
        while (i + 1 < lines.length && lines[i + 1]!.trimmed !== '' && lineKind(lines[i + 1]!.trimmed) === kind && kind === 'widget') {
          last = lines[++i]!;
        }
        add(kind, line, last);
        continue;
      }
      body.push(line);
    }
    // inline boilerplate is cut out of body lines; a line that was nothing else goes entirely
    const kept: { line: Line; pieces: BodyLine[]; whole: boolean }[] = [];
    body.forEach((line, k) => {
      const cut = inlineBoilerplate(doc.text, line, k === body.length - 1);
      for (const c of cut) removed.push({ start: c.start, end: c.end, kind: c.kind, text: doc.text.slice(c.start, c.end) });
      const pieces = piecesOf(doc.text, line, cut);
      if (pieces.length) kept.push({ line, pieces, whole: cut.length === 0 });
    });
    const headings: Span[] = [];
    const bodyLines: BodyLine[] = [];
    kept.forEach(({ line, pieces, whole }, k) => {
      const between = k > 0 && k < kept.length - 1;
      const heading = (between && isHeading(line.trimmed)) || (k === 0 && kept.length > 1 && isHeadline(line.trimmed));
      if (whole && heading) headings.push({ start: pieces[0]!.start, end: pieces[0]!.end });
      else bodyLines.push(...pieces);
    });
    removed.sort((a, b) => a.start - b.start);
    return { ...doc, boilerplate: removed, headings, lines: bodyLines };
  },
};
