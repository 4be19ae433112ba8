import { CloseButton, Group, Text } from '@mantine/core';
import { useI18n } from '../../shared/i18n';

interface Props {
  /** Outlets (visible or not) telling the chosen sentence. */
  count: number;
  /** All outlets of the story. */
  total: number;
  /** Clears the chosen sentence. */
  onClear: () => void;
}

/** "3 of 5 outlets report this" for the chosen sentence. */
export function CompareSummary({ count, total, onClear }: Props) {
  const { t } = useI18n();
  return (
    <Group gap={4} className="compare-summary" data-testid="compare-summary">
      <Text size="sm" role="status">
        <span className="compare-swatch" aria-hidden="true" /> {count > 1 ? t('compareOf', { n: count, m: total }) : t('compareOnly')}
      </Text>
      <CloseButton size="sm" aria-label={t('clear')} onClick={onClear} />
    </Group>
  );
}
