import { startTransition, useEffect, useMemo, useState } from 'react';
import { initialRange } from '../features/reader/columnWindow';
import type { Digest } from '../shared/digest/schema';
import type { DigestSlice } from './digestSlice';
import { firstScreen, onlyArticles } from './storySize';
import { storyTop, type StoryTop } from './storyTop';

/** What the reader has of a story: the whole of it, or (before it arrives) its first screen's file. */
export type StorySource = { whole: Digest; slice?: undefined } | { whole?: undefined; slice: DigestSlice };

/** Where the first screen is cut: the reader's order and hidden outlets, and the columns that fit. */
export interface ScreenCut {
  order: readonly string[];
  hidden: readonly string[];
  columns: number;
}

/** The columns a first render mounts on a viewport this wide (before anything is measured). */
export const firstColumns = (viewportWidth: number) => initialRange(Number.MAX_SAFE_INTEGER, viewportWidth).end;

/** The first screen of a source: its first columns in the reader's order (all of it when that is all). */
export function firstScreenOf(source: StorySource, cut: ScreenCut): Digest {
  const from = source.whole ?? source.slice.first;
  const first = firstScreen(from.articles, cut.order, cut.hidden, cut.columns);
  return first ? onlyArticles(from, first) : from;
}

/** What the columns show now, and the source it was made from. */
export interface Stage {
  of: Digest | DigestSlice;
  shown: Digest;
  /** Of a first screen shown: its labels' tails as the whole story gives them (StoryTop.labels). */
  labels?: Record<string, string>;
}

const isSlice = (of: Digest | DigestSlice): of is DigestSlice => 'first' in of;
const storyId = (of: Digest | DigestSlice) => (isSlice(of) ? of.first.story.id : of.story.id);

/**
 * The stage for a source after `prev`: kept while the source stays; a new source starts at its
 * first screen, except the whole story that follows its own first screen's file, which keeps the
 * columns already drawn until the whole story is.
 */
export function nextStage(prev: Stage | null, source: StorySource, preview: Digest): Stage {
  const of = source.whole ?? source.slice;
  if (prev?.of === of) return prev;
  if (source.whole && prev && isSlice(prev.of) && storyId(prev.of) === source.whole.story.id) return { of, shown: prev.shown, labels: prev.labels };
  return { of, shown: preview, labels: source.slice?.top.labels };
}

/** The stage once the whole story is drawn, or null when there is no whole story (yet) or it is drawn. */
export function wholeStage(stage: Stage, source: StorySource): Stage | null {
  return source.whole && stage.shown !== source.whole ? { of: source.whole, shown: source.whole } : null;
}

/**
 * The story a reader is shown as it arrives. The first render has only the columns of the first
 * screen (their marks, outlets and side panel lists made for them alone), so their text paints
 * before the rest of the story is prepared; the whole story follows in a render of its own, which
 * React keeps interruptible (the reader can already read and scroll). What stands above the
 * columns (`top`) is drawn from the whole story from the first render, so nothing moves when the
 * rest arrives. The first screen is cut once per source: later changes of order or hidden outlets
 * do not bring the cut back (the whole story is shown by then).
 */
export function useFirstScreen(source: StorySource, cut: ScreenCut): { digest: Digest; top: StoryTop; labels?: Record<string, string> } {
  const of = source.whole ?? source.slice;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- cut once per source, see above
  const preview = useMemo(() => firstScreenOf(source, cut), [of]);
  // Not useDeferredValue(whole, preview): mounted inside a deferred render (the reader is one, see
  // StoryRoute), it skips its initial value and the first screen would never be drawn.
  const [stage, setStage] = useState<Stage>(() => nextStage(null, source, preview));
  const current = nextStage(stage, source, preview);
  if (current !== stage) setStage(current);
  const next = wholeStage(current, source);
  useEffect(() => {
    if (next) startTransition(() => setStage(next));
  }, [next?.shown]); // eslint-disable-line react-hooks/exhaustive-deps -- one transition per whole story
  const top = useMemo(() => (source.whole ? storyTop(source.whole) : source.slice.top), [source.whole, source.slice]);
  return { digest: current.shown, top, labels: current.labels };
}
