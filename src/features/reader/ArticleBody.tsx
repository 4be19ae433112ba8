import { lazy, Suspense, useMemo } from 'react';
import type { Article } from '../../shared/digest/schema';
import type { Mark } from '../../shared/lib/marks';
import { paragraphsOf } from '../../shared/lib/paragraphs';
import { overlaps } from '../../shared/lib/spans';
import type { ParagraphFilter, ScrollRequest } from './types';

type MarkdownModule = typeof import('./MarkdownBody');
let loaded: MarkdownModule | null = null;
let loading: Promise<MarkdownModule> | null = null;
const load = () => (loading ??= import('./MarkdownBody').then((m) => (loaded = m)));

/** Starts loading the markdown renderer before it is needed. */
export const preloadMarkdown = () => void load();

/** A thenable that resolves synchronously: React.lazy then renders the module without suspending. */
const settled = (m: MarkdownModule) => ({ then: (resolve: (value: MarkdownModule) => void) => resolve(m) }) as unknown as Promise<MarkdownModule>;

// Once the renderer has arrived, columns that mount later (another story, an outlet shown again,
// a phone tab) render it at once instead of passing through the plain text.
const MarkdownBody = lazy(() => (loaded ? settled(loaded) : load()));

const HEADING = /^#{1,6}\s+/;

interface Props {
  /** The article. */
  article: Article;
  /** Its marks. */
  marks: readonly Mark[];
  /** Only paragraphs overlapping these spans, when set. */
  filter: ParagraphFilter;
  /** Show images. */
  showImages: boolean;
  /** Scroll request for this column. */
  scroll: ScrollRequest | null;
}

/** The article body: plain text at once, then markdown with highlights. */
export function ArticleBody({ article, marks, filter, showImages, scroll }: Props) {
  const keep = filter?.[article.id];
  const filtered = filter !== null;
  // without a filter, the article's own (cached) list: the same array from render to render
  const paragraphs = useMemo(() => (filtered ? paragraphsOf(article).filter((p) => (keep ?? []).some((s) => overlaps(s, p))) : paragraphsOf(article)), [article, filtered, keep]);
  // the same boxes as the rendered text (MarkdownParagraph), so that swapping one for the other
  // moves nothing and paints nothing larger
  const plain = (
    <div className="article-body" aria-busy="true">
      {paragraphs.map((p) => (
        <div key={p.start} className="paragraph">
          {p.heading || HEADING.test(p.text) ? <h4 className="article-heading">{p.text.replace(HEADING, '')}</h4> : <p>{p.text}</p>}
        </div>
      ))}
    </div>
  );
  return (
    <Suspense fallback={plain}>
      <MarkdownBody paragraphs={paragraphs} marks={marks} showImages={showImages} scroll={scroll} />
    </Suspense>
  );
}
