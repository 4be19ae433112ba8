import { ActionIcon, Button, Group, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { setLang, useI18n, type Lang } from '../shared/i18n';
import { useViewState } from './viewState';

const LANGS: Lang[] = ['en', 'id'];

interface Props {
  /** Story title. */
  title: string;
  /** Side panel open on small screens. */
  navOpened: boolean;
  /** Toggles the side panel. */
  onNav: () => void;
  /** Opens the shortcuts dialog. */
  onHelp: () => void;
  /** Back to the story list, when there are several stories. */
  onAllStories?: () => void;
  /** How many disagreements the story has; the button opens their list. */
  differences?: { count: number; onOpen: () => void };
}

/** Top bar: story title, language, theme, help. */
export function AppHeader({ title, navOpened, onNav, onHelp, onAllStories, differences }: Props) {
  const { t, lang } = useI18n();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const [, setView] = useViewState();
  return (
    <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="xs" wrap="nowrap" miw={0}>
        {/* plain elements where Mantine's (Burger, Title) would add script to the first view for a
            look that a few lines of layout.css give */}
        <button type="button" className="menu-button" onClick={onNav} aria-label={t('menu')} aria-expanded={navOpened} data-opened={navOpened || undefined}>
          <span aria-hidden="true" />
        </button>
        <h1 className="app-title" title={title}>
          {onAllStories ? (
            <button type="button" className="link-button" onClick={onAllStories}>
              {t('appTitle')}
            </button>
          ) : (
            <span className="app-name">{t('appTitle')}</span>
          )}
          <span className="story-title">{title}</span>
        </h1>
      </Group>
      <Group gap={6} wrap="nowrap">
        {/* on a phone the button is a "+" (its name stays the words), so the bar keeps one row */}
        <Button size="xs" variant="default" px={8} aria-label={t('addArticles')} onClick={() => void setView({ add: true }, { history: 'push' })}>
          <span className="wide-label" aria-hidden="true">{t('addArticles')}</span>
          <span className="narrow-label" aria-hidden="true">+</span>
        </Button>
        {differences && differences.count > 0 && (
          <Button size="xs" variant="filled" color="red.9" onClick={differences.onOpen} data-testid="differences-count">
            {t('differencesCount', { n: differences.count })}
          </Button>
        )}
        {/* two toggle buttons (a segmented control measures its layout on every render); indigo 8 keeps white text above 4.5:1 in both schemes */}
        <div role="group" aria-label={t('language')}>
          <Button.Group>
            {LANGS.map((l) => (
              <Button key={l} size="xs" px={8} color="indigo.8" variant={lang === l ? 'filled' : 'default'} aria-pressed={lang === l} onClick={() => setLang(l)}>
                {l.toUpperCase()}
              </Button>
            ))}
          </Button.Group>
        </div>
        <ActionIcon variant="default" size="lg" aria-label={t('theme')} onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}>
          <span aria-hidden="true">{scheme === 'dark' ? '☀' : '☾'}</span>
        </ActionIcon>
        <ActionIcon variant="default" size="lg" aria-label={t('shortcuts')} onClick={onHelp}>
          <span aria-hidden="true">?</span>
        </ActionIcon>
      </Group>
    </Group>
  );
}
