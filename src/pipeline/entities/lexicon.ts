import aliasesJson from '../../../data/lexicon/aliases.json';
import triggersJson from '../../../data/lexicon/entity-triggers.json';
import gazetteerJson from '../../../data/gazetteer/gazetteer.json';

const lowerSet = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** Words around names, lower-case (see data/lexicon/entity-triggers.json). */
export const triggers = {
  titles: lowerSet(triggersJson.titles),
  orgHeads: lowerSet(triggersJson.orgHeads),
  locHeads: lowerSet(triggersJson.locHeads),
  descriptors: lowerSet(triggersJson.descriptors),
  never: lowerSet(triggersJson.never),
};

/** Short form or variant -> fuller name, as written in data/lexicon/aliases.json. */
export const aliasTable: ReadonlyMap<string, string> = new Map(Object.entries(aliasesJson.aliases));

export type GazetteerType = 'PER' | 'ORG' | 'LOC';

/** Name lists (filtered DBpedia); entries are stored lower-case for matching. */
export const gazetteerLists: ReadonlyArray<readonly [GazetteerType, readonly string[]]> = [
  ['PER', gazetteerJson.person],
  ['ORG', gazetteerJson.organization],
  ['LOC', gazetteerJson.place],
];
