import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Article } from '../../shared/digest/schema';
import type { Mark } from '../../shared/lib/marks';
import { columnToReveal, inRange, mountedRange, sameRange, scrollBehavior, visibleRange, type ColumnRange, type StripGeometry } from './columnWindow';
import { marksMatch, parseMarkSelector } from './markSelector';
import { afterPaint } from '../../shared/lib/afterPaint';
import type { ScrollRequest } from './types';

interface Props {
  /** Visible articles, in column order. */
  articles: readonly Article[];
  /** Marks of one article (only mounted columns ask). */
  marksFor: (articleId: string) => readonly Mark[];
  /** Bring marked text into view. */
  scroll: ScrollRequest | null;
  /** One mounted column. */
  renderColumn: (article: Article) => ReactNode;
}

const viewportWidth = () => (typeof window === 'undefined' ? 0 : window.innerWidth);

/** The strip as it is laid out now: its scroll, its width and the pitch of its first two columns. */
function measure(row: HTMLElement): StripGeometry {
  const first = row.children[0] as HTMLElement | undefined;
  const second = row.children[1] as HTMLElement | undefined;
  const columnWidth = first?.offsetWidth ?? 0;
  const pitch = first && second ? second.offsetLeft - first.offsetLeft : columnWidth;
  return { scrollLeft: row.scrollLeft, width: row.clientWidth, pitch, columnWidth };
}

/**
 * The desktop row of columns. Every column keeps a box of its width, but only the columns in
 * and next to the view render their article (columnWindow.ts); scrolling the row mounts the
 * next ones. A scroll request aimed at a column that is not mounted mounts it first, then
 * scrolls the row to it; the column scrolls itself to the mark once its text is there.
 */
export function ColumnStrip({ articles, marksFor, scroll, renderColumn }: Props) {
  const row = useRef<HTMLDivElement>(null);
  const count = articles.length;
  const [seen, setSeen] = useState<ColumnRange>(() => mountedRange({ scrollLeft: 0, width: 0, pitch: 0, columnWidth: 0 }, count, viewportWidth()));
  // the column being revealed stays mounted until the next request
  const [pinned, setPinned] = useState<string | null>(null);
  const reveal = useRef<string | null>(null);
  // the strip's geometry as last measured: a scroll request reads it instead of measuring the
  // row at once, which would lay out the text its own choice has just changed before the frame does
  const geometry = useRef<StripGeometry | null>(null);
  const latest = useRef({ articles, marksFor });
  useEffect(() => {
    latest.current = { articles, marksFor };
  });

  // the mounted range follows the row's scroll and size; state changes only when the range does
  useLayoutEffect(() => {
    const el = row.current;
    if (!el) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const g = measure(el);
      geometry.current = g;
      const next = mountedRange(g, count, viewportWidth());
      setSeen((prev) => (sameRange(prev, next) ? prev : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    // the first measure waits until the first frame has painted: read in the commit or in a
    // frame callback, it would lay out the first screen's text before its paint
    const first = afterPaint(update);
    el.addEventListener('scroll', schedule, { passive: true });
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resize?.observe(el);
    return () => {
      first();
      el.removeEventListener('scroll', schedule);
      resize?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [count]);

  const key = scroll?.key;
  const selector = scroll?.selector;
  const only = scroll?.articleId;
  // the last request that found its target: a request that found none is asked again when the
  // strip gets other articles (the whole story after its first screen), and only then
  const answered = useRef<string | null>(null);
  useEffect(() => {
    const el = row.current;
    const tests = selector ? parseMarkSelector(selector) : null;
    if (!key || !el || !tests || answered.current === key) return;
    const g = geometry.current ?? measure(el);
    const { articles: list, marksFor: marksOf } = latest.current;
    const visible = visibleRange(g, list.length);
    if (visible.end === visible.start) return;
    const target = columnToReveal(visible, list.length, (i) => {
      const id = list[i]!.id;
      return (!only || only === id) && marksMatch(marksOf(id), tests);
    });
    if (target === null) return;
    answered.current = key;
    if (target === 'in-view') return;
    reveal.current = list[target]!.id;
    setPinned(reveal.current);
  }, [key, selector, only, articles]);

  // once the revealed column is mounted, the row scrolls to it
  useEffect(() => {
    const el = row.current;
    const id = reveal.current;
    if (!el || !id || pinned !== id) return;
    reveal.current = null;
    const column = el.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(id)}"]`);
    const first = el.children[0] as HTMLElement | undefined;
    if (!column || !first) return;
    const left = column.offsetLeft - first.offsetLeft;
    if (typeof el.scrollTo === 'function') el.scrollTo({ left, behavior: scrollBehavior(measure(el), left) });
    else el.scrollLeft = left;
  }, [pinned]);

  const pinnedIndex = pinned === null ? -1 : articles.findIndex((a) => a.id === pinned);
  return (
    <div className="columns" data-count={count} ref={row}>
      {articles.map((a, i) => (inRange(seen, i) || i === pinnedIndex ? renderColumn(a) : <div key={a.id} className="column column-placeholder" data-article-id={a.id} aria-hidden="true" />))}
    </div>
  );
}
