import { Badge, Group, UnstyledButton } from '@mantine/core';
import type { Article, StoryEvent } from '../../shared/digest/schema';
import { useI18n } from '../../shared/i18n';
import { formatDate, sortEvents } from './dates';
import './timeline.css';

interface Props {
  /** Events of the story. */
  events: readonly StoryEvent[];
  /** Articles, to name the outlets of each event. */
  articles: readonly Article[];
  /** Short outlet name of an article. */
  label: (article: Article) => string;
  /** The chosen event id. */
  selectedId: string | null;
  /** Chooses (or, for the chosen one, clears) an event. */
  onSelect: (id: string | null) => void;
}

/** The merged timeline: an ordered list of buttons. */
export default function Timeline({ events, articles, label, selectedId, onSelect }: Props) {
  const { t, lang } = useI18n();
  if (events.length === 0) return <p className="timeline-empty">{t('noEvents')}</p>;
  return (
    <ol className="timeline" aria-label={t('timeline')}>
      {sortEvents(events).map((ev) => {
        const when = formatDate(ev.date, ev.precision, lang);
        const shown = ev.precision === 'vague' || ev.precision === 'season' ? t('around', { date: when }) : when;
        const outletIds = [...new Set(ev.mentions.map((m) => m.articleId))];
        return (
          <li key={ev.id} className="timeline-item" data-active={ev.id === selectedId ? 'true' : undefined}>
            <UnstyledButton
              className="timeline-button"
              aria-pressed={ev.id === selectedId}
              onClick={() => onSelect(ev.id === selectedId ? null : ev.id)}
              data-event-id={ev.id}
            >
              <time className="timeline-date" dateTime={ev.date} data-precision={ev.precision}>
                {shown}
              </time>
              <span className="timeline-label">{ev.label}</span>
              {ev.conflictingDates.length > 0 && (
                <span className="timeline-conflict">
                  ⚠ {t('conflicting', { dates: ev.conflictingDates.map((d) => formatDate(d, 'day', lang)).join(', ') })}
                </span>
              )}
              <Group gap={4} component="span">
                {outletIds.map((id) => {
                  const a = articles.find((x) => x.id === id);
                  return a ? (
                    <Badge key={id} size="xs" variant="light" component="span">
                      {label(a)}
                    </Badge>
                  ) : null;
                })}
              </Group>
            </UnstyledButton>
          </li>
        );
      })}
    </ol>
  );
}
