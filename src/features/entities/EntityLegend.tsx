import { Checkbox, Group } from '@mantine/core';
import { useI18n } from '../../shared/i18n';
import { MARK_TYPES, type MarkType } from './types';
import './entities.css';

interface Props {
  /** Types whose highlights are switched off. */
  hiddenTypes: readonly string[];
  /** Switches one type on or off. */
  onToggle: (type: MarkType, visible: boolean) => void;
}

/** Legend of highlight styles; each entry also toggles its type. */
export function EntityLegend({ hiddenTypes, onToggle }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="entity-legend">
      <legend>{t('entityTypes')}</legend>
      <Group gap="sm">
        {MARK_TYPES.map((type) => (
          <Checkbox
            key={type}
            size="xs"
            checked={!hiddenTypes.includes(type)}
            onChange={(e) => onToggle(type, e.currentTarget.checked)}
            label={
              <mark data-entity={type} className="legend-sample">
                {t(`type${type}`)}
              </mark>
            }
          />
        ))}
      </Group>
    </fieldset>
  );
}
