import type { Discrepancy } from '../../../shared/digest/schema';
import type { EntityMentionDraft, StoryDoc } from '../../types';
import { discrepancy, tidySpans } from './shared';

interface Form {
  text: string;
  spans: { articleId: string; start: number; end: number }[];
  articles: Set<string>;
}

/** Letters only, lower case: "Kim Jong-un" and "Kim Jong Un" become one key. */
const squash = (s: string) => s.toLowerCase().replace(/\.(com|co\.id|id)$/, '').replace(/[^\p{L}\p{N}]/gu, '');
const wordsOf = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length]!;
}

/** Two written forms of one name that differ only in spelling (hyphens, spacing, a letter or two). */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b || a.toLowerCase() === b.toLowerCase()) return false;
  const x = squash(a);
  const y = squash(b);
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 4 && editDistance(x, y) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1);
}

/** Two names of one body that differ in a word ("State" vs "Federal") or in word order. */
export function nameVariant(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.size < 3 || y.size < 3 || a.toLowerCase() === b.toLowerCase()) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared >= 2 && (2 * shared) / (x.size + y.size) >= 0.5;
}

function formsOf(story: StoryDoc, keep: (m: EntityMentionDraft) => boolean): Map<string, Form> {
  const forms = new Map<string, Form>();
  for (const doc of story.articles) {
    for (const m of doc.mentions) {
      if (!keep(m)) continue;
      const f = forms.get(m.text) ?? forms.set(m.text, { text: m.text, spans: [], articles: new Set() }).get(m.text)!;
      f.spans.push({ articleId: doc.id, start: m.start, end: m.end });
      f.articles.add(doc.id);
    }
  }
  return forms;
}

/** Groups forms that `related` links (transitively), keeping groups of two or more forms. */
function linked(forms: Form[], related: (a: string, b: string) => boolean): Form[][] {
  const parent = forms.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < forms.length; i++) for (let j = i + 1; j < forms.length; j++) if (related(forms[i]!.text, forms[j]!.text)) parent[find(i)] = find(j);
  const groups = new Map<number, Form[]>();
  forms.forEach((f, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(f));
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort((a, b) => (a.text < b.text ? -1 : 1)));
}

const variantsOf = (group: Form[], order: Map<string, number>) => group.map((f) => ({ text: f.text, spans: tidySpans(f.spans, order) }));

/**
 * A comma inside a tagged name means the tagger ran two names of a list together ("Persib,
 * Atep"); such a form is no way of writing one name.
 */
const listLike = (text: string) => /,/.test(text);

/** The story's publishers, squashed: an outlet writing its own name two ways ("CNN Indonesia", "CNNIndonesia.com") is house style, not a disagreement. */
function publisherKeys(story: StoryDoc): Set<string> {
  const keys = new Set<string>();
  for (const a of story.articles) {
    if (!a.outlet) continue;
    keys.add(squash(a.outlet.name));
    if (a.outlet.domain) keys.add(squash(a.outlet.domain));
  }
  return keys;
}

/** One name spelled differently across (or within) articles: "Kim Jong-un" / "Kim Jong Un", "Cina" / "China". */
export function spellingDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const byEntity = new Map<string, EntityMentionDraft[]>();
  for (const doc of story.articles) for (const m of doc.mentions) if (m.entityId) (byEntity.get(m.entityId) ?? byEntity.set(m.entityId, []).get(m.entityId)!).push(m);
  const publishers = publisherKeys(story);
  const out: Discrepancy[] = [];
  for (const [id] of [...byEntity].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const forms = [...formsOf(story, (m) => m.entityId === id && !listLike(m.text)).values()];
    if (forms.some((f) => publishers.has(squash(f.text)))) continue;
    for (const group of linked(forms, spellingVariant)) {
      out.push(discrepancy('spelling', { kind: 'name-spelling', params: { entityId: id, variants: variantsOf(group, order) } }, group.flatMap((f) => f.spans), order));
    }
  }
  return out;
}

/** One place or body under names that differ in a word: "Far Eastern State University" / "… Federal University". */
export function namingDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const forms = [...formsOf(story, (m) => m.type !== 'PER').values()].sort((a, b) => (a.text < b.text ? -1 : 1));
  return linked(forms, (a, b) => nameVariant(a, b) && !spellingVariant(a, b))
    .filter((g) => new Set(g.flatMap((f) => [...f.articles])).size > 1)
    .map((group) => discrepancy('fact', { kind: 'name-variant', params: { entityId: null, variants: variantsOf(group, order) } }, group.flatMap((f) => f.spans), order));
}
