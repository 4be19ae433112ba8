import type { FrontMatter } from '../types';

/** The part of a DOM document the metadata is read from (linkedom's and the browser's alike). */
type Doc = Pick<Document, 'querySelectorAll' | 'querySelector' | 'documentElement' | 'title'>;
type Json = Record<string, unknown>;

/** schema.org types of a news page's main item: NewsArticle, ReportageNewsArticle, BlogPosting, Report… */
const ARTICLE_TYPE = /(Article|Posting|Report)$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().replace(/\s+/g, ' ') : undefined);
const types = (node: Json) => [node['@type']].flat().filter((t): t is string => typeof t === 'string');

/** A calendar date as ISO 8601 writes it, the day existing in its month. */
function isoDate(v: unknown): string | undefined {
  const s = text(v);
  const m = s ? ISO_DAY.exec(s) : null;
  if (!s || !m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d ? s : undefined;
}

/** <meta property|name|itemprop> values by lower-cased key, the first of each kept. */
function metaTags(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.toLowerCase();
    const value = text(el.getAttribute('content'));
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

/** Every JSON-LD node of the page, @graph and arrays flattened; broken blocks are passed over. */
function jsonLdNodes(doc: Doc): Json[] {
  const nodes: Json[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      nodes.push(v as Json);
      if ('@graph' in v) add((v as Json)['@graph']);
    }
  };
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(el.textContent ?? ''));
    } catch {
      // a page's broken JSON-LD says nothing; the other sources still may
    }
  }
  return nodes;
}

/** Names of a person or organisation field: "A", {name}, a list, or an @id pointing into the graph. */
function namesOf(v: unknown, byId: Map<string, Json>): string[] {
  return [v].flat().flatMap((x) => {
    if (typeof x === 'string') return text(x) ? [text(x)!] : [];
    if (!x || typeof x !== 'object') return [];
    const node = x as Json;
    const named = text(node.name) ?? text(byId.get(String(node['@id']))?.name);
    return named ? [named] : [];
  });
}

const absoluteUrl = (v: string | null | undefined) => (v && /^https?:\/\//i.test(v.trim()) ? v.trim() : undefined);

/** "Judul berita - Nama Situs" -> "Judul berita" when the site is known. */
function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  const at = title.toLowerCase().lastIndexOf(site.toLowerCase());
  if (at <= 0 || at + site.length !== title.length) return title;
  const head = title.slice(0, at).replace(/\s*[-|–—:·•]\s*$/, '');
  return head.length < at ? head : title;
}

/**
 * What a saved page says of itself, read as front matter would be: the title, the outlet (site
 * name or publisher), the canonical address, the publication time, the author and the language,
 * from Open Graph and article meta tags, JSON-LD (NewsArticle, Article, in a @graph too) and
 * <time datetime>. What the page does not say is left out, never guessed.
 */
export function pageMetadata(doc: Doc): FrontMatter {
  const meta = metaTags(doc);
  const nodes = jsonLdNodes(doc);
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t))) ?? {};
  const site = meta.get('og:site_name') ?? namesOf(article.publisher, byId)[0];
  const mainPage = article.mainEntityOfPage;
  const front: FrontMatter = {
    title: withoutSiteName(meta.get('og:title') ?? text(article.headline) ?? meta.get('twitter:title') ?? text(doc.title), site),
    outlet: site,
    url:
      absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
      absoluteUrl(meta.get('og:url')) ??
      absoluteUrl(text(article.url)) ??
      absoluteUrl(typeof mainPage === 'string' ? mainPage : text((mainPage as Json | undefined)?.['@id'])),
    published:
      isoDate(meta.get('article:published_time')) ??
      isoDate(article.datePublished) ??
      isoDate(meta.get('datepublished') ?? meta.get('pubdate') ?? meta.get('publishdate')) ??
      [...doc.querySelectorAll('time[datetime]')].map((t) => isoDate(t.getAttribute('datetime'))).find(Boolean),
    author: namesOf(article.author, byId).join(', ') || meta.get('author') || (absoluteUrl(meta.get('article:author')) ? undefined : meta.get('article:author')),
    language: /^([a-z]{2,3})(?:[-_]|$)/i.exec(doc.documentElement?.getAttribute('lang') ?? meta.get('og:locale') ?? '')?.[1]?.toLowerCase(),
  };
  return Object.fromEntries(Object.entries(front).filter(([, v]) => v !== undefined)) as FrontMatter;
}
