import type { StorySummary } from '../../shared/digest/summary';
import { useI18n } from '../../shared/i18n';
import { usePainted } from '../../shared/lib/afterPaint';
import { formatDay, formatRange, type CoverageItem } from './coverage';
import './overview.css';

/** Up to this many cells the bar is drawn with the first paint. */
const CELLS_AT_ONCE = 40;

interface Props {
  /** The story's title. */
  title: string;
  /** Dates and outlets of the story. */
  summary: StorySummary;
  /** For the coverage bar: per event in date order, how many of the story's `total` outlets report it (coverageOf). */
  coverage: { items: readonly CoverageItem[]; total: number };
  /** Name shown for an outlet no article names. */
  unknownOutlet: string;
  /** The chosen event, shown in the bar. */
  selectedEventId: string | null;
}

/**
 * Above the columns: what the story is, when, who reports it, and how widely each event is
 * reported (a picture; events are chosen in the timeline, whose rows are large enough to hit).
 */
export function StoryOverview({ title, summary, coverage, unknownOutlet, selectedEventId }: Props) {
  const { t, lang } = useI18n();
  const { items, total } = coverage;
  // a large story's bar has hundreds of cells: they follow the first paint, in the bar's own
  // fixed box, so the text above and beside it paints first and nothing moves
  const painted = usePainted() || items.length <= CELLS_AT_ONCE;
  return (
    <section className="story-overview" aria-label={t('storyOverview')}>
      <div className="overview-head">
        <p className="overview-title">{title}</p>
        {summary.dates && <span className="overview-dates">{formatRange(summary.dates, lang)}</span>}
      </div>
      <ul className="overview-outlets" aria-label={t('outlets')}>
        {summary.outlets.map((o) => (
          <li key={o.name ?? ''}>
            <strong>{o.name ?? unknownOutlet}</strong> {o.articles === 1 ? t('oneArticle') : t('articles', { n: o.articles })}
            {o.dates.length > 0 && <>, {t('publishedOn', { dates: o.dates.map((d) => formatDay(d, lang, 'short')).join(', ') })}</>}
          </li>
        ))}
      </ul>
      {items.length > 0 && (
        <div className="coverage">
          <span className="coverage-label" id="coverage-label">
            {t('coverage')} <span className="coverage-hint">({t('coverageHint')})</span>
          </span>
          <ol className="coverage-bar" aria-labelledby="coverage-label" aria-busy={painted ? undefined : 'true'}>
            {painted && items.map(({ event, outlets }) => {
              const name = t('coverageItem', { date: formatDay(event.date, lang), label: event.label, n: outlets, m: total });
              return (
                <li key={event.id} className="coverage-cell" title={name} data-outlets={outlets} data-active={event.id === selectedEventId ? 'true' : undefined} style={{ ['--share' as string]: String(total ? outlets / total : 0) }}>
                  <span className="visually-hidden">{name}</span>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
