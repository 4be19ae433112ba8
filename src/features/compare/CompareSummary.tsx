import { Box, CloseButton, Group, Text, VisuallyHidden } from '@mantine/core';
import { useI18n } from '../../shared/i18n';
import { reportingSummary } from './summary';

interface Props {
  /** Names of the outlets telling the chosen sentence (its own first), and of those that do not. */
  reporting: readonly string[];
  silent: readonly string[];
  /** Clears the chosen sentence. */
  onClear: () => void;
}

/**
 * "2 of 3 outlets report this: Tempo and Tirto; Kompas does not." for the chosen sentence. On a
 * phone the toolbar keeps one row: it shows "2/3 outlets", the whole sentence stays for screen
 * readers and as the tooltip (the wording panel below names the outlets). Which of the two copies of
 * the sentence is in the page is Mantine's breakpoint classes' choice (sm = 48em).
 */
export function CompareSummary({ reporting, silent, onClear }: Props) {
  const { t, lang } = useI18n();
  const full = reportingSummary(reporting, silent, t, lang);
  return (
    <Group gap={4} className="compare-summary" data-testid="compare-summary" wrap="nowrap" title={full}>
      <Text size="sm" role="status" className="compare-summary-text">
        <span className="compare-swatch" aria-hidden="true" />{' '}
        <Box component="span" visibleFrom="sm">
          {full}
        </Box>
        <VisuallyHidden hiddenFrom="sm">{full}</VisuallyHidden>
        <Box component="span" className="compare-short" hiddenFrom="sm" aria-hidden="true">
          {t('compareShort', { n: reporting.length, m: reporting.length + silent.length })}
        </Box>
      </Text>
      <CloseButton size="sm" aria-label={t('clear')} onClick={onClear} />
    </Group>
  );
}
