import boilerplateJson from '../../data/lexicon/boilerplate.json';
import moneyJson from '../../data/lexicon/money.json';
import { lowerSet as lower } from './language/id';

export const boilerplateLexicon = {
  listHeadings: lower(boilerplateJson.listHeadings),
  /** [kind, lower-case line start], longest start first so "baca juga:" wins over "baca:". */
  linePrefixes: Object.entries(boilerplateJson.linePrefixes)
    .flatMap(([kind, starts]) => starts.map((s) => [kind, s.toLowerCase()] as const))
    .sort((a, b) => b[1].length - a[1].length),
  widgetLines: lower(boilerplateJson.widgetLines),
  listBullets: new Set(boilerplateJson.listBullets),
  relatedVerbs: boilerplateJson.relatedVerbs,
  photoOpeners: boilerplateJson.photoOpeners,
  adPhrases: boilerplateJson.adPhrases,
  closingCredits: lower(boilerplateJson.closingCredits),
  embedMarkers: boilerplateJson.embedMarkers,
  bylineLeads: boilerplateJson.bylineLeads.map((x) => x.toLowerCase()),
  bylineRoles: new Set(boilerplateJson.bylineRoles.map((x) => x.toLowerCase())),
  promoVerbs: lower(boilerplateJson.promoVerbs),
  promoNouns: boilerplateJson.promoNouns.map((x) => x.toLowerCase()),
  promoPlaces: lower(boilerplateJson.promoPlaces),
};

/** Currency signs of letters written before an amount ("Rp", "RM", "USD"), which may touch the number ("Rp9.500"). */
export const currencyPrefixes: readonly string[] = [
  ...new Set(moneyJson.currencies.flatMap((c) => c.before).filter((b) => /^\p{L}+$/u.test(b))),
].sort((a, b) => b.length - a.length);
