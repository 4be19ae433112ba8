// The gazetteer data, compact (./gazetteer-compact). The command-line bundle computes it once when
// it is built (scripts/build-cli.mjs replaces this module with the result, so the raw lists are not
// even bundled); elsewhere it is computed here, on first use.
import gazetteerJson from '../../../data/gazetteer/gazetteer.json';
import namesJson from '../../../data/lexicon/entity-names.json';
import type { EntityType } from '../../shared/digest/schema';
import { compactGazetteer, type CompactGazetteer } from './gazetteer-compact';

/** Name lists (filtered DBpedia) plus the curated known names, by type. */
export function gazetteerLists(): ReadonlyArray<readonly [EntityType, readonly string[]]> {
  return [
    ['PER', gazetteerJson.person],
    ['ORG', [...gazetteerJson.organization, ...namesJson.ORG]],
    ['LOC', [...gazetteerJson.place, ...namesJson.LOC]],
  ];
}

let computed: CompactGazetteer | null = null;
/** The lists in their compact form, computed once. */
export function gazetteerData(): CompactGazetteer {
  computed ??= compactGazetteer(gazetteerLists());
  return computed;
}
