import { useId } from 'react';
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
  // plain checkboxes, as the outlet filter's rows: Mantine's Checkbox is a dozen components
  const id = useId();
  return (
    <fieldset className="entity-legend">
      <legend>{t('entityTypes')}</legend>
      <div className="legend-types">
        {MARK_TYPES.map((type) => (
          <span key={type} className="legend-type">
            <input type="checkbox" id={`${id}-${type}`} checked={!hiddenTypes.includes(type)} onChange={(e) => onToggle(type, e.currentTarget.checked)} />
            <label htmlFor={`${id}-${type}`}>
              <mark data-entity={type} className="legend-sample">
                {t(`type${type}`)}
              </mark>
            </label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}
