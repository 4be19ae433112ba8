import { UnstyledButton } from '@mantine/core';
import type { Article, Entity, Quote } from '../../shared/digest/schema';
import { useI18n } from '../../shared/i18n';
import { speakersOf } from './speakers';
import './quotes.css';

interface Props {
  quotes: readonly Quote[];
  entities: readonly Entity[];
  /** Articles in column order: statements are listed per outlet in this order. */
  articles: readonly Article[];
  /** Short outlet name of an article. */
  label: (article: Article) => string;
  /** The chosen speaker's key. */
  selectedKey: string | null;
  /** Chooses (or, for the chosen one, clears) a speaker. */
  onSelect: (key: string | null) => void;
}

/** Markdown emphasis is markup, not words said. */
const said = (a: Article, q: Quote) => a.text.slice(q.content.start, q.content.end).replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();

/** Who said what: the speakers, and for the chosen one their statements outlet by outlet. */
export default function QuotesPanel({ quotes, entities, articles, label, selectedKey, onSelect }: Props) {
  const { t } = useI18n();
  const speakers = speakersOf(quotes, entities);
  if (speakers.length === 0) return <p className="quotes-empty">{t('noQuotes')}</p>;
  return (
    <ol className="speakers" aria-label={t('speakers')}>
      {speakers.map((s) => {
        const active = s.key === selectedKey;
        return (
          <li key={s.key} className="speaker" data-active={active ? 'true' : undefined}>
            <UnstyledButton className="speaker-button" aria-pressed={active} aria-expanded={active} onClick={() => onSelect(active ? null : s.key)}>
              <span className="speaker-name">{s.name}</span>
              <span className="speaker-count">{t('statementsIn', { n: s.quotes.length, m: s.articleIds.length })}</span>
            </UnstyledButton>
            {active && (
              <div className="speaker-outlets">
                {articles
                  .filter((a) => s.articleIds.includes(a.id))
                  .map((a) => (
                    <section key={a.id} className="speaker-outlet" aria-label={label(a)}>
                      <h3 className="speaker-outlet-name">{label(a)}</h3>
                      <ul>
                        {s.quotes
                          .filter((q) => q.articleId === a.id)
                          .map((q) => (
                            <li key={q.id}>
                              {q.direct ? <q>{said(a, q)}</q> : <span>{said(a, q)}</span>} <span className="quote-verb">({q.direct ? q.verb : `${q.verb}, ${t('reportedSpeech')}`})</span>
                            </li>
                          ))}
                      </ul>
                    </section>
                  ))}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
