import aliasesJson from '../../../data/lexicon/aliases.json';
import clubsJson from '../../../data/lexicon/entity-clubs.json';
import cuesJson from '../../../data/lexicon/entity-cues.json';
import namesJson from '../../../data/lexicon/entity-names.json';
import triggersJson from '../../../data/lexicon/entity-triggers.json';
import outletsJson from '../../../data/lexicon/outlets.json';
import type { EntityType } from '../../shared/digest/schema';
import { lowerSet } from '../language/id';

/** Words around names, lower-case (see data/lexicon/entity-triggers.json). */
export const triggers = {
  titles: lowerSet(triggersJson.titles),
  orgHeads: lowerSet(triggersJson.orgHeads),
  orgNameHeads: lowerSet(triggersJson.orgNameHeads),
  orgNameTails: lowerSet(triggersJson.orgNameTails),
  locHeads: lowerSet(triggersJson.locHeads),
  geoHeads: lowerSet(triggersJson.geoHeads),
  descriptors: lowerSet(triggersJson.descriptors),
  never: lowerSet(triggersJson.never),
};

/** Words that decide a name's kind or extent (see data/lexicon/entity-cues.json), lower-case. */
export const cues = {
  titlePhrases: cuesJson.titlePhrases.map((p) => p.split(' ')),
  coordinationHeads: lowerSet(cuesJson.coordinationHeads),
  unitTitleWords: lowerSet(cuesJson.unitTitleWords),
  teamCues: lowerSet(cuesJson.teamCues),
  speechAfter: lowerSet(cuesJson.speechAfter),
  speechBefore: lowerSet(cuesJson.speechBefore),
  birthCues: lowerSet(cuesJson.birthCues),
  adminHeads: lowerSet(cuesJson.adminHeads),
  titleContinuations: cuesJson.titleContinuations.map((p) => p.split(' ')),
  companyPrefixes: lowerSet(cuesJson.companyPrefixes),
  outletContexts: lowerSet(cuesJson.outletContexts),
  commonAcronyms: lowerSet(cuesJson.commonAcronyms),
  placeNameHeads: lowerSet(cuesJson.placeNameHeads),
  pairCues: lowerSet(cuesJson.pairCues),
  compassWords: lowerSet(cuesJson.compassWords),
  degrees: lowerSet(cuesJson.degrees),
  namesakeTitles: lowerSet(cuesJson.namesakeTitles),
  namesakeHeads: lowerSet(cuesJson.namesakeHeads),
  companyForms: lowerSet(cuesJson.companyForms),
};

const clubForms = clubsJson.clubs.flatMap((c) => [...c.short, ...c.nicknames].map((f) => [f, c.name] as const));

/** Short form or variant -> fuller name: data/lexicon/aliases.json plus club short names and nicknames. */
export const aliasTable: ReadonlyMap<string, string> = new Map([...Object.entries(aliasesJson.aliases), ...clubForms]);

/** Every spelling of a news outlet or agency (name, site, aliases), as written. */
export const outletSpellings: readonly string[] = [...outletsJson.outlets, ...outletsJson.agencies].flatMap((o) => [o.name, o.domain, ...o.aliases]);

/** "Fajar", "Tempo": an outlet's name of one word, not written as a site ("Tempo.co") or glued ("detikSport"). */
export const isOneWordOutletName = (n: string) => /^\p{Lu}[\p{Ll}]+$|^\p{Lu}+$/u.test(n);

/** Widely known names with their type: the curated list plus news outlets and agencies. */
export const knownNames: ReadonlyArray<readonly [string, EntityType]> = [
  ...namesJson.LOC.map((n) => [n, 'LOC'] as const),
  ...namesJson.ORG.map((n) => [n, 'ORG'] as const),
  ...clubsJson.clubs.flatMap((c) => [c.name, ...c.short, ...c.nicknames]).map((n) => [n, 'ORG'] as const),
  // an outlet's one-word name is also a word or a given name ("Fajar", "Surya", "Antara"): only its
  // site name and longer names are names everywhere; the one-word name is the outlet in context
  ...outletSpellings.filter((n) => !isOneWordOutletName(n)).map((n) => [n, 'ORG'] as const),
];

/** Outlet and agency spellings -> their display name, for linking. */
export const outletNames: ReadonlyMap<string, string> = new Map(
  [...outletsJson.outlets, ...outletsJson.agencies].flatMap((o) => [o.domain, ...o.aliases].map((n) => [n, o.name] as const)),
);

