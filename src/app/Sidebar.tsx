import { Button, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { lazy, Suspense, useId, type ReactNode, type Ref } from 'react';
import { useI18n } from '../shared/i18n';
import { PanelBoundary } from '../shared/ui/PanelBoundary';
import { Toggle } from '../shared/ui/Toggle';
import './sidebar.css';

interface Props {
  /** Outlet filter and entity legend. */
  outlets: ReactNode;
  /** Entity index (lazy). */
  entities: ReactNode;
  /** Timeline (lazy). */
  timeline: ReactNode;
  /** Disagreements (lazy) and their number. */
  differences: ReactNode;
  differenceCount: number;
  /** Who said what (lazy). */
  quotes: ReactNode;
  /** Who reported what (lazy). */
  reported: ReactNode;
  /** Show images. */
  images: boolean;
  /** Switches images. */
  onImages: (show: boolean) => void;
  /** Images of other sites load for this story. */
  remoteImages: boolean;
  /** Switches images of other sites. */
  onRemoteImages: (load: boolean) => void;
  /** The open tab, and the reader choosing another. */
  tab: SidebarTab;
  onTab: (tab: SidebarTab) => void;
  /** Collapses the panel on a wide screen (absent on a phone, where the header closes it). */
  onHide?: () => void;
  /** The id of the element the panel lives in, and the hide button (to return the focus to it). */
  panelId?: string;
  hideRef?: Ref<HTMLButtonElement>;
}

export type SidebarTab = 'outlets' | 'entities' | 'timeline' | 'differences' | 'quotes' | 'reported';

/** Side panel with six tabs; each panel has its own error boundary and mounts when its tab opens. */
export function Sidebar({ outlets, entities, timeline, differences, differenceCount, quotes, reported, images, onImages, remoteImages, onRemoteImages, tab, onTab, onHide, panelId, hideRef }: Props) {
  const { t } = useI18n();
  const hintId = useId();
  const panel = (node: ReactNode) => (
    <PanelBoundary title={t('errorPanel')} retryLabel={t('retry')}>
      <Suspense fallback={<Skeleton height={96} role="status" aria-label={t('loading')} />}>{node}</Suspense>
    </PanelBoundary>
  );
  return (
    <Tabs value={tab} onChange={(value) => value && onTab(value as SidebarTab)} className="sidebar-tabs" keepMounted={false}>
      {onHide && (
        <div className="sidebar-top">
          <SidebarToggle expanded onToggle={onHide} controls={panelId} buttonRef={hideRef} />
        </div>
      )}
      <Tabs.List grow>
        <Tabs.Tab value="outlets">{t('outlets')}</Tabs.Tab>
        <Tabs.Tab value="entities">{t('entities')}</Tabs.Tab>
        <Tabs.Tab value="timeline">{t('timeline')}</Tabs.Tab>
        <Tabs.Tab value="differences">
          {t('differences')} <span className="tab-count">{differenceCount}</span>
        </Tabs.Tab>
        <Tabs.Tab value="quotes">{t('quotes')}</Tabs.Tab>
        <Tabs.Tab value="reported">{t('reported')}</Tabs.Tab>
      </Tabs.List>
      <div className="sidebar-scroll">
        <Tabs.Panel value="outlets" pt="sm">
          {panel(
            <Stack gap="md">
              {outlets}
              <Toggle checked={images} onChange={onImages} label={t('showImages')} />
              <div>
                <Toggle checked={remoteImages} disabled={!images} onChange={onRemoteImages} label={t('loadRemoteImages')} describedBy={hintId} />
                <Text id={hintId} size="xs" c="dimmed" mt={4}>
                  {t('loadRemoteImagesHint')}
                </Text>
              </div>
            </Stack>,
          )}
        </Tabs.Panel>
        {Object.entries({ entities, timeline, differences, quotes, reported }).map(([value, node]) => (
          <Tabs.Panel key={value} value={value} pt="sm">
            {panel(node)}
          </Tabs.Panel>
        ))}
      </div>
    </Tabs>
  );
}

interface ToggleProps {
  /** The panel is open: the button hides it; else it shows it. */
  expanded: boolean;
  onToggle: () => void;
  controls?: string;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** "Hide side panel" inside the panel, "Show side panel" in the toolbar once it is hidden. */
export function SidebarToggle({ expanded, onToggle, controls, buttonRef }: ToggleProps) {
  const { t } = useI18n();
  return (
    <Button
      ref={buttonRef}
      type="button"
      variant="subtle"
      size="compact-sm"
      className="sidebar-toggle"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
      leftSection={<span aria-hidden="true">{expanded ? '«' : '»'}</span>}
    >
      {t(expanded ? 'hideSidebar' : 'showSidebar')}
    </Button>
  );
}

/** The entity index and the timeline load on demand: the first view does not need them. */
export const LazyEntityIndex = lazy(() => import('../features/entities/EntityIndex'));
export const LazyTimeline = lazy(() => import('../features/timeline/Timeline'));
export const LazyDifferences = lazy(() => import('../features/differences/DifferencesPanel'));
export const LazyQuotes = lazy(() => import('../features/quotes/QuotesPanel'));
export const LazyCoverage = lazy(() => import('../features/coverage/CoveragePanel'));
