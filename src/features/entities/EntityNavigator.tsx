import { Button, CloseButton, Group, Text } from '@mantine/core';
import { useI18n } from '../../shared/i18n';
import { Toggle } from '../../shared/ui/Toggle';

interface Props {
  /** Name of the chosen entity. */
  name: string;
  /** Its mentions in the visible columns. */
  total: number;
  /** How many visible outlets mention it. */
  outlets: number;
  /** Position of the current mention (0-based), or -1 before stepping. */
  cursor: number;
  /** Steps to the previous (-1) or next (+1) mention. */
  onStep: (direction: -1 | 1) => void;
  /** Only paragraphs mentioning the entity are shown. */
  only: boolean;
  /** Switches the paragraph filter. */
  onOnly: (only: boolean) => void;
  /** Clears the choice. */
  onClear: () => void;
}

/** "N mentions in M outlets" with previous/next and the paragraph filter. */
export function EntityNavigator({ name, total, outlets, cursor, onStep, only, onOnly, onClear }: Props) {
  const { t } = useI18n();
  return (
    <Group gap="xs" className="entity-nav" wrap="wrap" data-testid="entity-nav">
      <Text fw={600} size="sm">
        {name}
      </Text>
      <Text size="sm" role="status">
        {t('mentionsIn', { n: total, m: outlets })}
        {cursor >= 0 && total > 0 ? ` (${cursor + 1}/${total})` : ''}
      </Text>
      <Button size="compact-xs" variant="default" onClick={() => onStep(-1)} disabled={total === 0}>
        {t('previous')}
      </Button>
      <Button size="compact-xs" variant="default" onClick={() => onStep(1)} disabled={total === 0}>
        {t('next')}
      </Button>
      <Toggle small checked={only} onChange={onOnly} label={t('onlyParagraphs')} />
      <CloseButton size="sm" aria-label={t('clear')} onClick={onClear} />
    </Group>
  );
}
