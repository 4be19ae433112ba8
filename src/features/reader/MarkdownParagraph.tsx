import { memo, type ComponentProps } from 'react';
import Markdown, { defaultUrlTransform, type UrlTransform } from 'react-markdown';
import type { Processor } from 'unified';
import type { Mark } from '../../shared/lib/marks';
import type { Paragraph } from '../../shared/lib/paragraphs';
import { rehypeMarks } from './rehypeMarks';
import { SafeImage } from './SafeImage';

interface Props {
  /** The source line to render. */
  paragraph: Paragraph;
  /** Marks that overlap it, in article offsets. */
  marks: readonly Mark[];
  /** Show images or their text stand-ins. */
  showImages: boolean;
}

const link: ComponentProps<typeof Markdown>['components'] = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
};

/**
 * react-markdown's default empties every data: address; an image the article holds inline (a
 * raster picture, which can run nothing) is kept. Links keep the default.
 */
const INLINE_PICTURE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,/i;
const urlTransform: UrlTransform = (url, key, node) =>
  key === 'src' && node.tagName === 'img' && INLINE_PICTURE.test(url) ? url : defaultUrlTransform(url);

type Parse = (doc: string) => unknown;
// A paragraph's markdown tree depends on its text alone, while its marks change with every
// choice of the reader: the tree is parsed once per text, and a render after a new choice only
// converts a copy and lays the marks on it (the copy, because later steps may change the tree).
const parsed = new Map<string, unknown>();
const PARSED_LIMIT = 4000;
function parseOnce(this: Processor) {
  const parse = this.parser as Parse | undefined;
  if (!parse) return;
  this.parser = ((doc: string) => {
    let tree = parsed.get(doc);
    if (tree === undefined) {
      if (parsed.size >= PARSED_LIMIT) parsed.clear();
      parsed.set(doc, (tree = parse(doc)));
    }
    return structuredClone(tree);
  }) as typeof this.parser;
}
const remarkPlugins = [parseOnce];

const signature = (marks: readonly Mark[]) => marks.map((m) => `${m.start}-${m.end}-${m.tag}-${JSON.stringify(m.attrs)}-${JSON.stringify(m.firstAttrs ?? null)}`).join('|');
const same = (a: Props, b: Props) => a.paragraph === b.paragraph && a.showImages === b.showImages && (a.marks === b.marks || signature(a.marks) === signature(b.marks));

/** One paragraph through react-markdown (no raw HTML), with marks applied to its tree. */
export const MarkdownParagraph = memo(function MarkdownParagraph({ paragraph, marks, showImages }: Props) {
  const components: ComponentProps<typeof Markdown>['components'] = {
    ...link,
    img: ({ src, alt }) => <SafeImage src={typeof src === 'string' ? src : undefined} alt={alt} show={showImages} />,
    // headings inside an article must not outrank the outlet heading of the column
    h1: ({ children }) => <h4 className="article-heading">{children}</h4>,
    h2: ({ children }) => <h4 className="article-heading">{children}</h4>,
    h3: ({ children }) => <h4 className="article-heading">{children}</h4>,
    input: () => null,
  };
  if (paragraph.heading && !paragraph.text.startsWith('#')) components.p = ({ children }) => <h4 className="article-heading">{children}</h4>;
  return (
    <div className="paragraph" data-start={paragraph.start}>
      <Markdown
        components={components}
        remarkPlugins={remarkPlugins}
        urlTransform={urlTransform}
        rehypePlugins={[[rehypeMarks, { marks, base: paragraph.start, source: paragraph.text }]]}
      >
        {paragraph.text}
      </Markdown>
    </div>
  );
}, same);
