import type { Element, Root, RootContent } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import { defaultUrlTransform } from 'react-markdown';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// The steps react-markdown takes from a paragraph's markdown to the tree it renders, taken once
// per text: the text of a paragraph never changes while the reader's choices, and so its marks,
// do. A render after a new choice only lays the marks on this tree (withMarks.ts, which leaves it
// as it is) and turns the result into elements.
const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true });

/**
 * react-markdown's default empties every data: address; an image the article holds inline (a
 * raster picture, which can run nothing) is kept. Links keep the default.
 */
const INLINE_PICTURE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,/i;
const safeUrl = (url: string, key: string, node: Element) => (key === 'src' && node.tagName === 'img' && INLINE_PICTURE.test(url) ? url : defaultUrlTransform(url));

/** As react-markdown does: raw HTML becomes its text, addresses pass the transform. */
function clean(parent: { children: RootContent[] }): void {
  parent.children = parent.children.map((node) => (node.type === 'raw' ? { type: 'text', value: node.value } : node));
  for (const node of parent.children) {
    if (node.type !== 'element') continue;
    for (const key of Object.keys(urlAttributes)) {
      const value = node.properties[key];
      const tags = urlAttributes[key];
      if (value === undefined || value === null || !(tags === null || tags?.includes(node.tagName))) continue;
      node.properties[key] = safeUrl(String(value), key, node);
    }
    clean(node);
  }
}

const trees = new Map<string, Root>();
const LIMIT = 4000;

/** The rendered tree of one paragraph's markdown (kept per text; never changed by its users). */
export function paragraphTree(text: string): Root {
  let tree = trees.get(text);
  if (tree) return tree;
  tree = processor.runSync(processor.parse(text)) as Root;
  clean(tree);
  if (trees.size >= LIMIT) trees.clear();
  trees.set(text, tree);
  return tree;
}
