import { Button, Checkbox, Stack } from '@mantine/core';
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

/** Checkboxes that show or hide outlets; unknown outlets are listed like the others. */
export function OutletFilter({ articles, hidden, counts, label, onChange }: Props) {
  const { t } = useI18n();
  const toggle = (id: string, show: boolean) =>
    onChange(show ? hidden.filter((h) => h !== id) : [...hidden.filter((h) => h !== id), id]);
  return (
    <fieldset className="outlet-filter">
      <legend>{t('outletFilter')}</legend>
      <Stack gap={6}>
        {articles.map((a) => {
          const name = label(a);
          const count = counts?.[a.id];
          return (
            <Checkbox
              key={a.id}
              checked={!hidden.includes(a.id)}
              onChange={(e) => toggle(a.id, e.currentTarget.checked)}
              label={count === undefined ? name : `${name} (${count})`}
              description={a.outlet?.domain ?? a.file}
            />
          );
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
