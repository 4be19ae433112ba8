import { Alert, Button, Stack, Text } from '@mantine/core';
import { useI18n, type MessageKey } from '../shared/i18n';
import { LoadError, type LoadErrorKind } from './loadDigest';

const MESSAGES: Record<LoadErrorKind, MessageKey> = {
  missing: 'errorMissing',
  corrupt: 'errorCorrupt',
  version: 'errorVersion',
  invalid: 'errorInvalid',
  'no-stories': 'errorNoStories',
  'unknown-story': 'errorUnknownStory',
};

interface Props {
  /** What went wrong. */
  error: Error;
  /** Tries again. */
  onRetry: () => void;
  /** Label of the retry button, when it does something else than retry. */
  retryLabel?: string;
}

/** A translated, full-page explanation of a failed load, with a way out. */
export function ErrorView({ error, onRetry, retryLabel }: Props) {
  const { t } = useI18n();
  const key = error instanceof LoadError ? MESSAGES[error.kind] : 'errorInvalid';
  return (
    // a centred page of its own (layout.css), without Mantine's Center in the first view's script
    <main className="error-view">
      <Alert color="red" variant="light" title={t('errorTitle')} role="alert" maw={560} data-testid="load-error">
        <Stack gap="sm">
          <Text>{t(key)}</Text>
          <Text size="sm" c="dimmed">
            {t('details')}: {error.message}
          </Text>
          <Button onClick={onRetry} w="fit-content">
            {retryLabel ?? t('retry')}
          </Button>
        </Stack>
      </Alert>
    </main>
  );
}
