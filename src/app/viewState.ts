import { parseAsArrayOf, parseAsBoolean, parseAsInteger, parseAsString, useQueryStates } from 'nuqs';

/** Everything that decides what the reader sees lives in the URL, so a pasted link restores it. */
export const viewParsers = {
  story: parseAsString,
  hidden: parseAsArrayOf(parseAsString).withDefault([]),
  order: parseAsArrayOf(parseAsString).withDefault([]),
  entity: parseAsString,
  only: parseAsBoolean.withDefault(false),
  event: parseAsString,
  q: parseAsString.withDefault(''),
  sent: parseAsString,
  // the chosen disagreement and the chosen speaker (an entity id, or "said:" and a name)
  diff: parseAsString,
  speaker: parseAsString,
  types: parseAsArrayOf(parseAsString).withDefault([]),
  images: parseAsBoolean.withDefault(true),
  // images of other sites load only when the reader allows them, for the story open
  remoteImages: parseAsBoolean.withDefault(false),
  // the side panel on a wide screen (a phone opens it from the header instead)
  sidebar: parseAsBoolean.withDefault(true),
  // of a story too large to show at once, the reader opened this many articles from the start
  first: parseAsInteger,
  // the "Add articles" view, over the story list
  add: parseAsBoolean.withDefault(false),
};

/**
 * The view state and its setter. Typing replaces the entry; choosing something to look at is a
 * step of the reader's own and pushes one (pass `{ history: 'push' }`), so Back returns to it.
 */
export function useViewState() {
  return useQueryStates(viewParsers, { history: 'replace' });
}

export type ViewState = ReturnType<typeof useViewState>[0];
export type SetViewState = ReturnType<typeof useViewState>[1];
