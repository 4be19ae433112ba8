import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { OverviewLegend } from '../features/compare/OverviewLegend';
import { OverviewStrip } from '../features/compare/OverviewStrip';
import { EntityLegend } from '../features/entities/EntityLegend';
import { EntityNavigator } from '../features/entities/EntityNavigator';
import { OutletCard } from '../features/outlets/OutletCard';
import { StoryOverview } from '../features/overview/StoryOverview';
import { OutletFilter } from '../features/outlets/OutletFilter';
import { preloadMarkdown } from '../features/reader/ArticleBody';
import { ReaderColumns } from '../features/reader/ReaderColumns';
import { SearchBox } from '../features/search/SearchBox';
import { formatDate } from '../features/timeline/dates';
import type { Article, Digest, SharedPassage } from '../shared/digest/schema';
import { setLang, useI18n } from '../shared/i18n';
import { markSelector } from '../shared/lib/marks';
import { usePainted } from '../shared/lib/afterPaint';
import { PanelBoundary } from '../shared/ui/PanelBoundary';
import { AppHeader } from './AppHeader';
import { AppShell } from './AppShell';
import { moveArticle } from './order';
import { LazyCoverage, LazyDifferences, LazyEntityIndex, LazyQuotes, LazyTimeline, Sidebar, SidebarToggle, type SidebarTab } from './Sidebar';
import { focusFor, type Focus } from './focus';
import { adjacentEvent, initialFocus, initialTab, stepCursor } from './readerModel';
import { formatCount } from './numbers';
import { useShortcuts } from './useShortcuts';
import { storyTop, type StoryTop } from './storyTop';
import { useReaderModel } from './useReaderModel';
import { useStableHandlers } from './useStableHandlers';
import { useViewState } from './viewState';

interface Props {
  /** The story to read. */
  digest: Digest;
  /** Stories in the index. */
  storyCount: number;
  /** Back to the story list. */
  onAllStories: () => void;
  /** What stands above the columns, from the whole story when `digest` is its first screen only (else from `digest`). */
  top?: StoryTop;
  /** The labels' tails the whole story gives, when `digest` is a first screen cut from it (StoryTop.labels). */
  labels?: Readonly<Record<string, string>>;
  /** Only the first `n` of the story's `total` articles are shown. */
  partial?: { n: number; total: number; onShowAll: () => void };
}

/** The help dialog (and Mantine's modal machinery) loads the first time it is opened. */
const ShortcutsDialog = lazy(() => import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })));
/** The other outlets' wording of a chosen sentence loads the first time one is chosen. */
const WordingPanel = lazy(() => import('../features/compare/WordingPanel'));
/** Its summary above the columns, too: both follow the comparison, which loads apart (useReaderModel). */
const CompareSummary = lazy(() => import('../features/compare/CompareSummary').then((m) => ({ default: m.CompareSummary })));

const NO_PASSAGES: SharedPassage[] = [];
const SIDE_PANEL_ID = 'reader-side-panel';

