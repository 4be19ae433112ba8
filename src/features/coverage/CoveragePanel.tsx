import { UnstyledButton } from '@mantine/core';
import type { Article, Discrepancy, Precision, StoryEvent } from '../../shared/digest/schema';
import { useI18n } from '../../shared/i18n';
import { coverageMatrix, type MatrixCell } from './matrix';
import { provenanceLines } from './provenance';
import './coverage.css';

interface Props {
  events: readonly StoryEvent[];
  /** Articles in column order. */
  articles: readonly Article[];
  discrepancies: readonly Discrepancy[];
  /** Short name of an article's column. */
  label: (article: Article) => string;
  /** A date value at its precision, in the reader's language. */
  formatDate: (value: string, precision: Precision) => string;
  /** The chosen event, whose row stands out. */
  selectedId: string | null;
  /** Chooses an event and brings its sentences in one article into view. */
  onJump: (eventId: string, articleId: string) => void;
}

const SYMBOL: Record<MatrixCell['state'], string> = { reported: '✓', absent: '–', 'other-date': '≠' };

/** Who reported what: events by outlet as a table, then where each article's text comes from. */
export default function CoveragePanel({ events, articles, discrepancies, label, formatDate, selectedId, onJump }: Props) {
  const { t, lang } = useI18n();
  const { outlets, rows } = coverageMatrix(events, articles, discrepancies, label);
  const stateText = (c: MatrixCell, precision: Precision) =>
    c.state === 'reported' ? t('cellReported') : c.state === 'absent' ? t('cellAbsent') : t('cellOtherDate', { date: formatDate(c.date ?? '', precision) });
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (
    <div className="reported">
      {rows.length === 0 ? (
        <p className="reported-empty">{t('noEvents')}</p>
      ) : (
        <div className="reported-scroll" tabIndex={0} role="region" aria-label={t('coverageMatrix')}>
          <table className="reported-matrix">
            <caption>{t('coverageMatrix')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverageEvent')}</th>
                {outlets.map((o) => (
                  <th scope="col" key={o.name}>
                    {o.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ event, cells, note }) => (
                <tr key={event.id} data-active={event.id === selectedId ? 'true' : undefined}>
                  <th scope="row">
                    <span className="reported-label">{event.label}</span>
                    <span className="reported-date">{formatDate(event.date, event.precision)}</span>
                    {note && <span className="reported-note">{t(note.kind === 'only' ? 'onlyIn' : 'allBut', { name: note.outlet })}</span>}
                  </th>
                  {cells.map((c, i) => {
                    const content = (
                      <>
                        <span aria-hidden="true" className="reported-symbol">
                          {SYMBOL[c.state]}
                        </span>{' '}
                        {stateText(c, event.precision)}
                      </>
                    );
                    const outlet = outlets[i]!;
                    return (
                      <td key={outlet.name} data-state={c.state}>
                        {c.articleId ? (
                          <UnstyledButton
                            className="reported-cell"
                            aria-label={t('cellLabel', { outlet: outlet.name, event: event.label, state: stateText(c, event.precision) })}
                            onClick={() => onJump(event.id, c.articleId!)}
                          >
                            {content}
                          </UnstyledButton>
                        ) : (
                          content
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="provenance" aria-label={t('provenance')}>
        <h3 className="provenance-title">{t('provenance')}</h3>
        <ul>
          {provenanceLines(articles, (id) => (byId.get(id) ? label(byId.get(id)!) : id), t, lang).map((line) => (
            <li key={line.articleId}>
              <span className="provenance-name">{line.name}</span>: {line.text}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
