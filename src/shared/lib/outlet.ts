import type { Article } from '../digest/schema';

/** The outlet's display name, or null when unknown. */
export function outletName(article: Article): string | null {
  return article.outlet?.name ?? null;
}

/** Where an article came from, as a short label, with a fallback for unknown outlets. */
export function outletLabel(article: Article, unknown: string): string {
  return article.outlet?.name ?? `${unknown} (${article.file})`;
}

/** A dateline's separator after the outlet's name (", JAKARTA -- ", " – ", ": "). */
const AFTER_SIGNATURE = /^[^\n]{0,40}?(?:\s[-–—]{1,3}\s*|[–—]\s*|:\s+)/u;
/** A place-only dateline ("SINGAPURA – "). */
const PLACE_DATELINE = /^[\p{Lu}][\p{Lu}\s.,()]{1,40}?\s?[-–—]{1,3}\s+/u;
const FIRST_WORDS = 6;

/** The first words of the article's body, past its dateline: "Djadjang Nurdjaman belum dipastikan hengkang…". */
export function firstWords(article: Article, n = FIRST_WORDS): string {
  const { text } = article;
  let start = article.sentences[0]?.start ?? article.bodyStart;
  const evidence = article.outlet?.evidence;
  if (evidence && evidence.start >= start && evidence.start < start + 120) {
    const rest = text.slice(evidence.end, evidence.end + 60);
    start = evidence.end + (AFTER_SIGNATURE.exec(rest)?.[0].length ?? 0);
  } else {
    start += PLACE_DATELINE.exec(text.slice(start, start + 60))?.[0].length ?? 0;
  }
  const words = text.slice(start, start + 300).split(/\s+/).filter(Boolean);
  const head = words.slice(0, n).join(' ');
  return words.length > n ? `${head}…` : head;
}

/**
 * Display labels of a story's articles: the outlet's name, and where two articles share it (or
 * both have none) also their title, else their first words, so a reader can tell them apart.
 * `tails`, where given, is what follows the name in each label (none: the name alone), as the
 * whole story gives it to articles cut from it.
 */
export function outletLabels(articles: readonly Article[], unknown: string, tails?: Readonly<Record<string, string>>): Map<string, string> {
  const base = (a: Article) => a.outlet?.name ?? unknown;
  if (tails) return new Map(articles.map((a) => [a.id, tails[a.id] ? `${base(a)} · ${tails[a.id]}` : base(a)]));
  const groups = new Map<string, Article[]>();
  for (const a of articles) groups.set(base(a), [...(groups.get(base(a)) ?? []), a]);
  const labels = new Map<string, string>();
  for (const [name, group] of groups) {
    if (group.length === 1) {
      labels.set(group[0]!.id, name);
      continue;
    }
    const titles = group.map((a) => a.title?.trim() || null);
    const titled = titles.every((t) => t) && new Set(titles).size === titles.length;
    const tails = group.map((a, k) => (titled ? titles[k]! : firstWords(a)));
    const unique = new Set(tails).size === tails.length;
    group.forEach((a, k) => labels.set(a.id, `${name} · ${tails[k] || a.file}${unique || !tails[k] ? '' : ` (${a.file})`}`));
  }
  return labels;
}
