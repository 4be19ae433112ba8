import { Button, Checkbox, Stack } from '@mantine/core';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import type { Article } from '../../shared/digest/schema';
import { useI18n } from '../../shared/i18n';

interface Props {
  /** Every article of the story. */
  articles: readonly Article[];
  /** Ids of hidden articles. */
  hidden: readonly string[];
  /** Per article, a number shown beside it (article's mentions or hits); absent shows nothing. */
  counts?: Record<string, number>;
  /** Display name of an article's outlet. */
  label: (article: Article) => string;
  /** Sets the hidden article ids. */
  onChange: (hidden: string[]) => void;
}

interface RowProps {
  id: string;
  checked: boolean;
  label: string;
  description: string;
  onToggle: (id: string, show: boolean) => void;
}

// one row renders again only when its own box, name or count changes: a story of hundreds of
// articles must not redraw every checkbox when one count moves
const OutletRow = memo(function OutletRow({ id, checked, label, description, onToggle }: RowProps) {
  return <Checkbox checked={checked} onChange={(e) => onToggle(id, e.currentTarget.checked)} label={label} description={description} />;
});

/** Checkboxes that show or hide outlets; unknown outlets are listed like the others. */
export function OutletFilter({ articles, hidden, counts, label, onChange }: Props) {
  const { t } = useI18n();
  // the rows keep one toggle function; it reads the hidden list and the handler of the last render
  const latest = useRef({ hidden, onChange });
  useLayoutEffect(() => {
    latest.current = { hidden, onChange };
  });
  const toggle = useCallback((id: string, show: boolean) => {
    const { hidden: now, onChange: change } = latest.current;
    change(show ? now.filter((h) => h !== id) : [...now.filter((h) => h !== id), id]);
  }, []);
  return (
    <fieldset className="outlet-filter">
      <legend>{t('outletFilter')}</legend>
      <Stack gap={6}>
        {articles.map((a) => {
          const name = label(a);
          const count = counts?.[a.id];
          return <OutletRow key={a.id} id={a.id} checked={!hidden.includes(a.id)} onToggle={toggle} label={count === undefined ? name : `${name} (${count})`} description={a.outlet?.domain ?? a.file} />;
        })}
        {hidden.length > 0 && (
          <Button size="xs" variant="light" onClick={() => onChange([])} w="fit-content">
            {t('showAll')}
          </Button>
        )}
      </Stack>
    </fieldset>
  );
}
