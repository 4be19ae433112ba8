import type { Mark, MarkAttribute } from '../../shared/lib/marks';

// Scroll requests name their targets by CSS selector (types.ts). To find which unmounted column
// holds a target, the selector is matched against that column's marks instead of its DOM. Only
// the selectors marks can produce are understood: an optional tag and attribute tests, in a
// comma-separated list.

interface Test {
  tag: string | null;
  attrs: { name: string; value: string | null }[];
}

const PART = /^([a-z]+)?((?:\[[\w-]+(?:="[^"]*")?\])*)$/;
const ATTR = /\[([\w-]+)(?:="([^"]*)")?\]/g;

/** The selector as tests on marks, or null when it is not one of that simple form. */
export function parseMarkSelector(selector: string): Test[] | null {
  const tests: Test[] = [];
  for (const raw of selector.split(',')) {
    const part = raw.trim();
    const m = PART.exec(part);
    if (!m || !part) return null;
    const attrs = [...(m[2] ?? '').matchAll(ATTR)].map((a) => ({ name: a[1]!, value: a[2] ?? null }));
    tests.push({ tag: m[1] ?? null, attrs });
  }
  return tests;
}

const passes = (mark: Mark, t: Test) =>
  (t.tag === null || t.tag === mark.tag) && t.attrs.every((a) => (a.value === null ? a.name in mark.attrs : mark.attrs[a.name as MarkAttribute] === a.value));

/** Whether some mark would render as an element the selector matches. */
export function marksMatch(marks: readonly Mark[], tests: readonly Test[]): boolean {
  return marks.some((m) => tests.some((t) => passes(m, t)));
}
