import { Badge, Button, Center, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { exportLocalStory, useDeleteLocalStory } from '../features/add-articles/localStoryActions';
import type { StoryIndex } from '../shared/digest/schema';
import { useI18n, type Lang } from '../shared/i18n';

interface Props {
  /** Stories listed in the index. */
  stories: StoryIndex['stories'];
  /** Opens one story. */
  onPick: (id: string) => void;
  /** Opens the "Add articles" view. */
  onAdd?: () => void;
  /** The stories kept on this device (also in `stories`): the reader can export or delete them. */
  local?: StoryIndex['stories'];
}

/** The list of stories, when there is more than one. */
export function StoryPicker({ stories, onPick, onAdd, local }: Props) {
  const { t, lang } = useI18n();
  // deleting and exporting load with this list, not with the reader
  const deleteLocal = useDeleteLocalStory();
  const isLocal = (id: string) => local?.some((s) => s.id === id) ?? false;
  return (
    <Center component="main" mih="100dvh" p="md">
      <Stack maw={640} w="100%">
        <Group justify="space-between">
          <Title order={1}>{t('pickStory')}</Title>
          {onAdd && <Button onClick={onAdd}>{t('addArticles')}</Button>}
        </Group>
        <ul className="story-list">
          {stories.map((s) => (
            <li key={s.id}>
              <UnstyledButton onClick={() => onPick(s.id)} w="100%">
                <Paper withBorder p="md">
                  <Text fw={600} component="div">
                    {s.title}
                    {isLocal(s.id) && (
                      <Badge ml="xs" variant="light" color="teal.9" data-testid="on-device">
                        {t('onDevice')}
                      </Badge>
                    )}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {[s.dates ? dateRange(s.dates, lang) : null, t('articles', { n: s.articleCount })].filter(Boolean).join(' · ')}
                  </Text>
                  {s.outlets && s.outlets.length > 0 && (
                    <Text size="sm">{s.outlets.map((o) => `${o.name ?? t('unknownOutlet')} (${o.articles})`).join(', ')}</Text>
                  )}
                </Paper>
              </UnstyledButton>
              {local && isLocal(s.id) && (
                <Group gap="xs" mt={4} justify="flex-end">
                  <Button size="xs" variant="default" onClick={() => void exportLocalStory(s)} aria-label={t('exportStory', { title: s.title })}>
                    {t('exportLocal')}
                  </Button>
                  <Button size="xs" variant="subtle" color="red.8" onClick={() => deleteLocal.mutate(s.id)} aria-label={t('deleteStory', { title: s.title })}>
                    {t('deleteLocal')}
                  </Button>
                </Group>
              )}
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
