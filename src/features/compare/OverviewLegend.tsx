import { useId } from 'react';
import { useI18n } from '../../shared/i18n';
import './compare.css';

/** What the thin strip beside each column shows, in words beside its colours. */
export function OverviewLegend() {
  const { t } = useI18n();
  const id = useId();
  return (
    <div>
      <h3 className="legend-title" id={id}>
        {t('stripLegend')}
      </h3>
      <ul className="overview-legend" aria-labelledby={id}>
        <li>
          <span className="swatch overview-slice-shared" aria-hidden="true" />
          {t('shared')}: {t('stripShared')}
        </li>
        <li>
          <span className="swatch overview-slice-unique" aria-hidden="true" />
          {t('unique')}: {t('stripUnique')}
        </li>
        <li>
          <span className="swatch overview-slice-active" aria-hidden="true" />
          {t('stripChosen')}
        </li>
      </ul>
    </div>
  );
}
