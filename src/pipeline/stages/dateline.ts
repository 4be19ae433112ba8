import type { Outlet } from '../../shared/digest/schema';
import { lookupOutlet, nameFromDomain } from '../outlets';
import type { Span } from '../types';

/**
 * A news dateline is a short head before a dash or colon: a place and the outlet's signature in
 * any order, the outlet possibly in brackets ("JAKARTA (Pos Kota) –", "REPUBLIKA.CO.ID, JAKARTA
 * --", "Jakarta, CNN Indonesia --", "(ANTARA News) -", "MEDAN (Waspada):"). A hyphen needs a space
 * after it so "Law-Justice.co" stays whole; en and em dashes may touch the next word.
 */
const HEAD = /^(.{2,90}?)\s*(?:-{1,3}\s+|[–—]{1,2}\s*|:\s+)/u;
/** Pieces of the head between commas and brackets. */
const PIECE = /[^,()]+/gu;
const PLACE_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-zA-Z]{2,6}$/u;
const MAX_PLACE_WORDS = 4;
/** A line this long without a dateline is a paragraph: the dateline, if any, was before it. */
const PARAGRAPH = 150;
const LINES_TO_TRY = 3;

interface Word {
  start: number;
  end: number;
  text: string;
}

function wordsOf(text: string, from: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/gu)) out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  return out;
}

const isPlace = (ws: readonly Word[]) => ws.length <= MAX_PLACE_WORDS && ws.every((w) => PLACE_WORD.test(w.text));

function outletAt(text: string, ws: readonly Word[], s: number, e: number) {
  return lookupOutlet(text.slice(ws[s]!.start, ws[e - 1]!.end));
}

/**
 * The outlet a piece names: the whole piece, or an outlet after a place ("Jakarta CNN Indonesia"),
 * or one outlet written twice ("RM.id Rakyat Merdeka").
 */
function outletInPiece(text: string, ws: readonly Word[]): { outlet: Outlet } | null {
  for (let s = 0; s < ws.length; s++) {
    if (s > 0 && !isPlace(ws.slice(0, s))) break;
    for (let e = ws.length; e > s; e--) {
      const known = outletAt(text, ws, s, e);
      if (!known) continue;
      const rest = e === ws.length || outletAt(text, ws, e, ws.length)?.name === known.name;
      if (!rest) continue;
      const span = { start: ws[s]!.start, end: ws[e - 1]!.end };
      return { outlet: { name: known.name, domain: known.domain, evidence: { ...span, text: text.slice(span.start, span.end) } } };
    }
  }
  return null;
}

/** A piece shaped like a site address the data does not know ("contohberita.com"). */
function unknownSite(text: string, ws: readonly Word[]): { outlet: Outlet } | null {
  if (ws.length !== 1 || !DOMAIN.test(ws[0]!.text)) return null;
  const w = ws[0]!;
  return { outlet: { name: nameFromDomain(w.text), domain: w.text.toLowerCase(), evidence: { start: w.start, end: w.end, text: text.slice(w.start, w.end) } } };
}

/** The outlet of a dateline head: one piece names it, every other piece is a place. */
function fromHead(text: string, start: number, head: string): { outlet: Outlet } | null {
  const pieces = [...head.matchAll(PIECE)].map((m) => wordsOf(m[0], start + m.index)).filter((ws) => ws.length > 0);
  if (pieces.length === 0 || pieces.length > 3) return null;
  for (const finder of [outletInPiece, unknownSite]) {
    for (let i = 0; i < pieces.length; i++) {
      const found = finder(text, pieces[i]!);
      if (found && pieces.every((p, j) => j === i || isPlace(p))) return found;
    }
  }
  return null;
}

/** A line that is nothing but the outlet's name ("detikNews", "kumparan") heading the article. */
function brandLine(text: string, line: Span): { outlet: Outlet } | null {
  const ws = wordsOf(text.slice(line.start, line.end), line.start);
  if (ws.length === 0 || ws.length > 3) return null;
  const found = outletInPiece(text, ws);
  return found && found.outlet.evidence!.start === ws[0]!.start && found.outlet.evidence!.end === ws[ws.length - 1]!.end ? found : null;
}

/** The outlet named by the dateline at the top of the body (first lines, before the first paragraph ends). */
export function datelineOutlet(text: string, lines: readonly Span[]): { outlet: Outlet } | null {
  for (const line of lines.slice(0, LINES_TO_TRY)) {
    const head = HEAD.exec(text.slice(line.start, Math.min(line.end, line.start + 120)));
    const found = (head && fromHead(text, line.start, head[1]!)) || brandLine(text, line);
    if (found) return found;
    if (line.end - line.start > PARAGRAPH) break;
  }
  return null;
}
