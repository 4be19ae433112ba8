import { parse as parseYaml, YAMLParseError } from 'yaml';
import { declaredCharset, extractPage } from '../ingest/html';
import { MAX_ARTICLE_BYTES } from '../ingest/limits';
import type { ArticleDoc, ArticleInput, Diagnostic, FrontMatter } from '../types';

export { MAX_ARTICLE_BYTES } from '../ingest/limits';

/** Front matter holds a handful of fields; a block larger than this is not front matter. */
export const MAX_FRONT_MATTER_CHARS = 16 * 1024;

const FRONT_MATTER_KEYS = ['title', 'outlet', 'url', 'published', 'author', 'language'] as const;

export type DecodeResult = { doc: ArticleDoc; diagnostics: Diagnostic[] } | { doc: null; diagnostics: Diagnostic[] };

/** Windows-1252 code points for 0x80..0x9f; the rest of the byte range maps to Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd,
  0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0xfffd, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string | null {
  let out = '';
  for (const b of bytes) {
    const cp = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    if (cp === 0xfffd) return null;
    out += String.fromCharCode(cp);
  }
  return out;
}

/** The byte order a UTF-16 file declares with its BOM, if it has one. */
function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Counts well-formed multi-byte UTF-8 sequences: Windows-1252 text almost never has any. */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    let ok = need >= 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    } else {
      if (need > 0) valid++;
      i += need + 1;
    }
  }
  return { valid, invalid, firstInvalid };
}

/**
 * Bytes to text: UTF-16 with a BOM; UTF-8; UTF-8 with a few stray bytes (replaced, with a
 * warning naming the line); Windows-1252 only when the file is not UTF-8 as a whole.
 */
function decodeText(file: string, bytes: Uint8Array): { text: string | null; diagnostics: Diagnostic[] } {
  const bom = utf16Bom(bytes);
  if (bom) return { text: new TextDecoder(bom, { ignoreBOM: true }).decode(bytes), diagnostics: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), diagnostics: [] };
  } catch {
    const counts = countUtf8Sequences(bytes);
    if (counts.valid > counts.invalid) {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const line = 1 + bytes.subarray(0, counts.firstInvalid).reduce((n, b) => n + (b === 10 ? 1 : 0), 0);
      const what = counts.invalid === 1 ? 'a byte that is not UTF-8 was' : `${counts.invalid} bytes that are not UTF-8 were`;
      return { text, diagnostics: [{ level: 'warning', file, line, message: `${what} replaced by \uFFFD` }] };
    }
    const fallback = decodeWindows1252(bytes);
    if (fallback === null) return { text: null, diagnostics: [{ level: 'warning', file, message: 'skipped: the file is neither UTF-8 nor Windows-1252 text' }] };
    return { text: fallback, diagnostics: [{ level: 'warning', file, message: 'not valid UTF-8; decoded as Windows-1252' }] };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > sample.length * 0.1;
}

/** Line number of an offset; a lone CR (old Mac files) ends a line as LF and CRLF do. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** The YAML parser knows LF and CRLF only: a lone CR becomes LF (same length, so lines and offsets hold). */
const withLineFeeds = (yamlText: string) => yamlText.replace(/\r(?!\n)/g, '\n');

interface SplitFrontMatter {
  frontMatter: FrontMatter;
  bodyStart: number;
  error?: Diagnostic;
  /** Values dropped with a message; the article is still read. */
  warnings?: Diagnostic[];
}

/** Splits a leading `---` YAML block; offsets stay those of the raw text. */
export function splitFrontMatter(file: string, text: string): SplitFrontMatter {
  const open = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return { frontMatter: {}, bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
  const close = /^---[ \t]*(?:\r\n|\r|\n|$)/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) {
    return {
      frontMatter: {},
      bodyStart: 0,
      error: { level: 'error', file, line: 1, message: 'front matter opened with --- is never closed' },
    };
  }
  const yamlText = rest.slice(0, m.index);
  const bodyStart = open[0].length + m.index + m[0].length;
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    const message = `front matter of ${Math.round(yamlText.length / 1024)} kB is larger than the ${MAX_FRONT_MATTER_CHARS / 1024} kB it may be`;
    return { frontMatter: {}, bodyStart, error: { level: 'error', file, line: 1, message } };
  }
  let data: unknown;
  try {
    data = parseYaml(withLineFeeds(yamlText));
  } catch (e) {
    const line = e instanceof YAMLParseError && e.linePos ? e.linePos[0].line + 1 : 2;
    const reason = e instanceof Error ? e.message.split('\n')[0] : 'invalid YAML';
    return { frontMatter: {}, bodyStart, error: { level: 'error', file, line, message: `malformed front matter: ${reason}` } };
  }
  if (data === null || data === undefined) return { frontMatter: {}, bodyStart };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { frontMatter: {}, bodyStart, error: { level: 'error', file, line: 2, message: 'front matter must be a mapping of key: value' } };
  }
  const frontMatter: FrontMatter = {};
  const warnings: Diagnostic[] = [];
  const record = data as Record<string, unknown>;
  for (const key of FRONT_MATTER_KEYS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (value instanceof Date) frontMatter[key] = value.toISOString().slice(0, 10);
    else if (typeof value === 'string' || typeof value === 'number') frontMatter[key] = String(value);
    else {
      const at = withLineFeeds(yamlText).search(new RegExp(`^${key}\\s*:`, 'm'));
      return {
        frontMatter: {},
        bodyStart,
        error: { level: 'error', file, line: 1 + lineOf(yamlText, Math.max(0, at)), message: `front matter "${key}" must be text` },
      };
    }
  }
  const published = frontMatter.published;
  if (published !== undefined && !isRealDate(published)) {
    delete frontMatter.published;
    const at = yamlText.search(/^published\s*:/m);
    warnings.push({ level: 'warning', file, line: 1 + lineOf(yamlText, Math.max(0, at)), message: `front matter "published" ${JSON.stringify(published)} is not a date (YYYY-MM-DD); ignored` });
  }
  return { frontMatter, bodyStart, warnings };
}

