import outletsJson from '../../data/lexicon/outlets.json';

export interface KnownOutlet {
  name: string;
  domain: string;
}

const key = (s: string) => s.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}.]/gu, '');

const byKey = new Map<string, KnownOutlet>();
const byHost = new Map<string, KnownOutlet>();
const agencyKeys = new Set<string>();
for (const o of outletsJson.outlets) {
  const known = { name: o.name, domain: o.domain };
  for (const k of [o.name, o.domain, ...o.aliases]) byKey.set(key(k), known);
  for (const h of [o.domain, ...o.hosts]) byHost.set(h.toLowerCase(), known);
}
for (const a of outletsJson.agencies) {
  const known = { name: a.name, domain: a.domain };
  for (const k of [a.name, a.domain, ...a.aliases]) {
    byKey.set(key(k), known);
    agencyKeys.add(key(k));
  }
}

/** A known outlet or agency by name, alias or domain ("aljazeera.com" → Al Jazeera). */
export function lookupOutlet(nameOrDomain: string): KnownOutlet | undefined {
  return byKey.get(key(nameOrDomain));
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

export const creditTriggers: readonly string[][] = [...outletsJson.creditTriggers]
  .sort((a, b) => b.split(' ').length - a.split(' ').length)
  .map((t) => t.split(' '));

export const creditRoleWords: ReadonlySet<string> = new Set(outletsJson.creditRoleWords);

/** Triggers general enough ("menurut Putin") that only a known outlet or agency counts after them. */
export const weakTriggers: ReadonlySet<string> = new Set(['menurut', 'dari', 'laporan', 'dilaporkan']);
