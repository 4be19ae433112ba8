import { TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { Article, Entity } from '../../shared/digest/schema';
import { useI18n } from '../../shared/i18n';
import { compareText } from '../../shared/lib/order';
import './entities.css';

interface Props {
  /** Entities of the story. */
  entities: readonly Entity[];
  /** Articles, for the per-outlet breakdown. */
  articles: readonly Article[];
  /** Short outlet name of an article. */
  label: (article: Article) => string;
  /** The chosen entity id. */
  selectedId: string | null;
  /** Chooses (or, for the chosen one, clears) an entity. */
  onSelect: (id: string | null) => void;
}

const TYPES = ['PER', 'ORG', 'LOC'] as const;

/** Entities grouped by type, with counts, per-outlet breakdown and a filter box. */
export default function EntityIndex({ entities, articles, label, selectedId, onSelect }: Props) {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const perOutlet = (id: string) =>
    articles
      .map((a) => ({ a, n: a.mentions.filter((m) => m.entityId === id).length }))
      .filter((x) => x.n > 0)
      .map((x) => `${label(x.a)} ${x.n}`)
      .join(' · ');
  const matches = entities
    .filter((e) => !needle || e.name.toLowerCase().includes(needle) || e.aliases.some((a) => a.toLowerCase().includes(needle)))
    .sort((a, b) => b.mentionCount - a.mentionCount || compareText(a.name, b.name));
  return (
    <div className="entity-index">
      <TextInput
        size="xs"
        label={t('filterEntities')}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        data-entity-filter
        type="search"
      />
      {matches.length === 0 && <p className="entity-none">{t('noEntities')}</p>}
      {TYPES.map((type) => {
        const group = matches.filter((e) => e.type === type);
        if (group.length === 0) return null;
        return (
          <section key={type} className="entity-group" aria-label={t(`type${type}`)}>
            <h3 className="entity-group-title">
              <mark data-entity={type}>{t(`type${type}`)}</mark> <span className="entity-count">{group.length}</span>
            </h3>
            <ul>
              {group.map((e) => (
                <li key={e.id}>
                  <UnstyledButton
                    className="entity-item"
                    data-active={e.id === selectedId ? 'true' : undefined}
                    aria-pressed={e.id === selectedId}
                    onClick={() => onSelect(e.id === selectedId ? null : e.id)}
                  >
                    <span className="entity-name">{e.name}</span>
                    <span className="entity-count">{e.mentionCount}</span>
                    <span className="entity-breakdown">{perOutlet(e.id)}</span>
                  </UnstyledButton>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
