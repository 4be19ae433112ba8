import { Button, Stack } from '@mantine/core';
import { createContext, memo, useCallback, useContext, useId, useLayoutEffect, useRef } from 'react';
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
  name: string;
  description: string;
  onToggle: (id: string, show: boolean) => void;
}

// The counts reach each row's label through a context: when they change (an entity chosen, a
// search typed) only the labels' text renders again, not hundreds of checkboxes.
const Counts = createContext<Record<string, number> | undefined>(undefined);

function OutletName({ id, name }: { id: string; name: string }) {
  const count = useContext(Counts)?.[id];
  return count === undefined ? name : `${name} (${count})`;
}

// One row renders again only when its own box or name changes. A plain checkbox, not Mantine's:
// a story of 200 articles has 200 rows, and Mantine's adds a dozen components to each.
const OutletRow = memo(function OutletRow({ id, checked, name, description, onToggle }: RowProps) {
  const box = useId();
  const described = `${box}-description`;
  return (
    <div className="outlet-row">
      <input type="checkbox" id={box} checked={checked} onChange={(e) => onToggle(id, e.currentTarget.checked)} aria-describedby={described} />
      <label htmlFor={box}>
        <OutletName id={id} name={name} />
      </label>
      <span className="outlet-row-description" id={described}>
        {description}
      </span>
    </div>
  );
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
        <Counts.Provider value={counts}>
          {articles.map((a) => (
            <OutletRow key={a.id} id={a.id} checked={!hidden.includes(a.id)} onToggle={toggle} name={label(a)} description={a.outlet?.domain ?? a.file} />
          ))}
        </Counts.Provider>
        {hidden.length > 0 && (
          <Button size="xs" variant="light" onClick={() => onChange([])} w="fit-content">
            {t('showAll')}
          </Button>
        )}
      </Stack>
    </fieldset>
  );
}
