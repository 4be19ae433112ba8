import { useEffect, useMemo, useState } from 'react';
import { useSearchHits } from '../features/search/useSearchHits';
import type { Digest } from '../shared/digest/schema';
import { useI18n } from '../shared/i18n';
import { readerModel, StoryIndex, type ReaderModel, type ReaderView, type WordingOf } from './readerModel';

/** The word-by-word comparison loads apart from the first view, with the summary that shows it (ReaderPage). */
const loadWordingOf = (): Promise<WordingOf> => {
  void import('../features/compare/CompareSummary');
  return import('../features/compare/wording').then((m) => m.wordingOf);
};

/**
 * The reader's derived data (see `readerModel`), with what it needs loaded on demand: the search
 * index once the reader searches, the wording comparison once the page is idle (at once when a
 * sentence is chosen already, so a click finds it).
 */
export function useReaderModel(digest: Digest, view: ReaderView, cursors: { mentionCursor: number; hitCursor: number }, labelTails?: Readonly<Record<string, string>>): ReaderModel {
  const { t } = useI18n();
  const unknownOutlet = t('unknownOutlet');
  const story = useMemo(() => new StoryIndex(digest, unknownOutlet, labelTails), [digest, unknownOutlet, labelTails]);
  const hits = useSearchHits(story.columns(view.order, view.hidden).visible, view.q);
  const [wordingOf, setWordingOf] = useState<WordingOf | null>(null);
  useEffect(() => {
    if (wordingOf) return;
    const load = () => void loadWordingOf().then((run) => setWordingOf(() => run));
    if (view.sent || typeof requestIdleCallback !== 'function') return load();
    const idle = requestIdleCallback(load, { timeout: 1500 });
    return () => cancelIdleCallback(idle);
  }, [view.sent, wordingOf]);
  return readerModel(story, view, { hits, mentionCursor: cursors.mentionCursor, hitCursor: cursors.hitCursor, wordingOf });
}
