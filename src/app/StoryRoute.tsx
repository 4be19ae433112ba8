import { lazy, Suspense, useDeferredValue, type ComponentProps } from 'react';
import { exportLocalStory, useDeleteLocalStory, useLocalStories } from '../features/add-articles/useLocalStories';
import { useI18n } from '../shared/i18n';
import { ErrorView } from './ErrorView';
import { LoadError, parseDigestText } from './loadDigest';
import { LoadingView } from './LoadingView';
import { useDigest, useStoryIndex } from './queries';
import { ReaderPage } from './ReaderPage';
import { useStoryPlan } from './storySize';
import { firstColumns, useFirstScreen, type StorySource } from './useFirstScreen';
import { useViewState } from './viewState';

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
  const deleteLocal = useDeleteLocalStory();
  const bundled = index.data?.stories ?? [];
  const localStories = local.data ?? [];
  const stories = [...bundled, ...localStories];
  const storyId = view.story ?? (stories.length === 1 ? (stories[0]?.id ?? null) : null);
  const entry = stories.find((s) => s.id === storyId) ?? null;
  const digest = useDigest(entry?.file ?? null);
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
          local={{ stories: localStories, onDelete: (id) => deleteLocal.mutate(id), onExport: (entry) => void exportLocalStory(entry) }}
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
function StoryReader({ source, ...props }: Omit<ComponentProps<typeof ReaderPage>, 'digest' | 'top'> & { source: StorySource }) {
  const [view] = useViewState();
  const columns = firstColumns(typeof window === 'undefined' ? 0 : window.innerWidth);
  const { digest, top } = useFirstScreen(source, { order: view.order, hidden: view.hidden, columns });
  return <ReaderPage digest={digest} top={top} {...props} />;
}
