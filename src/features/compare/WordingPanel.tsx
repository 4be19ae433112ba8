import { UnstyledButton } from '@mantine/core';
import { useI18n } from '../../shared/i18n';
import type { DiffSegment } from './wordDiff';
import type { Wording } from './wording';
import './compare.css';

interface Props {
  /** How the other outlets word the chosen sentence. */
  wording: Wording;
  /** Short name of an article's column, when an outlet has more than one. */
  columnName: (articleId: string) => string;
  /** Brings a matching sentence into view in its column (its tab on a phone). */
  onJump: (articleId: string, start: number) => void;
}

function Segments({ segments }: { segments: readonly DiffSegment[] }) {
  const { t } = useI18n();
  return (
    <>
      {segments.map((s, i) =>
        s.op === 'same' ? (
          <span key={i}>{s.text}</span>
        ) : s.op === 'added' ? (
          <ins key={i} className="word-added">
            <span className="visually-hidden">{t('diffAdded')} </span>
            {s.text}
          </ins>
        ) : (
          <del key={i} className="word-removed">
            <span className="visually-hidden">{t('diffRemoved')} </span>
            {s.text}
          </del>
        ),
      )}
    </>
  );
}

/** Side by side wording: the chosen sentence, and each other outlet's matching sentences with the words that differ marked. */
export default function WordingPanel({ wording, columnName, onJump }: Props) {
  const { t } = useI18n();
  return (
    <section className="wording" aria-label={t('wording')} data-testid="wording">
      <p className="wording-chosen">
        <span className="wording-label">{t('wordingChosen')}:</span> {wording.text}
      </p>
      {wording.others.length === 0 ? (
        <p className="wording-none">{t('wordingNone')}</p>
      ) : (
        <>
          <p className="wording-legend">{t('wordingLegend')}</p>
          <ul className="wording-outlets">
            {wording.others.map((o) => (
              <li key={o.name} className="wording-outlet">
                <h3 className="wording-outlet-name">{o.name}</h3>
                <ul>
                  {o.matches.map((m) => (
                    <li key={`${m.articleId}:${m.start}`}>
                      <UnstyledButton className="wording-match" onClick={() => onJump(m.articleId, m.start)}>
                        <span className="wording-text">
                          <Segments segments={m.segments} />
                        </span>
                        <span className="wording-meta">
                          {m.added || m.removed ? t('wordingCounts', { n: m.added, m: m.removed }) : t('wordingSame')} · {t('wordingShow', { name: columnName(m.articleId) })}
                        </span>
                      </UnstyledButton>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
