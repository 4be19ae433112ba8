import type { Mark, MarkAttributes } from '../../shared/lib/marks';

// Minimal hast shapes, to avoid a direct dependency on @types/hast.
interface Point {
  offset?: number;
}
interface HastText {
  type: 'text';
  value: string;
  position?: { start: Point; end: Point };
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = HastText | HastElement | { type: string; children?: HastNode[] };
interface HastParent {
  children: HastNode[];
}

export interface MarkOptions {
  /** Ranges to wrap, in article offsets. */
  marks: readonly Mark[];
  /** Article offset of the first character of the markdown that was parsed. */
  base: number;
  /** That markdown, to locate text whose value differs from its source (escapes, entities). */
  source: string;
}

/** Article offsets of a text node, or null when its value cannot be matched to its source. */
function sourceRange(node: HastText, { base, source }: MarkOptions): [number, number] | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined) return null;
  if (e - s === node.value.length && source.slice(s, e) === node.value) return [base + s, base + e];
  const at = source.indexOf(node.value, s);
  if (at >= 0 && at + node.value.length <= e) return [base + at, base + at + node.value.length];
  return null;
}

function toProperties(attrs: MarkAttributes): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) props[k === 'class' ? 'className' : k] = k === 'class' ? [v] : v;
  return props;
}

/** Splits one text node at mark boundaries and nests each piece in the marks covering it. */
function wrapText(node: HastText, options: MarkOptions): HastNode[] {
  const range = sourceRange(node, options);
  if (!range) return [node];
  const [from, to] = range;
  const inside = options.marks.filter((m) => m.start < to && from < m.end);
  if (inside.length === 0) return [node];
  const cuts = new Set([from, to]);
  for (const m of inside) {
    if (m.start > from) cuts.add(m.start);
    if (m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: HastNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    let piece: HastNode = { type: 'text', value: node.value.slice(a - from, b - from) };
    const covering = inside
      .map((m, order) => ({ m, order }))
      .filter(({ m }) => m.start <= a && b <= m.end)
      .sort((x, y) => x.m.end - x.m.start - (y.m.end - y.m.start) || y.order - x.order);
    // innermost first: the shortest (and, on ties, latest-listed) mark sits closest to the text
    for (const { m } of covering) {
      const attrs = m.firstAttrs && a === m.start ? { ...m.attrs, ...m.firstAttrs } : m.attrs;
      piece = { type: 'element', tagName: m.tag, properties: toProperties(attrs), children: [piece] };
    }
    out.push(piece);
  }
  return out;
}

/** The parent with its text wrapped, a copy where anything inside changed (the tree is shared). */
function marked<T extends HastParent>(parent: T, options: MarkOptions): T {
  let changed = false;
  const children = parent.children.flatMap((child) => {
    if (child.type === 'text') {
      const pieces = wrapText(child as HastText, options);
      if (pieces.length !== 1 || pieces[0] !== child) changed = true;
      return pieces;
    }
    if ('children' in child && Array.isArray(child.children)) {
      const copy = marked(child as HastParent & HastNode, options);
      if (copy !== child) changed = true;
      return [copy];
    }
    return [child];
  });
  return changed ? { ...parent, children } : parent;
}

/** The tree with text ranges given in source offsets wrapped in their marks; the tree itself is left as it was. */
export function withMarks<T extends HastParent>(tree: T, options: MarkOptions): T {
  return options.marks.length > 0 ? marked(tree, options) : tree;
}
