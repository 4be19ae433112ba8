import type { Claim } from './claims';

/** What a sentence tells is done: its main predicate's senses, and the roots of all its verbs. */
export interface Doing {
  main: ReadonlySet<string>;
  words: ReadonlySet<string>;
  /** The people the sentence names, by entity id. */
  people?: ReadonlySet<string>;
}

/** A group's doings: the main predicates of those of its sentences that have one, and every verb's root. */
export interface GroupDoing {
  main: Set<string>;
  words: Set<string>;
  people: Set<string>;
}

export function doingsOfGroup(group: readonly Claim[], doingOf: (c: Claim) => Doing | undefined): GroupDoing {
  const out: GroupDoing = { main: new Set(), words: new Set(), people: new Set() };
  for (const c of group) {
    const d = doingOf(c);
    if (!d) continue;
    for (const x of d.main) out.main.add(x);
    for (const x of d.words) out.words.add(x);
    for (const x of d.people ?? []) out.people.add(x);
  }
  return out;
}

export function mergeDoings(into: GroupDoing, from: GroupDoing): void {
  for (const x of from.main) into.main.add(x);
  for (const x of from.words) into.words.add(x);
  for (const x of from.people) into.people.add(x);
}

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));

/**
 * Two groups tell two doings when both have a main predicate, no sense of one is the other's,
 * and no verb's root (nor main predicate) of one appears in the other at all.
 */
export function twoDoings(a: GroupDoing, b: GroupDoing): boolean {
  if (!a.main.size || !b.main.size) return false;
  if (meets(a.main, b.main)) return false;
  const wa = new Set([...a.words, ...a.main]);
  const wb = new Set([...b.words, ...b.main]);
  return !meets(wa, wb);
}
