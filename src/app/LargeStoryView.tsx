import { Alert, Button, Center, Group, Stack, Text } from '@mantine/core';
import { useI18n } from '../shared/i18n';
import { formatCount, formatSize } from './numbers';

interface Props {
  /** The story's title. */
  title: string;
  /** Its number of articles. */
  total: number;
  /** Characters of article text, all articles together. */
  textChars: number;
  /** How many articles from the start can be shown well. */
  suggested: number;
  /** Opens the first `n` articles. */
  onOpen: (n: number) => void;
}

/** Instead of a page that freezes: what the story is, and a part of it to open. */
export function LargeStoryView({ title, total, textChars, suggested, onOpen }: Props) {
  const { t, lang } = useI18n();
  return (
    <Center component="main" mih="100dvh" p="md">
      <Alert color="yellow" variant="light" title={title} maw={560} data-testid="large-story">
        <Stack gap="sm">
          <Text>{t('largeStory', { n: formatCount(total, lang), size: formatSize(textChars, lang) })}</Text>
          <Group gap="sm">
            <Button onClick={() => onOpen(suggested)}>{t('openFirst', { n: formatCount(suggested, lang) })}</Button>
            <Button variant="default" onClick={() => onOpen(total)}>
              {t('openAll', { n: formatCount(total, lang) })}
            </Button>
          </Group>
        </Stack>
      </Alert>
    </Center>
  );
}
