import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { CompareSummary } from '../features/compare/CompareSummary';
import { OverviewLegend } from '../features/compare/OverviewLegend';
import { OverviewStrip } from '../features/compare/OverviewStrip';
import { EntityLegend } from '../features/entities/EntityLegend';
import { EntityNavigator } from '../features/entities/EntityNavigator';
import { OutletCard } from '../features/outlets/OutletCard';
import { StoryOverview } from '../features/overview/StoryOverview';
import { speakerKey } from '../features/quotes/speakers';
import { OutletFilter } from '../features/outlets/OutletFilter';
import { preloadMarkdown } from '../features/reader/ArticleBody';
import { ReaderColumns } from '../features/reader/ReaderColumns';
import { useSearchHits } from '../features/search/useSearchHits';
import { SearchBox } from '../features/search/SearchBox';
import { formatDate, sortEvents } from '../features/timeline/dates';
import type { Article, ArticleSpan, Digest, SharedPassage } from '../shared/digest/schema';
import { summarizeStory } from '../shared/digest/summary';
import { setLang, useI18n } from '../shared/i18n';
import { PanelBoundary } from '../shared/ui/PanelBoundary';
import { AppHeader } from './AppHeader';
import { AppShell } from './AppShell';
import { MarkCache } from './buildMarks';
import { applyOrder, moveArticle, outletCounts, outletLabels, parseSentence } from './order';
import { LazyCoverage, LazyDifferences, LazyEntityIndex, LazyQuotes, LazyTimeline, Sidebar, type SidebarTab } from './Sidebar';
import { focusFor, type Focus } from './focus';
import { indexPassages, passagesByArticle } from './sentencePassages';
import { formatCount } from './numbers';
import { useShortcuts } from './useShortcuts';
import { useViewState } from './viewState';

interface Props {
  /** The story to read. */
  digest: Digest;
  /** Stories in the index. */
  storyCount: number;
  /** Back to the story list. */
  onAllStories: () => void;
  /** Only the first `n` of the story's `total` articles are shown. */
  partial?: { n: number; total: number; onShowAll: () => void };
}

/** The help dialog (and Mantine's modal machinery) loads the first time it is opened. */
const ShortcutsDialog = lazy(() => import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })));
/** The other outlets' wording of a chosen sentence loads the first time one is chosen. */
const WordingPanel = lazy(() => import('../features/compare/WordingPanel'));
/** The word-by-word comparison behind it, too. */
type WordingOf = typeof import('../features/compare/wording').wordingOf;
const loadWordingOf = () => import('../features/compare/wording').then((m) => m.wordingOf);

const NO_PASSAGES: SharedPassage[] = [];
const wrap = (i: number, n: number) => ((i % n) + n) % n;

