import type { Discrepancy } from '../../../shared/digest/schema';
import type { EntityMentionDraft, StoryDoc } from '../../types';
import { withoutSiteSuffix } from '../../language/id';
import { discrepancy, tidySpans } from './shared';

interface Form {
  text: string;
  spans: { articleId: string; start: number; end: number }[];
  articles: Set<string>;
}

/** Letters only, lower case: "Kim Jong-un" and "Kim Jong Un" become one key. */
const squash = (s: string) => withoutSiteSuffix(s.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
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

/** The first word: the head of an Indonesian name ("Badan", "Pengadilan", "Universitas"), which its modifiers follow. */
const headOf = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).find(Boolean);

/**
 * Two names of one body that differ in a word ("State" vs "Federal") or in word order. Both have
 * one head word: "Badan Pengatur ... Minyak dan Gas" and "Himpunan Pengusaha ... Minyak dan Gas"
 * are two bodies of one field, not two names of one.
 */
export function nameVariant(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.size < 3 || y.size < 3 || a.toLowerCase() === b.toLowerCase() || headOf(a) !== headOf(b)) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared >= 2 && (2 * shared) / (x.size + y.size) >= 0.5;
}

const FUNCTION_WORDS = new Set(['dan', 'dari', 'untuk', 'serta', 'the', 'of', 'and', 'for']);
const seq = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether `short` is built from the starts of `words`, in order, each word giving a prefix
 * (function words may give nothing): "PUPR" from "Pekerjaan Umum dan Penataan Ruang", "Tipikor"
 * from "Tindak Pidana Korupsi".
 */
export function abbreviates(short: string, words: string[]): boolean {
  const s = short.toLowerCase();
  const ws = words.map((w) => w.toLowerCase());
  const go = (i: number, k: number): boolean => {
    if (k === ws.length) return i === s.length;
    const w = ws[k]!;
    if (FUNCTION_WORDS.has(w) && go(i, k + 1)) return true;
    for (let n = 1; n <= w.length && i + n <= s.length && s[i + n - 1] === w[n - 1]; n++) if (go(i + n, k + 1)) return true;
    return false;
  };
  return ws.length >= 2 && s.length >= 2 && go(0, 0);
}

/**
 * One name is the other with a run of words written as its short form ("Pengadilan Tipikor
 * Semarang" / "Pengadilan Tindak Pidana Korupsi Semarang"), or with words left out ("Dinas X
 * Jambi" / "Dinas X (PUPR) Provinsi Jambi"): the same name written shorter, not another name.
 */
export function shorterForm(a: string, b: string): boolean {
  const [x, y] = [seq(a), seq(b)].sort((p, q) => p.length - q.length) as [string[], string[]];
  const lx = x.map((w) => w.toLowerCase());
  const ly = y.map((w) => w.toLowerCase());
  // every word of the shorter, in order, in the longer
  let k = 0;
  for (const w of ly) if (k < lx.length && w === lx[k]) k++;
  if (k === lx.length) return true;
  // one word of the shorter stands for a run of the longer
  for (let i = 0; i < lx.length; i++) {
    const head = lx.slice(0, i);
    const tail = lx.slice(i + 1);
    if (head.some((w, j) => ly[j] !== w) || tail.some((w, j) => ly[ly.length - tail.length + j] !== w)) continue;
    const run = y.slice(i, y.length - tail.length);
    if (run.length >= 2 && abbreviates(x[i]!, run)) return true;
  }
  return false;
}

/**
 * "Biro Komunikasi Kementerian ESDM" and "Kantor Kementerian ESDM": two parts of one body named
 * in the story, told apart by their first words; not two names of one thing.
 */
