import { Badge, Group, UnstyledButton } from '@mantine/core';
import type { Discrepancy } from '../../shared/digest/schema';
import { useI18n } from '../../shared/i18n';
import { describeDisagreement, type Labels } from '../../shared/i18n/disagreements';
import { sidesOf } from './sides';
import './differences.css';

interface Props {
  /** The story's disagreements. */
  discrepancies: readonly Discrepancy[];
  /** Names an article (by its outlet) and an entity. */
  labels: Labels;
  /** The chosen disagreement id. */
  selectedId: string | null;
  /** Chooses (or, for the chosen one, clears) a disagreement. */
  onSelect: (id: string | null) => void;
}

/** Every disagreement of the story, worded in the reader's language, with the outlets on each side. */
export default function DifferencesPanel({ discrepancies, labels, selectedId, onSelect }: Props) {
  const { t, lang } = useI18n();
  if (discrepancies.length === 0) return <p className="differences-empty">{t('noDifferences')}</p>;
  return (
    <div className="differences">
      <p className="differences-count">{t('differencesCount', { n: discrepancies.length })}</p>
      <ol className="differences-list" aria-label={t('differencesList')}>
        {discrepancies.map((d) => (
          <li key={d.id} className="differences-item" data-active={d.id === selectedId ? 'true' : undefined}>
            <UnstyledButton className="differences-button" aria-pressed={d.id === selectedId} onClick={() => onSelect(d.id === selectedId ? null : d.id)} data-difference-id={d.id} data-kind={d.kind}>
              <span className="differences-text">{describeDisagreement(d, lang, labels)}</span>
              <span className="differences-sides">
                {sidesOf(d).map((side, i) => (
                  <Group key={i} gap={4} component="span" className="differences-side">
                    {side.text && <q>{side.text}</q>}
                    {side.articleIds.map((id) => (
                      <Badge key={id} size="xs" variant="light" component="span">
                        {labels.article(id)}
                      </Badge>
                    ))}
                  </Group>
                ))}
              </span>
            </UnstyledButton>
          </li>
        ))}
      </ol>
    </div>
  );
}