/** A calendar date as ISO 8601 writes it, the day existing in its month ("2019-02-30" does not). */
function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function emptyDoc(file: string, text: string): ArticleDoc {
  return {
    id: file.replace(/\.(txt|md|markdown|html?)$/i, ''),
    file,
    text,
    bodyStart: 0,
    frontMatter: {},
    diagnostics: [],
    boilerplate: [],
    headings: [],
    lines: [],
    tokens: [],
    sentences: [],
    outlet: null,
    published: null,
    sources: [],
    mentions: [],
    timex: [],
  };
}

const SAVED_PAGE = /\.html?$/i;
/** Labels the Encoding Standard maps to Windows-1252. */
const LATIN1_LABELS = /^(?:windows-1252|cp1252|x-cp1252|iso-?8859-1|iso_8859-1(?::1987)?|latin1|l1|cp819|ibm819|iso-ir-100|csisolatin1|us-ascii|ascii|ansi_x3\.4-1968)$/;

/** A page's bytes in the character set it declares (UTF-8 or undeclared: read as any text file). */
function decodePageText(file: string, bytes: Uint8Array): { text: string | null; diagnostics: Diagnostic[] } {
  const charset = declaredCharset(bytes);
  if (utf16Bom(bytes) || !charset || /^utf-?8$/.test(charset)) return decodeText(file, bytes);
  // what the web means by Latin-1 is Windows-1252; some TextDecoders read it as ISO-8859-1
  if (LATIN1_LABELS.test(charset)) {
    const text = decodeWindows1252(bytes);
    return text === null ? decodeText(file, bytes) : { text, diagnostics: [] };
  }
  try {
    return { text: new TextDecoder(charset).decode(bytes), diagnostics: [] };
  } catch {
    return decodeText(file, bytes);
  }
}

/** A saved web page: the article Readability finds in it, and the page's metadata as front matter. */
function decodePage(file: string, bytes: Uint8Array): DecodeResult {
  const decoded = decodePageText(file, bytes);
  if (decoded.text === null) return { doc: null, diagnostics: decoded.diagnostics };
  let page: ReturnType<typeof extractPage>;
  try {
    page = extractPage(decoded.text);
  } catch (e) {
    return { doc: null, diagnostics: [...decoded.diagnostics, { level: 'warning', file, message: `skipped: the page cannot be read (${(e as Error).message.split('\n')[0]})` }] };
  }
  if (!page) return { doc: null, diagnostics: [...decoded.diagnostics, { level: 'warning', file, message: 'skipped: no article found in the page (too little text beside its menus and links)' }] };
  const doc = { ...emptyDoc(file, page.text), frontMatter: page.frontMatter, diagnostics: decoded.diagnostics };
  return { doc, diagnostics: decoded.diagnostics };
}

/** Stage 1: bytes to text (UTF-8, else Windows-1252 with a warning) and front matter. */
export function decodeArticle(input: ArticleInput): DecodeResult {
  const { file, bytes } = input;
  const diagnostics: Diagnostic[] = [];
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { doc: null, diagnostics: [{ level: 'warning', file, message: `skipped: ${mb} MB is larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB an article may be` }] };
  }
  if (bytes.length === 0) return { doc: null, diagnostics: [{ level: 'warning', file, message: 'skipped: the file is empty' }] };
  if (!utf16Bom(bytes) && looksBinary(bytes)) return { doc: null, diagnostics: [{ level: 'warning', file, message: 'skipped: the file is binary, not text' }] };
  if (SAVED_PAGE.test(file)) return decodePage(file, bytes);
  const decoded = decodeText(file, bytes);
  if (decoded.text === null) return { doc: null, diagnostics: decoded.diagnostics };
  const text = decoded.text;
  diagnostics.push(...decoded.diagnostics);
  if (text.trim() === '') return { doc: null, diagnostics: [{ level: 'warning', file, message: 'skipped: the file holds only white space' }] };
  const split = splitFrontMatter(file, text);
  if (split.error) return { doc: null, diagnostics: [...diagnostics, { ...split.error, message: `${split.error.message}; article skipped` }] };
  diagnostics.push(...(split.warnings ?? []));
  if (text.slice(split.bodyStart).trim() === '') {
    return { doc: null, diagnostics: [...diagnostics, { level: 'warning', file, message: 'skipped: front matter but no article text' }] };
  }
  const doc = { ...emptyDoc(file, text), bodyStart: split.bodyStart, frontMatter: split.frontMatter, diagnostics };
  return { doc, diagnostics };
}