/** The reader: columns, side panel and toolbar, wired to the URL state. */
export function ReaderPage({ digest, top: given, labels: labelTails, storyCount, onAllStories, partial }: Props) {
  const { t, lang } = useI18n();
  const [view, setView] = useViewState();
  const [navOpened, nav] = useDisclosure(false);
  // on a phone the side panel starts off-screen: it renders the first time it is opened
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [navLoaded, setNavLoaded] = useState(false);
  if (navOpened && !navLoaded) setNavLoaded(true);
  // elsewhere it follows a frame after the columns, leaving that first paint to their text
  const painted = usePainted();
  const [help, helpDialog] = useDisclosure(false);
  const [helpLoaded, setHelpLoaded] = useState(false);
  if (help && !helpLoaded) setHelpLoaded(true);
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const searchRef = useRef<HTMLInputElement>(null);
  const [focus, setFocus] = useState<Focus>(() => initialFocus(view));
  const [tab, setTab] = useState<SidebarTab>(() => initialTab(view));
  const [mentionCursor, setMentionCursor] = useState(-1);
  const [hitCursor, setHitCursor] = useState(-1);
  // on a wide screen the side panel can be hidden (in the address, so a shared link keeps it);
  // the focus moves to the button that brings it back, and back again
  const sidebarHidden = !phone && !view.sidebar;
  const hideRef = useRef<HTMLButtonElement>(null);
  const showRef = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    (sidebarHidden ? showRef : hideRef).current?.focus();
  }, [sidebarHidden]);
  const showSidebar = (sidebar: boolean) => {
    toggled.current = true;
    void setView({ sidebar });
  };
  const focusOn = (kind: Focus['kind'], extra?: Partial<Focus>) => setFocus((f) => ({ kind, n: f.n + 1, ...extra }));

  // the markdown renderer loads once the plain text is painted and the page is idle, so its
  // download and start-up never compete with that first paint
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return void setTimeout(preloadMarkdown, 200);
    let frame = requestAnimationFrame(() => {
      frame = requestIdleCallback(preloadMarkdown, { timeout: 1000 });
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelIdleCallback(frame);
    };
  }, []);
  useEffect(() => {
    document.title = `${digest.story.title} · ${t('appTitle')}`;
  }, [digest.story.title, t]);

  const model = useReaderModel(digest, view, { mentionCursor, hitCursor }, labelTails);
  const { story, ordered, visible, entity, mentions, hits, wording, passage } = model;
  const { labels, label } = story;
  const unknownOutlet = t('unknownOutlet');
  // one checkbox per outlet: rendered again only when the outlets, their counts or the types change
  const counts = model.counts;
  const outlets = useMemo(
    () => (
      <>
        <OutletFilter articles={ordered} label={(a) => labels.get(a.id) ?? a.id} hidden={view.hidden} onChange={(hidden) => void setView({ hidden })} counts={counts} />
        <EntityLegend hiddenTypes={view.types} onToggle={(type, on) => void setView({ types: on ? view.types.filter((x) => x !== type) : [...view.types, type] })} />
        <OverviewLegend />
      </>
    ),
    [ordered, labels, view.hidden, view.types, setView, counts],
  );
  // the overview changes only with the story and the chosen event (it follows the language itself)
  const top = useMemo(() => given ?? storyTop(digest), [given, digest]);
  const overview = useMemo(
    () => <StoryOverview title={digest.story.title} summary={top.summary} coverage={top.coverage} unknownOutlet={unknownOutlet} selectedEventId={view.event} />,
    [digest.story.title, top, unknownOutlet, view.event],
  );
  const scroll = focusFor(focus, { entity: view.entity, event: view.event, sent: view.sent, q: view.q, diff: view.diff, speaker: view.speaker, mention: model.currentMention ?? undefined, hit: model.currentHit ?? undefined, hitCount: hits.length });

  // choosing something to look at is a step of its own: Back returns to the previous choice
  const selectEntity = (id: string | null) => {
    void setView({ entity: id, only: id ? view.only : false }, { history: 'push' });
    setMentionCursor(-1);
    focusOn('entity');
  };
  const selectEvent = (id: string | null) => {
    void setView({ event: id }, { history: 'push' });
    focusOn('event');
  };
  const selectDifference = (id: string | null) => {
    void setView({ diff: id }, { history: 'push' });
    focusOn('difference');
  };
  const selectSpeaker = (key: string | null) => {
    void setView({ speaker: key }, { history: 'push' });
    focusOn('speaker');
  };
  const openDifferences = () => {
    setTab('differences');
    if (phone) nav.open();
  };
  const selectSentence = (articleId: string, start: number) => {
    const value = `${articleId}:${start}`;
    void setView({ sent: view.sent === value ? null : value }, { history: 'push' });
    focusOn('sentence');
  };
  // brings one column's sentences into view (on a phone, opens its tab and closes the side panel)
  const jumpTo = (articleId: string, selector: string) => {
    // the request names its column: the strip mounts and reveals that one, not the first with a match
    focusOn('jump', { target: { articleId, selector } });
    if (phone) nav.close();
  };
  // a cell of who reported what: the event is chosen (a step of its own) and one outlet's sentences come into view
  const jumpToEvent = (eventId: string, articleId: string) => {
    if (view.event !== eventId) void setView({ event: eventId }, { history: 'push' });
    jumpTo(articleId, markSelector(null, { 'data-event': true }));
  };
  const stepMention = (d: -1 | 1) => {
    if (!mentions.length) return;
    setMentionCursor(stepCursor(mentionCursor, d, mentions.length));
    focusOn('mention');
  };
  const stepHit = (d: -1 | 1) => {
    if (!hits.length) return;
    setHitCursor(stepCursor(hitCursor, d, hits.length));
    focusOn('hit');
  };
  const stepEvent = (d: -1 | 1) => {
    if (story.events.length) selectEvent(adjacentEvent(story.events, view.event, d));
  };
  const step = (d: -1 | 1) => (model.searching && hits.length ? stepHit(d) : stepMention(d));

  useShortcuts({
    '/': () => searchRef.current?.focus(),
    j: () => step(1),
    k: () => step(-1),
    ']': () => stepEvent(1),
    '[': () => stepEvent(-1),
    i: () => void setView({ images: !view.images }),
    t: () => setColorScheme(scheme === 'dark' ? 'light' : 'dark'),
    l: () => setLang(lang === 'en' ? 'id' : 'en'),
    '?': helpDialog.toggle,
    Escape: () => {
      if (help) return;
      void setView({ entity: null, event: null, sent: null, diff: null, speaker: null, only: false });
      setMentionCursor(-1);
    },
  });

  // a choice, a keystroke or a step re-renders the page; the header and the side panel render
  // again only when what they show changes (their handlers are stable: `act`)
  const act = useStableHandlers({ showSidebar, setView, selectEntity, selectEvent, selectDifference, selectSpeaker, selectSentence, jumpToEvent, openDifferences });
  // a column renders again only when what it shows changes (ReaderColumns): its header and the
  // strip beside it are made anew only when theirs does
  const renderHeader = useCallback(
    (a: Article) => {
      const i = visible.indexOf(a);
      return (
        <OutletCard
          article={a}
          name={label(a)}
          canMoveLeft={i > 0}
          canMoveRight={i < visible.length - 1}
          onMove={(d) => void act.setView({ order: moveArticle(ordered, view.hidden, a.id, d) })}
          onHide={() => void act.setView({ hidden: [...view.hidden, a.id] })}
        />
      );
    },
    [visible, ordered, view.hidden, label, act],
  );
  const selectedPassage = passage?.id ?? null;
  const renderAside = useCallback(
    (a: Article) => <OverviewStrip article={a} name={label(a)} passages={story.ownPassages.get(a.id) ?? NO_PASSAGES} selectedId={selectedPassage} onJump={act.selectSentence} />,
    [label, story, selectedPassage, act],
  );
  const header = useMemo(
    () => (
      <AppHeader title={digest.story.title} navOpened={navOpened} onNav={nav.toggle} onHelp={helpDialog.open} onAllStories={storyCount > 1 ? onAllStories : undefined} differences={{ count: top.differences, onOpen: () => act.openDifferences() }} />
    ),
    [digest.story.title, navOpened, nav.toggle, helpDialog.open, storyCount, onAllStories, top.differences, act],
  );
  const sidebar = useMemo(
    () => (
      <Sidebar
        onHide={phone ? undefined : () => act.showSidebar(false)}
        panelId={SIDE_PANEL_ID}
        hideRef={hideRef}
        images={view.images}
        onImages={(images) => void act.setView({ images })}
        remoteImages={view.remoteImages}
        onRemoteImages={(remoteImages) => void act.setView({ remoteImages: remoteImages || null })}
        tab={tab}
        onTab={setTab}
        outlets={outlets}
        entities={<LazyEntityIndex entities={digest.entities} articles={ordered} label={label} selectedId={view.entity} onSelect={(id) => act.selectEntity(id)} />}
        timeline={<LazyTimeline events={digest.events} articles={ordered} label={label} selectedId={view.event} onSelect={(id) => act.selectEvent(id)} />}
        differenceCount={top.differences}
        differences={<LazyDifferences discrepancies={digest.discrepancies} labels={{ article: (id) => labels.get(id) ?? id, entity: (id) => story.entityNames.get(id) ?? id }} selectedId={view.diff} onSelect={(id) => act.selectDifference(id)} />}
        reported={<LazyCoverage events={digest.events} articles={ordered} discrepancies={digest.discrepancies} label={label} formatDate={(value, precision) => formatDate(value, precision, lang)} selectedId={view.event} onJump={(eventId, articleId) => act.jumpToEvent(eventId, articleId)} />}
        quotes={<LazyQuotes quotes={digest.quotes} entities={digest.entities} articles={ordered} label={label} selectedKey={view.speaker} onSelect={(key) => act.selectSpeaker(key)} />}
      />
    ),
    [phone, view.images, view.remoteImages, tab, outlets, digest, ordered, label, top.differences, labels, story.entityNames, view.entity, view.event, view.diff, view.speaker, lang, act],
  );

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 300, breakpoint: 'sm', collapsed: { mobile: !navOpened, desktop: sidebarHidden } }} padding={0}>
      <AppShell.Header>
        {header}
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('outlets')} id={SIDE_PANEL_ID} hidden={sidebarHidden}>
        {(phone ? navLoaded : painted) && !sidebarHidden && sidebar}
      </AppShell.Navbar>
      <AppShell.Main className="reader-main">
        {overview}
        <div className="toolbar">
          {sidebarHidden && <SidebarToggle expanded={false} onToggle={() => showSidebar(true)} controls={SIDE_PANEL_ID} buttonRef={showRef} />}
          {partial && (
            <p className="partial-story" data-testid="partial-story">
              {t('showingFirst', { n: formatCount(partial.n, lang), m: formatCount(partial.total, lang) })}{' '}
              <button type="button" className="link-button" onClick={partial.onShowAll}>
                {t('showAll')}
              </button>
            </p>
          )}
          <SearchBox
            value={view.q}
            onChange={(q) => {
              void setView({ q: q || null });
              setHitCursor(-1);
              focusOn('search');
            }}
            hits={hits}
            cursor={hitCursor}
            onStep={stepHit}
            label={(id) => labels.get(id) ?? id}
            inputRef={searchRef}
          />
          {entity && (
            <EntityNavigator
              name={entity.name}
              total={mentions.length}
              outlets={model.mentionOutlets}
              cursor={mentionCursor}
              onStep={stepMention}
              only={view.only}
              onOnly={(only) => void setView({ only })}
              onClear={() => selectEntity(null)}
            />
          )}
          {wording && (
            <Suspense fallback={null}>
              <CompareSummary reporting={wording.reporting} silent={wording.silent} onClear={() => void setView({ sent: null }, { history: 'push' })} />
            </Suspense>
          )}
        </div>
        {wording && (
          <Suspense fallback={null}>
            <WordingPanel wording={wording} columnName={(id) => labels.get(id) ?? id} onJump={(articleId, start) => jumpTo(articleId, markSelector(null, { 'data-sentence': String(start) }))} />
          </Suspense>
        )}
        <div className="columns-area">
          <PanelBoundary title={t('errorPanel')} retryLabel={t('retry')}>
            <ReaderColumns
              articles={visible}
              marksFor={model.marksFor}
              filter={model.filter}
              showImages={view.images}
              remoteImages={view.remoteImages}
              scroll={scroll}
              label={label}
              emptyText={t('empty')}
              onEntityClick={act.selectEntity}
              onSentenceClick={act.selectSentence}
              renderHeader={renderHeader}
              renderAside={renderAside}
            />
          </PanelBoundary>
        </div>
      </AppShell.Main>
      {helpLoaded && (
        <Suspense fallback={null}>
          <ShortcutsDialog opened={help} onClose={helpDialog.close} />
        </Suspense>
      )}
    </AppShell>
  );
}
