import { CloseButton, Group, Text } from '@mantine/core';
import { useI18n } from '../../shared/i18n';
import { reportingSummary } from './summary';

interface Props {
  /** Names of the outlets telling the chosen sentence (its own first), and of those that do not. */
  reporting: readonly string[];
  silent: readonly string[];
  /** Clears the chosen sentence. */
  onClear: () => void;
}

/** "2 of 3 outlets report this: Tempo and Tirto; Kompas does not." for the chosen sentence. */
export function CompareSummary({ reporting, silent, onClear }: Props) {
  const { t, lang } = useI18n();
  return (
    <Group gap={4} className="compare-summary" data-testid="compare-summary" wrap="nowrap">
      <Text size="sm" role="status">
        <span className="compare-swatch" aria-hidden="true" /> {reportingSummary(reporting, silent, t, lang)}
      </Text>
      <CloseButton size="sm" aria-label={t('clear')} onClick={onClear} />
    </Group>
  );
}
