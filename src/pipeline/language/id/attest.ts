import { affixes, prefixFamily } from './affixes';

const VOWEL = /[aeiou]/;
const suffixes = ['', ...new Set([...affixes.bareSuffixes, ...affixes.nounSuffixes, ...affixes.verbSuffixes, ...affixes.surePossessives])];

/** Every prefixed form of a root, with its prefix's family: tulis → ditulis (di), menulis (meN), penulis (peN). */
function prefixedForms(root: string): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [['', root]];
  for (const p of affixes.plainPrefixes) out.push([prefixFamily(p), p + root]);
  for (const [p, restorations] of affixes.nasalPrefixes) {
    for (const r of restorations) {
      if (r === '') out.push([prefixFamily(p), p + root]);
      else if (root.startsWith(r) && VOWEL.test(root[r.length] ?? '')) out.push([prefixFamily(p), p + root.slice(r.length)]);
    }
  }
  return out;
}

/**
 * Whether a root is attested by the vocabulary: written on its own, or with an affix of another
 * family than the reading that found it. "tulis" read out of "menulis" is attested by "ditulis"
 * or "penulisan"; "luarga" read out of "keluarga" only by "keluarganya", of the same ke-, so no.
 */
export function createAttestation(known: ReadonlySet<string>): (root: string, family: string) => boolean {
  const families = new Map<string, Set<string>>();
  const familiesOf = (root: string) => {
    let found = families.get(root);
    if (found) return found;
    found = new Set();
    for (const [family, form] of prefixedForms(root)) if (suffixes.some((s) => (family !== '' || s !== '') && known.has(form + s))) found.add(family);
    families.set(root, found);
    return found;
  };
  return (root, family) => known.has(root) || [...familiesOf(root)].some((f) => f !== family);
}
