import outletsJson from '../../data/lexicon/outlets.json';
import { siteSuffix as SITE_SUFFIX, withoutSiteSuffix as bare } from './language/id';

export interface KnownOutlet {
  name: string;
  domain: string;
  /** An international agency or foreign outlet rather than an Indonesian newsroom. */
  agency: boolean;
}

/** Spellings compared without case, "www.", spaces or punctuation other than dots. */
const key = (s: string) => s.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}.]/gu, '');

const byKey = new Map<string, KnownOutlet>();
const byBareKey = new Map<string, KnownOutlet | null>();
const byHost = new Map<string, KnownOutlet>();

function register(spelling: string, known: KnownOutlet): void {
  const k = key(spelling);
  if (!byKey.has(k)) byKey.set(k, known);
  // a suffix-less form is kept only when one outlet owns it ("bola" is both Bola.net and Bola.com)
  const b = bare(k);
  const owner = byBareKey.get(b);
  if (owner === undefined) byBareKey.set(b, known);
  else if (owner !== null && owner.name !== known.name) byBareKey.set(b, null);
}

for (const o of outletsJson.outlets) {
  const known = { name: o.name, domain: o.domain, agency: false };
  for (const s of [o.name, o.domain, ...o.domains, ...o.aliases]) register(s, known);
  for (const h of [o.domain, ...o.domains, ...o.hosts]) byHost.set(h.toLowerCase(), known);
}
for (const a of outletsJson.agencies) {
  const known = { name: a.name, domain: a.domain, agency: true };
  for (const s of [a.name, a.domain, ...a.aliases]) register(s, known);
}

/** A known outlet or agency by name, alias or domain ("aljazeera.com" → Al Jazeera, "TRIBUNJABAR.ID" → Tribun Jabar). */
export function lookupOutlet(nameOrDomain: string): KnownOutlet | undefined {
  const k = key(nameOrDomain);
  if (!k) return undefined;
  return byKey.get(k) ?? byKey.get(bare(k)) ?? byBareKey.get(bare(k)) ?? channelOwner(k);
}

/** A channel's address under an outlet's domain belongs to the outlet ("sport.contoh.com" → Contoh). */
function channelOwner(k: string): KnownOutlet | undefined {
  if (!SITE_SUFFIX.test(k)) return undefined;
  const labels = k.split('.');
  for (let i = 1; i < labels.length - 1; i++) {
    const parent = labels.slice(i).join('.');
    const found = byKey.get(parent);
    if (found && SITE_SUFFIX.test(parent) && parent !== bare(parent)) return found;
  }
  return undefined;
}

/** The outlet that serves from a host, trying parent domains ("statik.tempo.co" → Tempo). */
export function outletOfHost(host: string): KnownOutlet | undefined {
  const parts = host.toLowerCase().replace(/^www\./, '').split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const found = byHost.get(parts.slice(i).join('.'));
    if (found) return found;
  }
  return undefined;
}

/** A display name for an unknown domain: its first label, capitalised ("gatra.com" → "Gatra"). */
export function nameFromDomain(domain: string): string {
  const label = domain.toLowerCase().replace(/^www\./, '').split('.')[0] ?? domain;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Every spelling as the data writes it: a lower-case one ("kumparan") counts in prose only as written. */
export const writtenSpellings: ReadonlySet<string> = new Set(
  [...outletsJson.outlets, ...outletsJson.agencies].flatMap((o) => [o.name, o.domain, ...o.aliases]),
);

/** The most words any outlet spelling has ("Kantor Berita Politik RMOL" → 4). */
export const longestSpelling: number = Math.max(
  ...[...outletsJson.outlets, ...outletsJson.agencies].flatMap((o) => [o.name, ...o.aliases].map((s) => s.split(/\s+/).length)),
);

const phrases = (xs: readonly string[]) => [...xs].sort((a, b) => b.split(' ').length - a.split(' ').length).map((t) => t.split(' '));

export const creditTriggers: readonly string[][] = phrases(outletsJson.creditTriggers);

/**
 * A finder of the phrases (word lists, in the order given) at a position of lower-cased words:
 * the length of the first phrase that starts there, or 0. Phrases are filed by their first word,
 * so a word that opens none costs one look-up.
 */
export function phraseFinder(list: readonly string[][]): (words: readonly string[], i: number) => number {
  const byFirst = new Map<string, string[][]>();
  for (const words of list) {
    const filed = byFirst.get(words[0]!);
    if (filed) filed.push(words);
    else byFirst.set(words[0]!, [words]);
  }
  return (words, i) => {
    for (const phrase of byFirst.get(words[i]!) ?? []) {
      let k = 1;
      while (k < phrase.length && words[i + k] === phrase[k]) k++;
      if (k === phrase.length) return phrase.length;
    }
    return 0;
  };
}

export const creditRoleWords: ReadonlySet<string> = new Set(outletsJson.creditRoleWords);

/** Triggers general enough ("menurut Putin") that only a known outlet or agency counts after them. */
export const weakTriggers: ReadonlySet<string> = new Set(['menurut', 'dari', 'laporan', 'dilaporkan']);

/** Words before the outlet a newsroom spoke to itself ("kata X kepada kumparan", "saat dihubungi Tempo"). */
export const selfCreditTriggers: readonly string[][] = phrases(outletsJson.selfCreditTriggers);

export const selfCreditRoleWords: ReadonlySet<string> = new Set(outletsJson.selfCreditRoleWords);

/** Example datelines of each outlet, as the outlet writes them (for checks of the grammar). */
export const datelineExamples: ReadonlyArray<readonly [string, string]> = outletsJson.outlets.flatMap((o) =>
  o.datelines.map((d) => [o.name, d] as const),
);
