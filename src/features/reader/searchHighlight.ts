import type { Mark } from '../../shared/lib/marks';
import type { Paragraph } from '../../shared/lib/paragraphs';

// Search hits other than the current one are painted over the text as ranges (the CSS Custom
// Highlight API), not wrapped in elements: a keystroke then changes no paragraph's elements, so
// none renders or is laid out again. The current hit stays a mark (focus and scrolling aim at it).
// Where the API is missing (older browsers, jsdom), every hit stays a mark.

/** The name marks.css styles the painted hits by (`::highlight(search-hit)`). */
export const HIT_HIGHLIGHT = 'search-hit';

/** Whether this browser paints ranges without elements. */
export const paintsHits: boolean = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** A mark painted as a range rather than rendered: a search hit that is not the current one. */
export const isPaintedHit = (m: Mark): boolean => m.attrs['data-search'] !== undefined && !m.attrs['data-current'];

let shared: Highlight | null = null;
const rangesOf = new WeakMap<Element, Range[]>();

function highlight(): Highlight {
  if (!shared) {
    shared = new Highlight();
    CSS.highlights.set(HIT_HIGHLIGHT, shared);
  }
  return shared;
}

interface Placed {
  node: Text;
  start: number;
  end: number;
}

/**
 * The rendered text nodes of one paragraph with their article offsets: each node's text is looked
 * for in the paragraph's markdown from where the last one ended (markdown's syntax is what lies
 * between them). A node whose text is not found there (an escape, an entity) is left out.
 */
function placedText(el: Element, paragraph: Paragraph): Placed[] {
  const out: Placed[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let from = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data) continue;
    const at = paragraph.text.indexOf(node.data, from);
    if (at < 0) continue;
    out.push({ node, start: paragraph.start + at, end: paragraph.start + at + node.data.length });
    from = at + node.data.length;
  }
  return out;
}

function rangeOf(placed: readonly Placed[], hit: Mark): Range | null {
  const first = placed.find((p) => p.start <= hit.start && hit.start < p.end);
  const last = placed.find((p) => p.start < hit.end && hit.end <= p.end);
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first.node, hit.start - first.start);
  range.setEnd(last.node, hit.end - last.start);
  return range;
}

/** Paints `hits` over the rendered paragraphs of one article body, in place of those it painted before. */
export function paintHits(body: Element, paragraphs: readonly Paragraph[], hits: readonly Mark[]): void {
  clearHits(body);
  if (!hits.length) return;
  const byStart = new Map(paragraphs.map((p) => [String(p.start), p]));
  const ranges: Range[] = [];
  for (const el of body.querySelectorAll('.paragraph[data-start]')) {
    const paragraph = byStart.get(el.getAttribute('data-start') ?? '');
    if (!paragraph) continue;
    const own = hits.filter((h) => h.start < paragraph.end && paragraph.start < h.end);
    if (!own.length) continue;
    const placed = placedText(el, paragraph);
    for (const hit of own) {
      const range = rangeOf(placed, hit);
      if (range) ranges.push(range);
    }
  }
  const h = highlight();
  for (const r of ranges) h.add(r);
  rangesOf.set(body, ranges);
}

/** Removes the hits painted over one article body. */
export function clearHits(body: Element): void {
  const ranges = rangesOf.get(body);
  if (!ranges || !shared) return;
  for (const r of ranges) shared.delete(r);
  rangesOf.delete(body);
}

/** The element holding the first hit painted over `body`, in reading order, if any. */
export function firstPaintedHit(body: Element): Element | null {
  return rangesOf.get(body)?.[0]?.startContainer.parentElement ?? null;
}
