
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { memo, type ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Mark, MarkAttributes } from '../../shared/lib/marks';
import type { Paragraph } from '../../shared/lib/paragraphs';
import { paragraphTree } from './paragraphTree';
import { withMarks } from './withMarks';
import { SafeImage } from './SafeImage';
import { BODY_ATTRIBUTES } from './entityState';

interface Props {
  /** The source line to render. */
  paragraph: Paragraph;
  /** Marks that overlap it, in article offsets. */
  marks: readonly Mark[];
  /** Show images or their text stand-ins. */
  showImages: boolean;
}

type Children = { children?: ReactNode };
const link = ({ href, children }: Children & { href?: string }) =>
  href ? (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  ) : (
    <span>{children}</span>
  );
// headings inside an article must not outrank the outlet heading of the column
const heading = ({ children }: Children) => <h4 className="article-heading">{children}</h4>;
const common = { a: link, h1: heading, h2: heading, h3: heading, input: () => null };
const withImages = (show: boolean) => ({ ...common, img: ({ src, alt }: { src?: unknown; alt?: string }) => <SafeImage src={typeof src === 'string' ? src : undefined} alt={alt} show={show} /> });
// one set of components for each case, so that React keeps every element from render to render
const COMPONENTS = new Map<string, Partial<Components>>();
function componentsFor(showImages: boolean, headingLine: boolean): Partial<Components> {
  const key = `${showImages}-${headingLine}`;
  let found = COMPONENTS.get(key);
  if (!found) COMPONENTS.set(key, (found = (headingLine ? { ...withImages(showImages), p: heading } : withImages(showImages)) as Partial<Components>));
  return found;
}

// A mention's place in the chosen entity (active, dimmed) is laid on the rendered marks by the
// body in one pass (entityState.ts): choosing an entity touches every mention of every mounted
// column, and rendering each of their paragraphs again for two attributes cost more than the rest
// of the choice together. Every other attribute a paragraph renders itself.
const sameAttrs = (a: MarkAttributes | undefined, b: MarkAttributes | undefined) => {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = (Object.keys(a) as (keyof MarkAttributes)[]).filter((k) => !BODY_ATTRIBUTES.has(k));
  return keys.length === (Object.keys(b) as (keyof MarkAttributes)[]).filter((k) => !BODY_ATTRIBUTES.has(k)).length && keys.every((k) => a[k] === b[k]);
};
const sameMark = (a: Mark, b: Mark) => a === b || (a.start === b.start && a.end === b.end && a.tag === b.tag && sameAttrs(a.attrs, b.attrs) && sameAttrs(a.firstAttrs, b.firstAttrs));
/** The same marks, mark by mark: a paragraph whose marks did not change is not rendered again. */
const sameMarks = (a: readonly Mark[], b: readonly Mark[]) => a === b || (a.length === b.length && a.every((m, i) => sameMark(m, b[i]!)));
const same = (a: Props, b: Props) => a.paragraph === b.paragraph && a.showImages === b.showImages && sameMarks(a.marks, b.marks);

/** One paragraph's markdown (no raw HTML), with marks laid on its tree. */
export const MarkdownParagraph = memo(function MarkdownParagraph({ paragraph, marks, showImages }: Props) {
  const tree = withMarks(paragraphTree(paragraph.text), { marks, base: paragraph.start, source: paragraph.text });
  const headingLine = paragraph.heading && !paragraph.text.startsWith('#');
  return (
    <div className="paragraph" data-start={paragraph.start}>
      {toJsxRuntime(tree, { Fragment, jsx, jsxs, components: componentsFor(showImages, headingLine), ignoreInvalidStyle: true, passKeys: true, passNode: false })}
    </div>
  );
}, same);

