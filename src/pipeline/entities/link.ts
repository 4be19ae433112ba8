import type { Entity, EntityType } from '../../shared/digest/schema';
import type { ArticleDoc, EntityMentionDraft, StoryDoc, Token } from '../types';
import { harmonize } from './consistency';
import { aliasTable, outletNames, triggers } from './lexicon';
import { fold, isSiteAddress, slug } from './names';
import { documentWords, fromMentions, releaseDocumentWords, toMentions } from './recognize';
import { identifyingName, isAcronymWithRegion, isRegionWithoutHead, isBlendedNickname, isHeadedAcronym, isShorterPersonName, isUnitWithoutParent, longKeys, shortKeys, spellingKey } from './variants';


/** What mentions of one entity share: people compare across old and new spellings. */
const clusterKey = (text: string, type: EntityType) =>
  type === 'PER' ? spellingKey(expandAlias(text)).replace(/ /g, '') : fold(expandAlias(identifyingName(text, type)));

// spellings that fold to their own name come last and win: "KOMPAS.com" folds like "kompas.tv",
// but it is Kompas
const foldedAliases = new Map(
  [...outletNames, ...aliasTable]
    .map(([k, v]) => [fold(k), v] as const)
    .sort(([k, v], [k2, v2]) => Number(k === fold(v)) - Number(k2 === fold(v2))),
);

/**
 * The fullest form the alias table knows: the whole name (case folded), else word by word for
 * short forms written exactly as listed ("Kemlu Korsel"). A word is not expanded into a name it
 * already starts ("Amerika" in "Amerika Serikat").
 */
export function expandAlias(surface: string): string {
  let s = surface;
  for (let round = 0; round < 2; round++) {
    const whole = foldedAliases.get(fold(s));
    if (whole) {
      s = whole;
      continue;
    }
    const words = s.split(' ');
    if (words.length < 2) break;
    const expanded = words
      .map((w) => {
        const full = aliasTable.get(w);
        return full && full.split(' ')[0] !== w ? full : w;
      })
      .join(' ');
    if (expanded === s) break;
    s = expanded;
  }
  return s;
}

/** One edit apart (insert, delete or substitute), for typos such as "Aljzeera". */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const CONNECTORS = new Set(['of', 'the', 'and', 'dan', 'for', 'de', 'di', 'untuk']);
const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => w && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');

interface Cluster {
  type: EntityType;
  key: string;
  surfaces: Map<string, number>;
  mentions: EntityMentionDraft[];
  parent: Cluster | null;
  /** Place in the story's list of clusters: candidates found through an index are tried in this order. */
  order: number;
  /** Mentions of the clusters of several words under this one, while it is a root (countFullMentions). */
  fullMentions: number;
  /** wordsOf and expandedSurfaces, kept once asked: a cluster's surfaces are fixed before any merge. */
  words?: number;
  expanded?: string[];
}

const root = (c: Cluster): Cluster => (c.parent ? (c.parent = root(c.parent)) : c);
function union(a: Cluster, b: Cluster) {
  const ra = root(a);
  const rb = root(b);
  if (ra === rb) return;
  rb.parent = ra;
  ra.fullMentions += rb.fullMentions;
}
const wordsOf = (c: Cluster) => (c.words ??= Math.max(...[...c.surfaces.keys()].map((s) => s.split(/\s+/).length)));

/** Values filed under keys, each key's values in the order filed. */
function fileUnder<T>(): { add(key: string, value: T): void; get(key: string): readonly T[] } {
  const byKey = new Map<string, T[]>();
  return {
    add(key, value) {
      const list = byKey.get(key);
      if (list) list.push(value);
      else byKey.set(key, [value]);
    },
    get: (key) => byKey.get(key) ?? [],
  };
}

/** The clusters filed under any of the keys, once each, in the story's order. */
function candidates(index: { get(key: string): readonly Cluster[] }, keys: Iterable<string>): Cluster[] {
  const found = new Set<Cluster>();
  for (const key of keys) for (const c of index.get(key)) found.add(c);
  return [...found].sort((a, b) => a.order - b.order);
}

