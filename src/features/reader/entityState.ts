import type { Mark, MarkAttribute } from '../../shared/lib/marks';

/** The attributes a column body lays on its rendered mentions itself, in one pass (applyEntityState). */
export const BODY_ATTRIBUTES: ReadonlySet<MarkAttribute> = new Set<MarkAttribute>(['data-active', 'data-dimmed']);

/** What the marks say of the chosen entity: none chosen, or its id (null when none of its mentions is in this article). */
export type EntityState = { chosen: false } | { chosen: true; id: string | null };

/** The chosen entity as this article's marks carry it (a mention of it is active, the others dimmed). */
export function entityStateOf(marks: readonly Mark[]): EntityState {
  let dimmed = false;
  for (const m of marks) {
    if (m.attrs['data-active']) return { chosen: true, id: m.attrs['data-entity-id'] ?? null };
    if (m.attrs['data-dimmed']) dimmed = true;
  }
  return dimmed ? { chosen: true, id: null } : { chosen: false };
}

/**
 * Sets data-active / data-dimmed on every rendered mention and date of `body` as the marks would
 * render them: a mention of the chosen entity is active, every other mention and date dimmed;
 * with none chosen, neither. Paragraphs do not render again for these two attributes alone
 * (MarkdownParagraph), so this pass runs after every render of the body's marks.
 */
export function applyEntityState(body: ParentNode, state: EntityState): void {
  for (const el of body.querySelectorAll('mark[data-entity]')) {
    const active = state.chosen && state.id !== null && el.getAttribute('data-entity-id') === state.id;
    const dimmed = state.chosen && !active;
    if (active !== el.hasAttribute('data-active')) {
      if (active) el.setAttribute('data-active', 'true');
      else el.removeAttribute('data-active');
    }
    if (dimmed !== el.hasAttribute('data-dimmed')) {
      if (dimmed) el.setAttribute('data-dimmed', 'true');
      else el.removeAttribute('data-dimmed');
    }
  }
}
