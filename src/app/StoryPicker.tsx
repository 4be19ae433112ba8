import { Center, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { StoryIndex } from '../shared/digest/schema';
import { useI18n } from '../shared/i18n';

interface Props {
  /** Stories listed in the index. */
  stories: StoryIndex['stories'];
  /** Opens one story. */
  onPick: (id: string) => void;
}

/** The list of stories, when there is more than one. */
export function StoryPicker({ stories, onPick }: Props) {
  const { t } = useI18n();
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
                    {t('articles', { n: s.articleCount })}
                  </Text>
                </Paper>
              </UnstyledButton>
            </li>
          ))}
        </ul>
      </Stack>
    </Center>
  );
}
