import { Button, Group, Text, TextInput } from '@mantine/core';
import type { Ref } from 'react';
import type { ArticleSpan } from '../../shared/digest/schema';
import { useI18n } from '../../shared/i18n';

interface Props {
  /** The query. */
  value: string;
  /** Changes the query. */
  onChange: (value: string) => void;
  /** Hits in the visible columns. */
  hits: readonly ArticleSpan[];
  /** Position of the current hit, -1 before stepping. */
  cursor: number;
  /** Steps to the previous (-1) or next (+1) hit. */
  onStep: (direction: -1 | 1) => void;
  /** Short outlet name of an article id. */
  label: (articleId: string) => string;
  /** The input, for the "/" shortcut. */
  inputRef?: Ref<HTMLInputElement>;
}

/** Free-text search with hits per outlet and previous/next. */
export function SearchBox({ value, onChange, hits, cursor, onStep, label, inputRef }: Props) {
  const { t } = useI18n();
  const perOutlet = new Map<string, number>();
  for (const h of hits) perOutlet.set(h.articleId, (perOutlet.get(h.articleId) ?? 0) + 1);
  const active = value.trim().length >= 2;
  return (
    <Group gap="xs" wrap="wrap" className="search-box" align="center">
      <TextInput
        ref={inputRef}
        type="search"
        size="xs"
        aria-label={t('search')}
        placeholder={t('search')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onStep(e.shiftKey ? -1 : 1);
        }}
        w={220}
      />
      {active && (
        <>
          <Text size="sm" role="status" data-testid="search-count">
            {hits.length ? t('searchHits', { n: hits.length }) : t('noHits')}
            {cursor >= 0 && hits.length ? ` (${cursor + 1}/${hits.length})` : ''}
          </Text>
          <Button size="compact-xs" variant="default" onClick={() => onStep(-1)} disabled={!hits.length}>
            {t('previous')}
          </Button>
          <Button size="compact-xs" variant="default" onClick={() => onStep(1)} disabled={!hits.length}>
            {t('next')}
          </Button>
          {perOutlet.size > 0 && (
            <Text size="xs" c="dimmed" aria-label={t('hitsPerOutlet')}>
              {[...perOutlet].map(([id, n]) => `${label(id)} ${n}`).join(' · ')}
            </Text>
          )}
        </>
      )}
    </Group>
  );
}
