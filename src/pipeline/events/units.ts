import type { StoryDoc } from '../types';
import { claimOf, reportsAnything, type Claim } from './claims';
import { voicesOf } from './speakers';

/** How far back a pronoun or "-nya" still points at the last named speaker. */
const PRONOUN_REACH = 4;
/** Unattributed sentences between two of one speaker's sentences that still belong to that statement. */
const BRIDGE = 2;

export interface Units {
  /** Claims that take part in clustering; those of one statement share `unit`. */
  heads: Claim[];
  /** The other sentences of each statement, placed wherever its heads go. */
  followers: Map<number, Claim[]>;
}

/** Speaker id of every sentence of an article after pronouns and short gaps are resolved. */
function speakersOf(doc: StoryDoc['articles'][number]): (string | null)[] {
  const voices = voicesOf(doc);
  const ids: (string | null)[] = [];
  let last: { id: string; at: number } | null = null;
  voices.forEach((v, i) => {
    let id: string | null = null;
    if (v.speaker?.kind === 'named') id = v.speaker.id;
    else if (v.speaker?.kind === 'same' && last && i - last.at <= PRONOUN_REACH) id = last.id;
    if (id) last = { id, at: i };
    ids.push(id);
  });
  // a sentence or two without attribution between two of one speaker's sentences is still theirs
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] !== null || i === 0 || ids[i - 1] === null) continue;
    let j = i;
    while (j < ids.length && ids[j] === null && j - i < BRIDGE) j++;
    if (j < ids.length && ids[j] === ids[i - 1]) for (let k = i; k < j; k++) ids[k] = ids[i - 1]!;
  }
  return ids;
}

/**
 * One speaker's statement told over consecutive sentences (the attribution, the quotation, what
 * they added) is one happening, the saying, on the date the statement is given. Its sentences
 * with a written date of that day, and its first sentence, take part in clustering; the rest
 * follow. A sentence of the statement that also dates something else keeps that claim too.
 */
export function unitsOf(story: StoryDoc, claims: Claim[]): Units {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) (byKey.get(c.key) ?? byKey.set(c.key, []).get(c.key)!).push(c);
  const absorbed = new Set<Claim>();
  const heads: Claim[] = [];
  const followers = new Map<number, Claim[]>();
  let next = 0;
  story.articles.forEach((doc, article) => {
    const ids = speakersOf(doc);
    for (let i = 0; i < ids.length; ) {
      let j = i + 1;
      while (ids[i] !== null && j < ids.length && ids[j] === ids[i]) j++;
      if (j - i < 2) {
        i = j;
        continue;
      }
      const members = [];
      for (let k = i; k < j; k++) if (reportsAnything(doc, doc.sentences[k]!)) members.push(k);
      const own = members.flatMap((k) => byKey.get(`${doc.id}#${k}`) ?? []);
      const date = (own.find((c) => !c.inherited && !c.reported) ?? own.find((c) => !c.inherited) ?? own[0])?.date;
      i = j;
      if (!date || members.length < 2) continue;
      const unit = next++;
      const follow: Claim[] = [];
      members.forEach((k, n) => {
        const mine = byKey.get(`${doc.id}#${k}`) ?? [];
        const onDay = mine.find((c) => c.date === date);
        for (const c of mine) if (c.inherited || c === onDay) absorbed.add(c);
        const claim = onDay ? { ...onDay, unit } : { ...claimOf(doc, article, k, date, true), unit };
        if (n === 0 || (onDay && !onDay.inherited)) heads.push(claim);
        else follow.push(claim);
      });
      followers.set(unit, follow);
    }
  });
  const ordered = [...claims.filter((c) => !absorbed.has(c)), ...heads].sort((a, b) => a.article - b.article || a.sentence - b.sentence);
  return { heads: ordered, followers };
}
