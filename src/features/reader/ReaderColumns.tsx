import { Tabs } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { memo, useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { Article } from '../../shared/digest/schema';
import { markSelector, type Mark } from '../../shared/lib/marks';
import { useI18n } from '../../shared/i18n';
import { ArticleBody } from './ArticleBody';
import { ColumnStrip } from './ColumnStrip';
import { RemoteImagesProvider } from './remoteImages';
import type { ParagraphFilter, ScrollRequest } from './types';
import './reader.css';

interface Props {
  /** Visible articles, in column order. */
  articles: readonly Article[];
  /** Highlights of one article (asked only for the columns that are mounted). */
  marksFor: (articleId: string) => readonly Mark[];
  /** Paragraph filter (entity filter), or null for all paragraphs. */
  filter: ParagraphFilter;
  /** Show images in bodies. */
  showImages: boolean;
  /** Images of other sites load without being asked one by one. */
  remoteImages: boolean;
  /** Bring marked text into view. */
  scroll: ScrollRequest | null;
  /** Column header (outlet card) of one article. */
  renderHeader: (article: Article) => ReactNode;
  /** Thin strip beside one column's body. */
  renderAside?: (article: Article) => ReactNode;
  /** Short name of one article, for tabs and labels. */
  label: (article: Article) => string;
  /** A highlighted entity mention was clicked. */
  onEntityClick: (entityId: string) => void;
  /** A sentence was clicked. */
  onSentenceClick: (articleId: string, start: number) => void;
  /** Shown when no column is visible. */
  emptyText: string;
}

/** Side-by-side article columns; tabs on narrow screens. */
export function ReaderColumns(props: Props) {
  return (
    <RemoteImagesProvider all={props.remoteImages}>
      <ColumnsOrTabs {...props} />
    </RemoteImagesProvider>
  );
}

function ColumnsOrTabs(props: Props) {
  // what a column takes: not the list, nor the function that gives its marks (a column compares its props)
  const { articles, emptyText, marksFor, ...column } = props;
  const { scroll, label } = column;
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  // a scroll request aimed at one column opens its tab, until the reader picks another tab
  const [picked, setPicked] = useState<{ id: string | null; key?: string }>({ id: null });
  const active = scroll?.articleId && scroll.key !== picked.key ? scroll.articleId : picked.id;
  // where each column body was scrolled when it unmounted, to put it back when it mounts again
  const [scrolled] = useState(() => new Map<string, number>());
  if (articles.length === 0) return <p className="reader-empty">{emptyText}</p>;
  if (!narrow) {
    return <ColumnStrip articles={articles} marksFor={marksFor} scroll={scroll} renderColumn={(a) => <Column key={a.id} article={a} {...column} marks={marksFor(a.id)} scrolled={scrolled} />} />;
  }
  const current = articles.find((a) => a.id === active)?.id ?? articles[0]?.id ?? null;
  return (
    <Tabs value={current} onChange={(id) => setPicked({ id, key: scroll?.key })} className="column-tabs" keepMounted={false}>
      <Tabs.List className="column-tab-list">
        {articles.map((a) => (
          <Tabs.Tab key={a.id} value={a.id}>
            {label(a)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {articles.map((a) => (
        <Tabs.Panel key={a.id} value={a.id} className="column-tab-panel">
          <Column article={a} {...column} marks={marksFor(a.id)} scrolled={scrolled} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

type ColumnProps = Omit<Props, 'marksFor' | 'articles' | 'emptyText'> & {
  article: Article;
  marks: readonly Mark[];
  /** Vertical scroll of column bodies that were unmounted, by article id. */
  scrolled: Map<string, number>;
};

const sameScroll = (a: ScrollRequest | null, b: ScrollRequest | null) => a === b || (!!a && !!b && a.key === b.key && a.selector === b.selector && a.articleId === b.articleId);

// a column whose props did not change (its article's marks are the same array, its scroll request
// asks the same) renders nothing new when the row mounts or unmounts its neighbours, nor when the
// page renders again for a keystroke or a choice that leaves this column as it is
const sameColumn = (a: ColumnProps, b: ColumnProps) => (Object.keys(a) as (keyof ColumnProps)[]).every((k) => (k === 'scroll' ? sameScroll(a.scroll, b.scroll) : a[k] === b[k]));
const Column = memo(function Column({ article, marks, filter, showImages, scroll, renderHeader, renderAside, label, onEntityClick, onSentenceClick, scrolled }: ColumnProps) {
  // the body keeps one pair of handlers; they call the ones of the last render
  const handlers = useRef({ onEntityClick, onSentenceClick });
  useLayoutEffect(() => {
    handlers.current = { onEntityClick, onSentenceClick };
  });
  const onEntity = useCallback((entityId: string) => handlers.current.onEntityClick(entityId), []);
  const onSentence = useCallback((articleId: string, start: number) => handlers.current.onSentenceClick(articleId, start), []);
  const mine = scroll && (!scroll.articleId || scroll.articleId === article.id) ? scroll : null;
  const name = label(article);
  return (
    <section className="column" data-article-id={article.id} aria-label={name}>
      <header className="column-head">{renderHeader(article)}</header>
      <div className="column-main">
        <ColumnBody article={article} name={name} marks={marks} filter={filter} showImages={showImages} scroll={mine} scrolled={scrolled} onEntityClick={onEntity} onSentenceClick={onSentence} />
        {renderAside?.(article)}
      </div>
    </section>
  );
}, sameColumn);

interface BodyProps {
  article: Article;
  /** The column's name, for the label of its text. */
  name: string;
  marks: readonly Mark[];
  filter: ParagraphFilter;
  showImages: boolean;
  /** This column's scroll request. */
  scroll: ScrollRequest | null;
  scrolled: Map<string, number>;
  onEntityClick: (entityId: string) => void;
  onSentenceClick: (articleId: string, start: number) => void;
}

const sameBody = (a: BodyProps, b: BodyProps) =>
  a.article === b.article && a.name === b.name && a.marks === b.marks && a.filter === b.filter && a.showImages === b.showImages && a.scrolled === b.scrolled && a.onEntityClick === b.onEntityClick && a.onSentenceClick === b.onSentenceClick && sameScroll(a.scroll, b.scroll);

// The text of a column: the costly part, rendered again only when its own marks, filter, images
// or scroll request change, not when the page around it does (the header and strip beside it
// follow the page).
const ColumnBody = memo(function ColumnBody({ article, name, marks, filter, showImages, scroll, scrolled, onEntityClick, onSentenceClick }: BodyProps) {
  const body = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = body.current;
    const id = article.id;
    const top = scrolled.get(id);
    if (el && top) el.scrollTop = top;
    return () => {
      if (el) scrolled.set(id, el.scrollTop);
    };
  }, [article.id, scrolled]);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    if (target.closest('a, button')) return;
    const mention = target.closest(markSelector('mark', { 'data-entity-id': null }));
    const entityId = mention?.getAttribute('data-entity-id');
    if (entityId) return onEntityClick(entityId);
    const sentence = target.closest(markSelector(null, { 'data-sentence': null }))?.getAttribute('data-sentence');
    if (sentence) onSentenceClick(article.id, Number(sentence));
  };
  // a focused sentence: Enter or Space chooses it, the arrow keys move to the next or previous one
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // a link or button inside a sentence keeps its own keys
    if ((event.target as Element).closest('a, button')) return;
    const sentence = (event.target as Element).closest<HTMLElement>('[data-sentence][tabindex]');
    if (!sentence) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSentenceClick(article.id, Number(sentence.dataset.sentence));
      return;
    }
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    // nested marks cut a sentence into pieces: its first piece is the focusable one
    const all = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-sentence][tabindex]')];
    const next = all[all.indexOf(sentence) + step];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };
  // the focus ring of a sentence goes round all its pieces, not only the focused first one
  const showFocus = (body: HTMLElement, target: EventTarget | null) => {
    body.querySelectorAll('[data-focus]').forEach((el) => el.removeAttribute('data-focus'));
    const sentence = target instanceof HTMLElement && target.matches('[data-sentence][tabindex]:focus-visible') ? target.dataset.sentence : null;
    if (sentence) body.querySelectorAll(`[data-sentence="${sentence}"]`).forEach((el) => el.setAttribute('data-focus', 'true'));
  };
  const { t } = useI18n();
  return (
    <div className="column-body" ref={body} data-scroll-body tabIndex={0} onClick={onClick} onKeyDown={onKeyDown} onFocus={(e) => showFocus(e.currentTarget, e.target)} onBlur={(e) => showFocus(e.currentTarget, null)} aria-label={t('articleText', { name })} role="region">
      <ArticleBody article={article} marks={marks} filter={filter} showImages={showImages} scroll={scroll} />
    </div>
  );
}, sameBody);