/** The reader: columns, side panel and toolbar, wired to the URL state. */
export function ReaderPage({ digest, storyCount, onAllStories, partial }: Props) {
  const { t, lang } = useI18n();
  const [view, setView] = useViewState();
  const [navOpened, nav] = useDisclosure(false);
  // on a phone the side panel starts off-screen: it renders the first time it is opened
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [navLoaded, setNavLoaded] = useState(false);
  if (navOpened && !navLoaded) setNavLoaded(true);
  const [help, helpDialog] = useDisclosure(false);
  const [helpLoaded, setHelpLoaded] = useState(false);
  if (help && !helpLoaded) setHelpLoaded(true);
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const searchRef = useRef<HTMLInputElement>(null);
  const [focus, setFocus] = useState<Focus>(() => ({ kind: view.diff ? 'difference' : view.speaker ? 'speaker' : view.sent ? 'sentence' : view.event ? 'event' : view.entity ? 'entity' : view.q ? 'search' : 'none', n: 0 }));
  const [tab, setTab] = useState<SidebarTab>(() => (view.diff ? 'differences' : view.speaker ? 'quotes' : view.event ? 'timeline' : view.entity ? 'entities' : 'outlets'));
  const [mentionCursor, setMentionCursor] = useState(-1);
  const [hitCursor, setHitCursor] = useState(-1);
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

  const unknownOutlet = t('unknownOutlet');
  const labels = useMemo(() => outletLabels(digest.articles, unknownOutlet), [digest.articles, unknownOutlet]);
  const label = (a: Article) => labels.get(a.id) ?? a.id;
  const ordered = useMemo(() => applyOrder(digest.articles, view.order), [digest.articles, view.order]);
  const visible = useMemo(() => ordered.filter((a) => !view.hidden.includes(a.id)), [ordered, view.hidden]);
  const entity = digest.entities.find((e) => e.id === view.entity) ?? null;
  const mentions: ArticleSpan[] = entity ? visible.flatMap((a) => a.mentions.filter((m) => m.entityId === entity.id).map((m) => ({ articleId: a.id, start: m.start, end: m.end }))) : [];
  const event = digest.events.find((e) => e.id === view.event) ?? null;
  const sentence = parseSentence(view.sent);
  const passageOf = useMemo(() => indexPassages(digest.sharedPassages), [digest.sharedPassages]);
  const ownPassages = useMemo(() => passagesByArticle(digest.sharedPassages), [digest.sharedPassages]);
  const passage = sentence ? passageOf(sentence.articleId, sentence.start) : null;
  const [wordingOf, setWordingOf] = useState<WordingOf | null>(null);
  // fetched once the page is idle (at once when a sentence is chosen already), so a click finds it
  useEffect(() => {
    if (wordingOf) return;
    const load = () => void loadWordingOf().then((run) => setWordingOf(() => run));
    if (view.sent || typeof requestIdleCallback !== 'function') return load();
    const idle = requestIdleCallback(load, { timeout: 1500 });
    return () => cancelIdleCallback(idle);
  }, [view.sent, wordingOf]);
  const wording = useMemo(() => {
    const chosen = parseSentence(view.sent);
    return chosen && wordingOf ? wordingOf(ordered, digest.sharedPassages, chosen, (a) => labels.get(a.id) ?? a.id) : null;
  }, [ordered, digest.sharedPassages, view.sent, labels, wordingOf]);
  const hits = useSearchHits(visible, view.q);
  const difference = digest.discrepancies.find((d) => d.id === view.diff) ?? null;
  const spoken = view.speaker ? digest.quotes.filter((q) => speakerKey(q) === view.speaker) : [];
  // marks are built per article when its column is mounted, and kept while its share of the choice stays
  const markCache = useMemo(() => new MarkCache(digest), [digest]);
  const marksFor = markCache.select({ hiddenTypes: view.types, entityId: entity?.id ?? null, currentMention: mentions[mentionCursor] ?? null, event, passage, sentence, hits, hitCursor, difference, quotes: spoken });
  const summary = useMemo(() => summarizeStory(digest), [digest]);
  // one checkbox per outlet: rendered again only when the outlets, their counts or the types change
  const entityId = entity ? view.entity : null;
  const countedHits = view.q.trim().length >= 2 ? hits : null;
  const outlets = useMemo(
    () => (
      <>
        <OutletFilter articles={ordered} label={(a) => labels.get(a.id) ?? a.id} hidden={view.hidden} onChange={(hidden) => void setView({ hidden })} counts={outletCounts(ordered, entityId, countedHits)} />
        <EntityLegend hiddenTypes={view.types} onToggle={(type, on) => void setView({ types: on ? view.types.filter((x) => x !== type) : [...view.types, type] })} />
        <OverviewLegend />
      </>
    ),
    [ordered, labels, view.hidden, view.types, setView, entityId, countedHits],
  );
  // the overview changes only with the story and the chosen event (it follows the language itself)
  const overview = useMemo(
    () => <StoryOverview title={digest.story.title} summary={summary} events={digest.events} articles={digest.articles} unknownOutlet={unknownOutlet} selectedEventId={view.event} />,
    [digest, summary, unknownOutlet, view.event],
  );
  const entityNames = new Map(digest.entities.map((e) => [e.id, e.name]));
  const filter = view.only && entity ? Object.fromEntries(visible.map((a) => [a.id, mentions.filter((m) => m.articleId === a.id)])) : null;
  const scroll = focusFor(focus, { entity: view.entity, event: view.event, sent: view.sent, q: view.q, diff: view.diff, speaker: view.speaker, mention: mentions[mentionCursor], hit: hits[hitCursor], hitCount: hits.length });

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
    jumpTo(articleId, '[data-event="true"]');
  };
  const stepMention = (d: -1 | 1) => {
    if (!mentions.length) return;
    setMentionCursor(mentionCursor < 0 ? (d > 0 ? 0 : mentions.length - 1) : wrap(mentionCursor + d, mentions.length));
    focusOn('mention');
  };
  const stepHit = (d: -1 | 1) => {
    if (!hits.length) return;
    setHitCursor(hitCursor < 0 ? (d > 0 ? 0 : hits.length - 1) : wrap(hitCursor + d, hits.length));
    focusOn('hit');
  };
  const stepEvent = (d: -1 | 1) => {
    const events = sortEvents(digest.events);
    if (!events.length) return;
    const i = events.findIndex((e) => e.id === view.event);
    selectEvent(events[i < 0 ? (d > 0 ? 0 : events.length - 1) : wrap(i + d, events.length)]?.id ?? null);
  };
  const step = (d: -1 | 1) => (view.q.trim().length >= 2 && hits.length ? stepHit(d) : stepMention(d));

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

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 300, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding={0}>
      <AppShell.Header>
        <AppHeader title={digest.story.title} navOpened={navOpened} onNav={nav.toggle} onHelp={helpDialog.open} onAllStories={storyCount > 1 ? onAllStories : undefined} differences={{ count: digest.discrepancies.length, onOpen: openDifferences }} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('outlets')}>
        {(!phone || navLoaded) && (
          <Sidebar
            images={view.images}
            onImages={(images) => void setView({ images })}
            remoteImages={view.remoteImages}
            onRemoteImages={(remoteImages) => void setView({ remoteImages: remoteImages || null })}
            tab={tab}
            onTab={setTab}
            outlets={outlets}
            entities={<LazyEntityIndex entities={digest.entities} articles={ordered} label={label} selectedId={view.entity} onSelect={selectEntity} />}
            timeline={<LazyTimeline events={digest.events} articles={ordered} label={label} selectedId={view.event} onSelect={selectEvent} />}
            differenceCount={digest.discrepancies.length}
            differences={<LazyDifferences discrepancies={digest.discrepancies} labels={{ article: (id) => labels.get(id) ?? id, entity: (id) => entityNames.get(id) ?? id }} selectedId={view.diff} onSelect={selectDifference} />}
            reported={<LazyCoverage events={digest.events} articles={ordered} discrepancies={digest.discrepancies} label={label} formatDate={(value, precision) => formatDate(value, precision, lang)} selectedId={view.event} onJump={jumpToEvent} />}
            quotes={<LazyQuotes quotes={digest.quotes} entities={digest.entities} articles={ordered} label={label} selectedKey={view.speaker} onSelect={selectSpeaker} />}
          />
        )}
      </AppShell.Navbar>
      <AppShell.Main className="reader-main">
        {overview}
        <div className="toolbar">
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
              outlets={new Set(mentions.map((m) => m.articleId)).size}
              cursor={mentionCursor}
              onStep={stepMention}
              only={view.only}
              onOnly={(only) => void setView({ only })}
              onClear={() => selectEntity(null)}
            />
          )}
          {wording && <CompareSummary reporting={wording.reporting} silent={wording.silent} onClear={() => void setView({ sent: null }, { history: 'push' })} />}
        </div>
        {wording && (
          <Suspense fallback={null}>
            <WordingPanel wording={wording} columnName={(id) => labels.get(id) ?? id} onJump={(articleId, start) => jumpTo(articleId, `[data-sentence="${start}"]`)} />
          </Suspense>
        )}
        <div className="columns-area">
          <PanelBoundary title={t('errorPanel')} retryLabel={t('retry')}>
            <ReaderColumns
              articles={visible}
              marksFor={marksFor}
              filter={filter}
              showImages={view.images}
              remoteImages={view.remoteImages}
              scroll={scroll}
              label={label}
              emptyText={t('empty')}
              onEntityClick={selectEntity}
              onSentenceClick={selectSentence}
              renderHeader={(a) => {
                const i = visible.indexOf(a);
                return (
                  <OutletCard
                    article={a}
                    name={label(a)}
                    canMoveLeft={i > 0}
                    canMoveRight={i < visible.length - 1}
                    onMove={(d) => void setView({ order: moveArticle(ordered, view.hidden, a.id, d) })}
                    onHide={() => void setView({ hidden: [...view.hidden, a.id] })}
                  />
                );
              }}
              renderAside={(a) => <OverviewStrip article={a} name={label(a)} passages={ownPassages.get(a.id) ?? NO_PASSAGES} selectedId={passage?.id ?? null} onJump={selectSentence} />}
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
