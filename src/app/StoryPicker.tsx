import { Center, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { StoryIndex } from '../shared/digest/schema';
import { useI18n, type Lang } from '../shared/i18n';

interface Props {
  /** Stories listed in the index. */
  stories: StoryIndex['stories'];
  /** Opens one story. */
  onPick: (id: string) => void;
}

/** The list of stories, when there is more than one. */
export function StoryPicker({ stories, onPick }: Props) {
  const { t, lang } = useI18n();
  return (
    <Center component="main" mih="100dvh" p="md">
      <Stack maw={640} w="100%">
        <Title order={1}>{t('pickStory')}</Title>
        <ul className="story-list">
          {stories.map((s) => (
            <li key={s.id}>
              <UnstyledButton onClick={() => onPick(s.id)} w="100%">
                <Paper withBorder p="md">
                  <Text fw={600}>{s.title}</Text>
                  <Text size="sm" c="dimmed">
                    {[s.dates ? dateRange(s.dates, lang) : null, t('articles', { n: s.articleCount })].filter(Boolean).join(' · ')}
                  </Text>
                  {s.outlets && s.outlets.length > 0 && (
                    <Text size="sm">{s.outlets.map((o) => `${o.name ?? t('unknownOutlet')} (${o.articles})`).join(', ')}</Text>
                  )}
                </Paper>
              </UnstyledButton>
            </li>
          ))}
        </ul>
      </Stack>
    </Center>
  );
}

/** "23–25 April 2019" in the reader's language. */
function dateRange(range: { from: string; to: string }, lang: Lang): string {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const format = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const valid = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso);
  if (!valid(range.from) || !valid(range.to)) return `${range.from} – ${range.to}`;
  return range.from === range.to ? format.format(day(range.from)) : format.formatRange(day(range.from), day(range.to));
}
