import { useState, type KeyboardEvent } from 'react';
import type { Article, SharedPassage } from '../../shared/digest/schema';
import { useI18n } from '../../shared/i18n';
import { passageAt } from './passages';
import './compare.css';

interface Props {
  /** The column's article. */
  article: Article;
  /** Short outlet name, for the strip's label. */
  name: string;
  /** Passages shared across articles. */
  passages: readonly SharedPassage[];
  /** Id of the chosen passage. */
  selectedId: string | null;
  /** Jumps to (and chooses) the sentence starting at `start`. */
  onJump: (articleId: string, start: number) => void;
}

/**
 * A thin bar beside a column: one slice per sentence, shared or unique; a click jumps there.
 * One tab stop; arrow keys move between slices (roving tabindex), Enter chooses.
 */
export function OverviewStrip({ article, name, passages, selectedId, onJump }: Props) {
  const { t } = useI18n();
  const [focused, setFocused] = useState(0);
  const body = Math.max(1, article.text.length - article.bodyStart);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -Infinity, End: Infinity }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = Math.min(article.sentences.length - 1, Math.max(0, focused + step));
    setFocused(next);
    (event.currentTarget.children[next] as HTMLElement | undefined)?.focus();
  };
  return (
    <div className="overview-strip" role="toolbar" aria-orientation="vertical" aria-label={`${t('overview')}: ${name}`} onKeyDown={onKeyDown}>
      {article.sentences.map((s, i) => {
        const p = passageAt(passages, article.id, s.start);
        return (
          <button
            type="button"
            key={s.start}
            className="overview-slice"
            tabIndex={i === focused ? 0 : -1}
            aria-label={`${i + 1}/${article.sentences.length} ${p ? t('shared') : t('unique')}: ${article.text.slice(s.start, Math.min(s.end, s.start + 60))}`}
            data-shared={p ? 'true' : 'false'}
            data-active={p && p.id === selectedId ? 'true' : undefined}
            style={{ top: `${((s.start - article.bodyStart) / body) * 100}%`, height: `${Math.max(0.8, ((s.end - s.start) / body) * 100)}%` }}
            onFocus={() => setFocused(i)}
            onClick={() => onJump(article.id, s.start)}
          />
        );
      })}
    </div>
  );
}
