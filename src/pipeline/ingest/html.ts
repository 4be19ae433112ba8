import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { FrontMatter } from '../types';
import { pageMetadata } from './page-meta';

export interface ExtractedPage {
  /** The article's text: one paragraph a line, a blank line between paragraphs. */
  text: string;
  /** What the page's metadata says, as front matter would. */
  frontMatter: FrontMatter;
}

/** Less prose than this (link lists not counted) is no article: an index page, a 404, a login wall. */
export const MIN_ARTICLE_CHARS = 200;

/** Elements that end a paragraph in running text. */
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(' '),
);
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME']);

interface Paragraph {
  text: string;
  linkChars: number;
}

/** The paragraphs of an element's text, white space collapsed as a browser shows it. */
function paragraphsOf(root: Node): Paragraph[] {
  const out: Paragraph[] = [];
  let text = '';
  let linkChars = 0;
  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) out.push({ text: t, linkChars: Math.min(linkChars, t.length) });
    text = '';
    linkChars = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const piece = child.textContent ?? '';
        text += piece;
        if (inLink) linkChars += piece.trim().length;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (UNREAD.has(tag)) continue;
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child, inLink || tag === 'A');
        if (block) flush();
      }
    }
  };
  walk(root, false);
  flush();
  return out;
}

/**
 * The article of a saved web page (Readability, the reader-view engine, on a linkedom DOM, so it
 * runs in Node and in a Web Worker alike) and the page's metadata; null when the page holds no
 * article. The text keeps the article's paragraphs, so every offset the pipeline gives points
 * into exactly this text.
 */
export function extractPage(html: string): ExtractedPage | null {
  const { document } = parseHTML(html);
  // metadata first: Readability takes the document apart as it reads
  const frontMatter = pageMetadata(document);
  const article = new Readability(document as unknown as Document, { serializer: (node: Node) => node }).parse();
  if (!article?.content) return null;
  const paragraphs = paragraphsOf(article.content);
  const prose = paragraphs.filter((p) => p.linkChars < p.text.length / 2).reduce((n, p) => n + p.text.length, 0);
  if (prose < MIN_ARTICLE_CHARS) return null;
  const fallback: FrontMatter = {};
  if (!frontMatter.title && article.title?.trim()) fallback.title = article.title.trim();
  if (!frontMatter.author && article.byline?.trim()) fallback.author = article.byline.trim();
  return { text: `${paragraphs.map((p) => p.text).join('\n\n')}\n`, frontMatter: { ...fallback, ...frontMatter } };
}

/** The character set a page declares in its first bytes (<meta charset>, http-equiv), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  for (const b of bytes.subarray(0, 1024)) head += String.fromCharCode(b);
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