/** A key and the keys one letter shorter (each letter left out once): two keys one edit apart share one of these. */
function oneLetterOut(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/** Typos of a long name ("Aljzeera"): clusters whose keys are one edit apart. */
function mergeTypos(clusters: readonly Cluster[]) {
  const long = clusters.filter((c) => c.key.length >= 7);
  const index = fileUnder<Cluster>();
  for (const c of long) for (const k of oneLetterOut(c.key)) index.add(`${c.type}:${k}`, c);
  for (const a of long) {
    for (const b of candidates(index, oneLetterOut(a.key).map((k) => `${a.type}:${k}`))) if (a !== b && oneEdit(a.key, b.key)) union(a, b);
  }
}

/**
 * Merges clusters that name one thing: typos of a long name, an acronym and its full name, and
 * a bare name part with the one full name it belongs to. A bare part shared by several people
 * ("Kim") goes to the most-mentioned of them only when that one clearly leads.
 */
function mergeVariants(clusters: Cluster[]) {
  // each merge looks its candidates up in an index of the names it could join, so a long article
  // with thousands of names is not compared pair by pair
  clusters.forEach((c, k) => {
    c.order = k;
    c.fullMentions = wordsOf(c) >= 2 ? c.mentions.length : 0;
  });
  mergeTypos(clusters);
  mergeAcronymsInside(clusters);
  mergeSpelledAcronyms(clusters);
  mergeBodyFirstWords(clusters);
  mergeNameParts(clusters);
  mergeShortenedNames(clusters);
}

/** An acronym and its full name: the full name spells it, or the writer put it in brackets inside the name ("Badan ... (BPBD) Bojonegoro"). */
function mergeSpelledAcronyms(clusters: readonly Cluster[]) {
  const spelled = fileUnder<Cluster>();
  for (const b of clusters) {
    if (wordsOf(b) < 2) continue;
    for (const s of b.surfaces.keys()) {
      spelled.add(`${b.type}:${initials(expandAlias(s))}`, b);
      for (const m of s.matchAll(/\(([^()]*)\)/g)) spelled.add(`${b.type}:${m[1]!}`, b);
    }
  }
  for (const a of clusters) {
    const acronym = [...a.surfaces.keys()].find((s) => /^\p{Lu}{2,6}$/u.test(s));
    if (!acronym) continue;
    const full = candidates(spelled, [`${a.type}:${acronym}`]).filter((b) => b !== a && b.type === a.type && wordsOf(b) >= 2 && [...b.surfaces.keys()].some((s) => initials(expandAlias(s)) === acronym || s.includes(`(${acronym})`)));
    if (full.length === 1) union(full[0]!, a);
  }
}

/** A bare name part ("Kim") with the one full name it belongs to; shared by several people, with the most-mentioned one only when it clearly leads. */
function mergeNameParts(clusters: readonly Cluster[]) {
  const people = fileUnder<Cluster>();
  for (const p of clusters) {
    if (p.type !== 'PER' || wordsOf(p) < 2) continue;
    for (const s of p.surfaces.keys()) {
      const parts = spellingKey(s).split(' ');
      people.add(parts[0]!, p);
      people.add(parts[parts.length - 1]!, p);
    }
  }
  for (const a of clusters) {
    if (a.type !== 'PER' || wordsOf(a) !== 1) continue;
    const owners = new Set(people.get(a.key).map(root));
    const ranked = [...owners].map((o) => ({ o, n: countFullMentions(o) })).sort((x, y) => y.n - x.n);
    if (ranked.length === 1 || (ranked.length > 1 && ranked[0]!.n > ranked[1]!.n)) union(ranked[0]!.o, a);
  }
}

/**
 * "Dinas PUPR Kabupaten Grobogan" and "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten
 * Grobogan": a short form inside a name stands for the words whose initials it spells, whichever
 * expansion the region uses, so the story's own long form decides.
 */
function mergeAcronymsInside(clusters: Cluster[]) {
  const longForms = fileUnder<{ b: Cluster; words: string[] }>();
  for (const b of clusters) {
    for (const s of b.surfaces.keys()) {
      const words = s.replace(/\s*\([^()]*\)/g, '').split(/\s+/);
      longForms.add(fold(words[0]!), { b, words });
    }
  }
  for (const a of clusters) {
    if (a.type !== 'ORG') continue;
    const owners = new Set<Cluster>();
    for (const s of a.surfaces.keys()) {
      const words = s.split(/\s+/);
      const at = words.findIndex((w, i) => i > 0 && /^\p{Lu}{3,6}$/u.test(w));
      if (at < 0) continue;
      const before = words.slice(0, at);
      const after = words.slice(at + 1);
      // the long form starts with the words before the short form, so with the same first word
      for (const { b, words: long } of longForms.get(fold(words[0]!))) {
        if (b === a || b.type !== 'ORG' || long.length < words.length + 1) continue;
        const middle = long.slice(at, long.length - after.length);
        const same = (x: readonly string[], y: readonly string[]) => x.every((w, i) => fold(w) === fold(y[i]!));
        if (same(before, long) && same(after, long.slice(long.length - after.length)) && middle.length >= 2 && initials(middle.join(' ')) === words[at]) owners.add(root(b));
      }
    }
    if (owners.size === 1) union([...owners][0]!, a);
  }
}

const outletKeys = new Set([...outletNames.keys(), ...outletNames.values()].map(fold));

/** "Hiswana" of "Hiswana Migas": a body's one-word name that opens exactly one longer name of the story. */
function mergeBodyFirstWords(clusters: Cluster[]) {
  const byFirstWord = fileUnder<Cluster>();
  for (const b of clusters) {
    if (b.type !== 'ORG') continue;
    for (const s of b.surfaces.keys()) if (s.split(/\s+/).length >= 2) byFirstWord.add(fold(s.split(/\s+/)[0]!), b);
  }
  for (const a of clusters) {
    // an acronym, a site or an outlet ("Kompas" beside "Kompas TV") is a name of its own
    if (a.type !== 'ORG' || wordsOf(a) !== 1 || triggers.orgNameHeads.has(a.key) || [...a.surfaces.keys()].some((s) => /^\p{Lu}+$/u.test(s) || isSiteAddress(s) || outletKeys.has(fold(s)))) continue;
    const owners = new Set(candidates(byFirstWord, [a.key]).filter((b) => b !== a).map(root));
    if (owners.size === 1) union([...owners][0]!, a);
  }
}

/** Surfaces of a cluster as the alias table expands them. */
const expandedSurfaces = (c: Cluster) => (c.expanded ??= [...c.surfaces.keys()].map((s) => expandAlias(identifyingName(s, c.type))));

/**
 * Shortened forms that belong to exactly one longer name of the story: a unit written without
 * its parent body or region, a person's name without a middle or last part, a blended nickname.
 */
function mergeShortenedNames(clusters: Cluster[]) {
  const shortens = (a: Cluster, b: Cluster): boolean => {
    if (a.type !== b.type || root(a) === root(b)) return false;
    const test = a.type === 'PER' ? (x: string, y: string) => isShorterPersonName(x, y) || isBlendedNickname(x, y) : (x: string, y: string) => isUnitWithoutParent(x, y) || isHeadedAcronym(x, y) || isAcronymWithRegion(x, y) || isRegionWithoutHead(x, y);
    const long = expandedSurfaces(b);
    return expandedSurfaces(a).some((x) => long.some((y) => test(x, y)));
  };
  const longer = fileUnder<Cluster>();
  for (const b of clusters) for (const y of expandedSurfaces(b)) for (const k of longKeys(y, b.type)) longer.add(`${b.type}:${k}`, b);
  for (const a of clusters) {
    const keys = expandedSurfaces(a).flatMap((x) => shortKeys(x, a.type).map((k) => `${a.type}:${k}`));
    const owners = new Set(candidates(longer, keys).filter((b) => shortens(a, b)).map(root));
    if (owners.size === 1) union([...owners][0]!, a);
  }
}

/**
 * "Setya Novanto (Setnov)": a name in brackets right after a name of the same kind is its short
 * form, the writer's own alias.
 */
function mergeBracketed(articles: readonly ArticleDoc[], clusterOf: (article: number, m: EntityMentionDraft) => Cluster) {
  articles.forEach((a, k) => {
    a.mentions.forEach((m, i) => {
      const prev = a.mentions[i - 1];
      if (!prev || prev.type !== m.type || !bracketedAfter(a.tokens, prev, m)) return;
      union(clusterOf(k, prev), clusterOf(k, m));
    });
  });
}

/** `m` stands alone in brackets right after `prev`, the opening one at most a space away: "Setya Novanto (Setnov)". */
function bracketedAfter(tokens: readonly Token[], prev: EntityMentionDraft, m: EntityMentionDraft): boolean {
  const open = tokens[prev.tokenEnd];
  const close = tokens[m.tokenEnd];
  return (
    open?.text === '(' && close?.text === ')' && m.tokenStart === prev.tokenEnd + 1 &&
    open.start - prev.end <= 1 && open.end === m.start && close.start === m.end
  );
}

/** Mentions of the names of several words joined under the root `r` (kept by union as clusters merge). */
function countFullMentions(r: Cluster): number {
  return r.fullMentions;
}


/** The fullest surface form: most words, then not a site address, then most frequent, then alphabetical. */
function canonicalName(surfaces: ReadonlyMap<string, number>): string {
  const ranked = [...surfaces].sort(([a, na], [b, nb]) => {
    const wa = a.split(/\s+/).length;
    const wb = b.split(/\s+/).length;
    const da = isSiteAddress(a) ? 1 : 0;
    const db = isSiteAddress(b) ? 1 : 0;
    const aa = aliasTable.has(a) ? 1 : 0;
    const ab = aliasTable.has(b) ? 1 : 0;
    return wb - wa || da - db || aa - ab || nb - na || (a < b ? -1 : a > b ? 1 : 0);
  });
  const best = ranked[0]![0];
  const expanded = expandAlias(best);
  return expanded.split(/\s+/).length > best.split(/\s+/).length ? expanded : best;
}

/** Clusters the story's mentions into entities and sets each mention's entityId. */
export function clusterMentions(articles: ArticleDoc[]): { articles: ArticleDoc[]; entities: Entity[] } {
  const byKey = new Map<string, Cluster>();
  const all: Array<{ article: number; mention: EntityMentionDraft; cluster: Cluster }> = [];
  articles.forEach((a, k) => {
    for (const m of a.mentions) {
      const key = clusterKey(m.text, m.type);
      const id = `${m.type}:${key}`;
      let c = byKey.get(id);
      if (!c) byKey.set(id, (c = { type: m.type, key, surfaces: new Map(), mentions: [], parent: null, order: 0, fullMentions: 0 }));
      c.surfaces.set(m.text, (c.surfaces.get(m.text) ?? 0) + 1);
      // every field named once, the id's among them: a spread copy that gains a field later
      // gets a hidden class of its own in V8, kept per mention to the end of the story
      const copy: EntityMentionDraft = { start: m.start, end: m.end, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, type: m.type, text: m.text, entityId: m.entityId };
      c.mentions.push(copy);
      all.push({ article: k, mention: copy, cluster: c });
    }
  });
  const clusters = [...byKey.values()];
  mergeVariants(clusters);
  mergeBracketed(articles, (_, m) => byKey.get(`${m.type}:${clusterKey(m.text, m.type)}`)!);

  const groups = new Map<Cluster, Cluster[]>();
  for (const c of clusters) groups.set(root(c), [...(groups.get(root(c)) ?? []), c]);
  const taken = new Set<string>();
  const entities: Entity[] = [];
  const idOf = new Map<Cluster, string>();
  const drafts = [...groups.values()].map((members) => {
    const surfaces = new Map<string, number>();
    for (const c of members) for (const [s, n] of c.surfaces) surfaces.set(s, (surfaces.get(s) ?? 0) + n);
    const count = members.reduce((n, c) => n + c.mentions.length, 0);
    return { members, surfaces, count, name: canonicalName(surfaces), type: members[0]!.type };
  });
  drafts.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.type < b.type ? -1 : 1));
  for (const d of drafts) {
    let id = slug(d.name);
    if (taken.has(id)) id = `${id}-${d.type.toLowerCase()}`;
    for (let n = 2; taken.has(id); n++) id = `${slug(d.name)}-${n}`;
    taken.add(id);
    for (const c of d.members) idOf.set(c, id);
    const aliases = [...d.surfaces.keys()].filter((s) => s !== d.name).sort();
    entities.push({ id, type: d.type, name: d.name, aliases, mentionCount: d.count });
  }
  for (const x of all) x.mention.entityId = idOf.get(root(x.cluster));
  const byArticle: EntityMentionDraft[][] = articles.map(() => []);
  for (const x of all) byArticle[x.article]!.push(x.mention);
  const linked = articles.map((a, k) => ({ ...a, mentions: byArticle[k]! }));
  return { articles: linked, entities };
}

/** Story stage: one type per name across all articles, missed repeats tagged, then clustering. */
export function linkStory(story: StoryDoc): StoryDoc {
  const tagged = story.articles.map((a) => fromMentions({ words: documentWords(a) }, a.mentions));
  harmonize(tagged);
  const harmonized = story.articles.map((a, k) => ({ ...a, mentions: toMentions(a, tagged[k]!) }));
  // no later stage reads the words
  for (const a of story.articles) releaseDocumentWords(a);
  const { articles, entities } = clusterMentions(harmonized);
  return { ...story, articles, entities };
}
