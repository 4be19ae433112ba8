import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Mark } from '../../shared/lib/marks';
import type { Paragraph } from '../../shared/lib/paragraphs';
import { applyEntityState, entityStateOf } from './entityState';
import { MarkdownParagraph } from './MarkdownParagraph';
import { scrollIntoColumn } from './scroll';
import { clearHits, firstPaintedHit, isPaintedHit, paintHits, paintsHits } from './searchHighlight';
import type { ScrollRequest } from './types';

interface Props {
  /** Paragraphs to show, in order. */
  paragraphs: readonly Paragraph[];
  /** This article's marks. */
  marks: readonly Mark[];
  /** Show images. */
  showImages: boolean;
  /** Scroll request for this column, if any. */
  scroll: ScrollRequest | null;
}

const EMPTY: Mark[] = [];

/** The rendered article (loaded on demand with the markdown renderer). */
export default function MarkdownBody({ paragraphs, marks, showImages, scroll }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // the chosen entity's marks, laid on the rendered mentions before the scroll below looks for them
  useLayoutEffect(() => {
    if (ref.current) applyEntityState(ref.current, entityStateOf(marks));
  }, [marks, showImages, paragraphs]);
  // search hits the browser paints itself are no paragraph's marks (searchHighlight.ts)
  const [rendered, painted] = useMemo(() => (paintsHits && marks.some(isPaintedHit) ? [marks.filter((m) => !isPaintedHit(m)), marks.filter(isPaintedHit)] : [marks, EMPTY]), [marks]);
  // painted again after every render of the paragraphs: a re-rendered paragraph has new text nodes
  useLayoutEffect(() => {
    const body = ref.current;
    if (!paintsHits || !body) return;
    paintHits(body, paragraphs, painted);
    return () => clearHits(body);
  }, [paragraphs, painted, rendered, showImages]);
  const key = scroll?.key;
  const selector = scroll?.selector;
  const orFirstHit = scroll?.orFirstHit;
  useEffect(() => {
    if (!key || !selector) return;
    // a list of selectors is an order of preference: the chosen sentence before the ones sharing it
    const found = selector.split(',').reduce<Element | null>((found, part) => found ?? ref.current?.querySelector(part) ?? null, null);
    const el = found ?? (orFirstHit && ref.current ? firstPaintedHit(ref.current) : null);
    if (el) scrollIntoColumn(el);
  }, [key, selector, orFirstHit]);
  // split once per change of the article's marks: unchanged marks keep every paragraph's share
  const shares = useMemo(() => paragraphs.map((p) => {
    const own = rendered.filter((m) => m.start < p.end && p.start < m.end);
    return own.length ? own : EMPTY;
  }), [paragraphs, rendered]);
  return (
    <div ref={ref} className="article-body">
      {paragraphs.map((p, i) => (
        <MarkdownParagraph key={p.start} paragraph={p} marks={shares[i] ?? EMPTY} showImages={showImages} />
      ))}
    </div>
  );
}
