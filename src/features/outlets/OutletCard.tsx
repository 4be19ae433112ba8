import { ActionIcon, Badge, Group, Text } from '@mantine/core';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import type { Article, Published } from '../../shared/digest/schema';
import { useI18n, type Lang, type MessageKey } from '../../shared/i18n';
import './outlets.css';

interface Props {
  /** The article whose outlet this card describes. */
  article: Article;
  /** Display name of the outlet ("Unknown outlet" when unknown). */
  name: string;
  /** Moves the column one place (-1 left, +1 right); absent at the ends. */
  onMove?: (direction: -1 | 1) => void;
  /** Can move left. */
  canMoveLeft: boolean;
  /** Can move right. */
  canMoveRight: boolean;
  /** Hides the column. */
  onHide: () => void;
}

const SOURCE_KEY: Record<Published['source'], MessageKey> = {
  'front-matter': 'sourceFrontMatter',
  url: 'sourceUrl',
  dateline: 'sourceDateline',
  text: 'sourceText',
  'image-path': 'sourceImagePath',
};

/** The kinds of removed boilerplate the pipeline names; any other kind shows as "Other". */
const KIND_KEY: Record<string, MessageKey> = {
  image: 'kindImage',
  widget: 'kindWidget',
  'related-link': 'kindRelatedLink',
  'related-list': 'kindRelatedList',
  byline: 'kindByline',
  photo: 'kindPhoto',
  ad: 'kindAd',
  promo: 'kindPromo',
};

// "25 April 2019" in both languages (what dateStyle 'long' gives for en-GB and id-ID), written
// directly: the first Intl.DateTimeFormat of a page costs a long task on a slow phone.
const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
};
function formatDay(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[lang][(m ?? 1) - 1] ?? ''} ${y}`;
}

/**
 * The page hands every card new handlers whenever anything changes (a choice, a keystroke); the
 * card keeps one pair that calls the last ones, so its Mantine parts render again only when what
 * it shows does.
 */
export function OutletCard({ onMove, onHide, ...shown }: Props) {
  const latest = useRef({ onMove, onHide });
  useLayoutEffect(() => {
    latest.current = { onMove, onHide };
  });
  const move = useCallback((d: -1 | 1) => latest.current.onMove?.(d), []);
  const hide = useCallback(() => latest.current.onHide(), []);
  return <Card {...shown} onMove={onMove ? move : undefined} onHide={hide} />;
}

/** Outlet name, domain, date (inferred or not), sources and removed boilerplate of one article. */
const Card = memo(function Card({ article, name, onMove, canMoveLeft, canMoveRight, onHide }: Props) {
  const { t, lang } = useI18n();
  const pub = article.published;
  // the page's metadata and its address are the outlet's own word for its day
  const inferred = pub && pub.source !== 'front-matter' && pub.source !== 'url';
  const date = pub ? formatDay(pub.date, lang) : null;
  const sources = [...new Set(article.sources.map((s) => s.name))];
  return (
    <div className="outlet-card" data-unknown={article.outlet ? undefined : 'true'}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <div className="outlet-title">
          <h2 className="outlet-name">
            {name}
          </h2>
          <Text size="xs" c="dimmed" className="outlet-domain">
            {article.outlet?.domain ?? article.file}
          </Text>
        </div>
        <Group gap={2} wrap="nowrap">
          <ActionIcon variant="subtle" aria-label={t('moveLeft', { name })} disabled={!canMoveLeft} onClick={() => onMove?.(-1)}>
            <span aria-hidden="true">←</span>
          </ActionIcon>
          <ActionIcon variant="subtle" aria-label={t('moveRight', { name })} disabled={!canMoveRight} onClick={() => onMove?.(1)}>
            <span aria-hidden="true">→</span>
          </ActionIcon>
          <ActionIcon variant="subtle" aria-label={t('hideOutlet', { name })} onClick={onHide}>
            <span aria-hidden="true">✕</span>
          </ActionIcon>
        </Group>
      </Group>
      {article.title && (
        <Text size="sm" fw={600} className="outlet-article-title">
          {article.title}
        </Text>
      )}
      <Text size="sm" className="outlet-date" data-inferred={inferred ? 'true' : undefined}>
        {t('published')}: {date ?? t('noDate')}{' '}
        {inferred && (
          <Badge component="span" size="xs" variant="outline" color="var(--inferred-color)">
            {t('inferred')}
          </Badge>
        )}
      </Text>
      {inferred && pub?.evidence && (
        <Text size="xs" c="dimmed">
          {t('inferredFrom', { source: t(SOURCE_KEY[pub.source]), text: pub.evidence.text })}
        </Text>
      )}
      {sources.length > 0 && (
        <Text size="xs">
          {t('sources')}: {sources.join(', ')}
        </Text>
      )}
      {article.boilerplate.length > 0 && (
        <details className="outlet-removed">
          <summary>{t('removed', { n: article.boilerplate.length })}</summary>
          <ul>
            {article.boilerplate.map((b) => (
              <li key={b.start} data-kind={b.kind}>
                <span className="removed-kind">{t(KIND_KEY[b.kind] ?? 'kindOther')}:</span> <span className="removed-text">{b.text}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
});
