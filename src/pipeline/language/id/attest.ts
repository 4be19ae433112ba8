import { affixes, prefixFamily } from './affixes';

const VOWEL = /[aeiou]/;
const suffixes = ['', ...new Set([...affixes.bareSuffixes, ...affixes.nounSuffixes, ...affixes.verbSuffixes, ...affixes.surePossessives])];

/**
 * Every root a written form may carry with its prefix's family, the inverse of prefixing a root:
 * ditulis → tulis (di), menulis → tulis (meN), penulis → tulis (peN); the form itself → ('').
 */
function rootsOfForm(form: string, found: (root: string, family: string) => void): void {
  found(form, '');
  for (const p of affixes.plainPrefixes) if (form.startsWith(p)) found(form.slice(p.length), prefixFamily(p));
  for (const [p, restorations] of affixes.nasalPrefixes) {
    if (!form.startsWith(p)) continue;
    const rest = form.slice(p.length);
    for (const r of restorations) {
      // the nasal swallowed the root's first sound only before a vowel: menulis ← tulis
      if (r === '') found(rest, prefixFamily(p));
      else if (VOWEL.test(rest[0] ?? '')) found(r + rest, prefixFamily(p));
    }
  }
}

/**
 * Whether a root is attested by the vocabulary: written on its own, or with an affix of another
 * family than the reading that found it. "tulis" read out of "menulis" is attested by "ditulis"
 * or "penulisan"; "luarga" read out of "keluarga" only by "keluarganya", of the same ke-, so no.
 * The families of every root are read off the vocabulary once (each word with each suffix and
 * prefix it may carry taken off), not looked up form by form for each root asked about.
 */
export function createAttestation(known: ReadonlySet<string>): (root: string, family: string) => boolean {
  let families: Map<string, Set<string>> | undefined;
  const familiesOf = (root: string): ReadonlySet<string> | undefined => {
    if (!families) {
      const byRoot = new Map<string, Set<string>>();
      for (const word of known) {
        for (const s of suffixes) {
          if (!word.endsWith(s)) continue;
          rootsOfForm(word.slice(0, word.length - s.length), (r, family) => {
            // a bare root attests nothing by itself; with a suffix it does (tulisan → tulis)
            if (family === '' && s === '') return;
            let set = byRoot.get(r);
            if (!set) byRoot.set(r, (set = new Set()));
            set.add(family);
          });
        }
      }
      families = byRoot;
    }
    return families.get(root);
  };
  return (root, family) => {
    if (known.has(root)) return true;
    const found = familiesOf(root);
    if (found) for (const f of found) if (f !== family) return true;
    return false;
  };
}
