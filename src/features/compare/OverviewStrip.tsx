import type { Article, SharedPassage } from '../../shared/digest/schema';
import { useI18n } from '../../shared/i18n';
import { passageAt } from './passages';
import './compare.css';

interface Props {
  /** The column's article. */
  article: Article;
  /** Passages shared across articles. */
  passages: readonly SharedPassage[];
  /** Id of the chosen passage. */
  selectedId: string | null;
  /** Jumps to (and chooses) the sentence starting at `start`. */
  onJump: (articleId: string, start: number) => void;
}

/** A thin bar beside a column: one slice per sentence, shared or unique; a click jumps there. */
export function OverviewStrip({ article, passages, selectedId, onJump }: Props) {
  const { t } = useI18n();
  const body = Math.max(1, article.text.length - article.bodyStart);
  return (
    <div className="overview-strip" title={t('overview')} aria-hidden="true">
      {article.sentences.map((s) => {
        const p = passageAt(passages, article.id, s.start);
        return (
          <div
            key={s.start}
            className="overview-slice"
            data-shared={p ? 'true' : 'false'}
            data-active={p && p.id === selectedId ? 'true' : undefined}
            style={{ top: `${((s.start - article.bodyStart) / body) * 100}%`, height: `${Math.max(0.8, ((s.end - s.start) / body) * 100)}%` }}
            onClick={() => onJump(article.id, s.start)}
          />
        );
      })}
    </div>
  );
}
