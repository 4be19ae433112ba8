import { lazy, Suspense, useDeferredValue, useEffect, useLayoutEffect, useRef, useState, type ComponentProps } from 'react';
import { isLocalFile } from '../features/add-articles/localStories';
import { useLocalStories } from '../features/add-articles/useLocalStories';
import { useI18n } from '../shared/i18n';
import { ErrorView } from './ErrorView';
import { LoadError, parseDigestText } from './loadDigest';
import { LoadingView } from './LoadingView';
import { hasSlice, sliceFileOf, sliceOpens } from './digestSlice';
import { useDigest, useDigestSlice, useStoryIndex } from './queries';
import { ReaderPage } from './ReaderPage';
import { useStoryPlan } from './storySize';
import { firstColumns, useFirstScreen, type StorySource } from './useFirstScreen';
import { useViewState } from './viewState';
import { afterPaint } from '../shared/lib/afterPaint';

// the "Add articles" view and the worker it starts load only when the reader opens it
const AddArticlesPage = lazy(() => import('../features/add-articles/AddArticlesPage'));
// views that a single bundled story never shows: the list of several stories, and the notice
// before a story too large to open whole
const StoryPicker = lazy(() => import('./StoryPicker').then((m) => ({ default: m.StoryPicker })));
const LargeStoryView = lazy(() => import('./LargeStoryView').then((m) => ({ default: m.LargeStoryView })));

/** Index → story choice → digest: a picker for several stories, the reader for one. */
export function StoryRoute() {
  const { t } = useI18n();
  const [view, setView] = useViewState();
  const index = useStoryIndex();
  const local = useLocalStories();
  const bundled = index.data?.stories ?? [];
  const localStories = local.data ?? [];
  const stories = [...bundled, ...localStories];
  const storyId = view.story ?? (stories.length === 1 ? (stories[0]?.id ?? null) : null);
  const entry = stories.find((s) => s.id === storyId) ?? null;
  // A large story's first screen, written beside its digest, is drawn before the whole story, and
  // the whole story is parsed (which holds the page) only once that screen has painted. It is
  // asked for only where it could open (its text's size is known once it is here).
  const sliceFile = entry && !isLocalFile(entry.file) && hasSlice(entry.articleCount) && sliceOpens({ articles: entry.articleCount, textChars: 0 }, view) ? sliceFileOf(entry.file) : null;
  const slice = useDigestSlice(sliceFile);
  const sliceShows = !!slice.data && sliceOpens(slice.data, view);
  const [drawn, setDrawn] = useState<string | null>(null);
  const digest = useDigest(entry?.file ?? null, !sliceFile || (slice.isFetched && !sliceShows) || drawn === sliceFile);
  // The reader is the heaviest render of the app: as a deferred update React renders it in slices
  // and keeps the page responsive, with the loading view on screen meanwhile.
  const deferred = useDeferredValue(digest.data);
  const { plan, shown } = useStoryPlan(deferred, view.first);

  if (view.add)
    return (
      <Suspense fallback={<LoadingView label={t('loading')} />}>
        <AddArticlesPage
          reserved={bundled.map((s) => s.id)}
          validate={parseDigestText}
          onOpen={(id) => void setView({ add: null, story: id, first: null }, { history: 'push' })}
          onBack={() => void setView({ add: null, story: null })}
        />
      </Suspense>
    );
  if (index.isPending || local.isPending) return <LoadingView label={t('loading')} />;
  if (index.isError) return <ErrorView error={index.error} onRetry={() => void index.refetch()} />;
  if (stories.length === 0) return <ErrorView error={new LoadError('no-stories', 'index.json')} onRetry={() => void index.refetch()} />;
  if (!storyId)
    return (
      <Suspense fallback={<LoadingView label={t('loading')} />}>
        <StoryPicker
          stories={stories}
          onPick={(id) => void setView({ story: id })}
          onAdd={() => void setView({ add: true }, { history: 'push' })}
          local={localStories}
        />
      </Suspense>
    );
  if (!entry)
    return (
      <ErrorView
        error={new LoadError('unknown-story', storyId)}
        onRetry={() => void setView({ story: null })}
        retryLabel={t('allStories')}
      />
    );
  if (digest.isError) return <ErrorView error={digest.error} onRetry={() => void digest.refetch()} />;
  const reader = { storyCount: stories.length, onAllStories: () => void setView({ story: null, remoteImages: null, first: null }) };
  // the same element as the whole story's reader below, so that the reader stays mounted when it arrives
  if (!deferred && slice.data && sliceShows) return <StoryReader source={{ slice: slice.data }} onDrawn={() => setDrawn(sliceFile)} {...reader} />;
  if (digest.isPending || deferred !== digest.data || !shown || !plan) return <LoadingView label={t('loading')} />;
  const openFirst = (n: number) => void setView({ first: n });
  if (plan.kind === 'too-large')
    return (
      <Suspense fallback={<LoadingView label={t('loading')} />}>
        <LargeStoryView title={shown.story.title} total={plan.total} textChars={plan.textChars} suggested={plan.suggested} onOpen={openFirst} />
      </Suspense>
    );
  return <StoryReader source={{ whole: shown }} {...reader} partial={plan.kind === 'first' ? { n: plan.n, total: plan.total, onShowAll: () => openFirst(plan.total) } : undefined} />;
}

/** The reader of a story as it arrives: its first screen first, then the whole (useFirstScreen). */
function StoryReader({ source, onDrawn, ...props }: Omit<ComponentProps<typeof ReaderPage>, 'digest' | 'top' | 'labels'> & { source: StorySource; onDrawn?: () => void }) {
  const [view] = useViewState();
  const columns = firstColumns(typeof window === 'undefined' ? 0 : window.innerWidth);
  const { digest, top, labels } = useFirstScreen(source, { order: view.order, hidden: view.hidden, columns });
  // once a first screen's file has painted, the route may parse the whole story
  const drawn = useRef(onDrawn);
  useLayoutEffect(() => {
    drawn.current = onDrawn;
  });
  useEffect(() => (source.slice ? afterPaint(() => drawn.current?.()) : undefined), [source.slice]);
  return <ReaderPage digest={digest} top={top} labels={labels} {...props} />;
}
