import { lazy, Suspense } from 'react';
import type { Article } from '../../shared/digest/schema';
import type { Mark } from '../../shared/lib/marks';
import { paragraphsOf } from '../../shared/lib/paragraphs';
import { overlaps } from '../../shared/lib/spans';
import type { ParagraphFilter, ScrollRequest } from './types';

const MarkdownBody = lazy(() => import('./MarkdownBody'));

/** Starts loading the markdown renderer before it is needed. */
export const preloadMarkdown = () => void import('./MarkdownBody');

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
  const paragraphs = paragraphsOf(article).filter((p) => !filter || (keep ?? []).some((s) => overlaps(s, p)));
  const plain = (
    <div className="article-body" aria-busy="true">
      {paragraphs.map((p) => (
        <p key={p.start} className="paragraph">
          {p.text}
        </p>
      ))}
    </div>
  );
  return (
    <Suspense fallback={plain}>
      <MarkdownBody paragraphs={paragraphs} marks={marks} showImages={showImages} scroll={scroll} />
    </Suspense>
  );
}