export function partsOfOneBody(a: string, b: string, bodies: Set<string>): boolean {
  const x = seq(a.toLowerCase());
  const y = seq(b.toLowerCase());
  if (x[0] === y[0]) return false;
  let n = 0;
  while (n < Math.min(x.length, y.length) - 1 && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n > 0 && bodies.has(x.slice(x.length - n).join(' '));
}

interface Placed {
  articleId: string;
  m: EntityMentionDraft;
}

/** Every mention of the story with its article, in story and text order. */
const placedMentions = (story: StoryDoc): Placed[] => story.articles.flatMap((doc) => doc.mentions.map((m) => ({ articleId: doc.id, m })));

function formsOf(mentions: Placed[], keep: (m: EntityMentionDraft) => boolean): Map<string, Form> {
  const forms = new Map<string, Form>();
  for (const { articleId, m } of mentions) {
    if (!keep(m)) continue;
    const f = forms.get(m.text) ?? forms.set(m.text, { text: m.text, spans: [], articles: new Set() }).get(m.text)!;
    f.spans.push({ articleId, start: m.start, end: m.end });
    f.articles.add(articleId);
  }
  return forms;
}

/**
 * Groups forms that `related` links (transitively), keeping groups of two or more forms. With
 * `blockOf`, only forms of one block are compared: `related` holds for no two of different blocks.
 */
function linked(forms: Form[], related: (a: string, b: string) => boolean, blockOf?: (text: string) => string | undefined): Form[][] {
  const parent = forms.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const blocks = new Map<string | undefined, number[]>();
  forms.forEach((f, i) => {
    const key = blockOf?.(f.text);
    (blocks.get(key) ?? blocks.set(key, []).get(key)!).push(i);
  });
  for (const block of blocks.values()) {
    for (let a = 0; a < block.length; a++) {
      for (let b = a + 1; b < block.length; b++) if (related(forms[block[a]!]!.text, forms[block[b]!]!.text)) parent[find(block[a]!)] = find(block[b]!);
    }
  }
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
  // each entity's mentions, so that an entity's forms are read from its own mentions only
  const byEntity = new Map<string, Placed[]>();
  for (const x of placedMentions(story)) if (x.m.entityId) (byEntity.get(x.m.entityId) ?? byEntity.set(x.m.entityId, []).get(x.m.entityId)!).push(x);
  const publishers = publisherKeys(story);
  const out: Discrepancy[] = [];
  for (const [id, mentions] of [...byEntity].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const forms = [...formsOf(mentions, (m) => !listLike(m.text)).values()];
    if (forms.some((f) => publishers.has(squash(f.text)))) continue;
    // the full name and the short name spelled two ways are one finding about one person
    const groups = linked(forms, spellingVariant);
    if (!groups.length) continue;
    const variants = groups.flat().sort((a, b) => (a.text < b.text ? -1 : 1));
    out.push(discrepancy('spelling', { kind: 'name-spelling', params: { entityId: id, variants: variantsOf(variants, order) } }, variants.flatMap((f) => f.spans), order));
  }
  return out;
}

/** One place or body under names that differ in a word: "Far Eastern State University" / "… Federal University". */
export function namingDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const mentions = story.articles.flatMap((d) => d.mentions.filter((m) => m.type !== 'PER'));
  const idsOf = new Map<string, Set<string>>();
  for (const m of mentions) if (m.entityId) (idsOf.get(m.text) ?? idsOf.set(m.text, new Set()).get(m.text)!).add(m.entityId);
  const bodies = new Set(mentions.map((m) => m.text.toLowerCase()));
  const sameEntity = (a: string, b: string) => [...(idsOf.get(a) ?? [])].some((id) => idsOf.get(b)?.has(id));
  const forms = [...formsOf(placedMentions(story), (m) => m.type !== 'PER').values()].sort((a, b) => (a.text < b.text ? -1 : 1));
  const related = (a: string, b: string) =>
    nameVariant(a, b) && !spellingVariant(a, b) && !sameEntity(a, b) && !shorterForm(a, b) && !partsOfOneBody(a, b, bodies);
  // the finding is about the bodies: every form of each of them, in whichever article, belongs to it
  const withAllForms = (group: Form[]) => {
    const ids = new Set(group.flatMap((f) => [...(idsOf.get(f.text) ?? [])]));
    return forms.filter((f) => group.includes(f) || [...(idsOf.get(f.text) ?? [])].some((id) => ids.has(id)));
  };
  // a name variant keeps its head word, so only forms of one head are compared
  return linked(forms, related, headOf)
    .map(withAllForms)
    .filter((g) => new Set(g.flatMap((f) => [...f.articles])).size > 1)
    .map((group) => discrepancy('fact', { kind: 'name-variant', params: { entityId: null, variants: variantsOf(group, order) } }, group.flatMap((f) => f.spans), order));
}
