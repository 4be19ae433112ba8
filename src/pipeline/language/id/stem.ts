import { affixes, prefixFamily } from './affixes';
import { createAttestation } from './attest';
import { endingsOff, guessedRoot } from './guess';
import { cutsLoanword, endingReadings, MIN_ROOT, prefixReadings, rootOnlyReadings, rootShaped, suffixesAfter, vowels } from './readings';
import { commonWords } from './words';
import { remembered } from '../../remembered';

/** Nested prefixes an attested root may still carry (memberlakukan → berlaku → laku). */
const MAX_DEPTH = 3;
/** Distinct words a stemmer remembers before it starts again (a story has a few thousand). */
const STEMS_REMEMBERED = 100_000;

interface Candidate {
  root: string;
  prefixCount: number;
  /** The outer prefix's family: a root must be attested by a form of another one. */
  family: string;
  /** The suffix taken off ('' for none) and how likely it is after that prefix (0 most; none last). */
  suffix: string;
  suffixRank: number;
  /** The root as read before its suffix came off. */
  unsuffixed: string;
  /** A particle came off (masa + -lah, ini + -lah). */
  particleOff: boolean;
}

/** The suffixes a prefix goes with, in the order an attested reading prefers them. */
const attestedSuffixesAfter = (prefix: string): readonly string[] => (prefix === '' ? affixes.bareAttestedSuffixes : suffixesAfter(prefix));

/** Every reading of a word as prefixes + root + suffix, endings off or on; not the word itself. */
function candidates(word: string, known: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const base of endingReadings(word, affixes.particles, affixes.possessives)) {
    const readings = affixes.rootsLookingPrefixed.has(base) ? [{ root: base, prefix: '', prefixCount: 0 }] : [...prefixReadings(base), ...rootOnlyReadings(base)];
    for (const r of readings) {
      const suffixes = attestedSuffixesAfter(r.prefix);
      const push = (root: string, suffix: string, suffixRank: number) => {
        if (root !== word && rootShaped(root, r.prefix)) out.push({ root, prefixCount: r.prefixCount, family: prefixFamily(r.prefix), suffix, suffixRank, unsuffixed: r.root, particleOff: base.length < word.length && affixes.particles.some((p) => word.endsWith(p) && base.length <= word.length - p.length) });
      };
      push(r.root, '', suffixes.length);
      suffixes.forEach((s, rank) => {
        if (r.root.endsWith(s) && !cutsLoanword(r.root.slice(0, -s.length), s) && !affixes.rootsLookingPrefixed.has(r.root)) push(r.root.slice(0, -s.length), s, rank);
      });
      // meletakan: letak + -kan with one k written, where the root in k is written on its own
      const { suffix: an, rootEnding } = affixes.kanAfterK;
      const kRoot = r.root.slice(0, -an.length);
      if (!suffixes.includes(an) && r.root.endsWith(an) && kRoot.endsWith(rootEnding) && known.has(kRoot)) push(kRoot, an, suffixes.length);
    }
  }
  return out;
}

interface Judged extends Candidate {
  /** The suffix came off and a form without that suffix attests the root as well. */
  evidenced: boolean;
  derivations: number;
  /** The root is written on its own in the vocabulary. */
  written: boolean;
}

/** Two readings that differ only in whose the r is, the prefix's or the root's: ber-/per- + encana against be-/pe- + rencana. */
const sharedR = (x: string, y: string) => x === `r${y}` || y === `r${x}`;
/** Two roots one nasal reading apart: k + awas against awas (mengawasi), p + ukul against ukul. */
const swallowedSound = (x: string, y: string) => (x.length === y.length + 1 && x.endsWith(y)) || (y.length === x.length + 1 && y.endsWith(x));
/** perusakan: pe- + rusak + -an against per- + usa + -kan; the r is shared before the suffixes part. */
const sharedROf = (c: Candidate, best: Candidate) => sharedR(c.root, best.root) || sharedR(c.unsuffixed, best.unsuffixed);

/**
 * Of two attested readings: the one whose root is written on its own where only one of them
 * has a prefix; then fewer prefixes; then, where the prefix's r may be the root's, the
 * root written on its own; then a root attested apart from its suffix, by the
 * likelier suffix for the prefix (ke-...-an before ke-...-kan: kerusakan is rusak, not rusa;
 * desakan is desak); then the shorter root; then the root more forms are built on (memohon:
 * mohon, of dimohon and permohonan, before pohon).
 */
function better(c: Judged, best: Judged): boolean {
  // mengawasi: awas (diawasi) before kawas (only kawasan): of two roots that differ in the sound a nasal swallowed, the one other prefixes build on
  if (c.prefixCount === best.prefixCount && swallowedSound(c.root, best.root) && c.derivations !== best.derivations) return c.derivations > best.derivations;
  // kenaikan is ke- + naik + -an, not kenai (of dikenai) + -kan: a bare reading yields to a prefix whose root is written on its own
  if ((c.prefixCount === 0) !== (best.prefixCount === 0) && c.written !== best.written) return c.written;
  if (c.prefixCount !== best.prefixCount) return c.prefixCount < best.prefixCount;
  // berencana, perencanaan: the r goes with the root the vocabulary writes on its own (rencana, not encana)
  if (c.written !== best.written && sharedROf(c, best)) return c.written;
  if (c.evidenced !== best.evidenced) return c.evidenced;
  // suffixes compete within one reading of the prefix: desakan is desa + -kan or desak + -an
  if (c.evidenced && c.unsuffixed === best.unsuffixed && c.suffixRank !== best.suffixRank) return c.suffixRank < best.suffixRank;
  if (c.root.length !== best.root.length) return c.root.length < best.root.length;
  return c.derivations > best.derivations;
}

/** se-, di-, ter- stand inside no prefix but the ones listed (bersedia is ber- + sedia, never ber- + se- + dia). */
function standsInside(family: string, outerFamily: string): boolean {
  const outer = affixes.innermost.get(family);
  return outerFamily === '' || !outer || outer.has(outerFamily);
}

/**
 * An Indonesian stemmer after the Nazief–Adriani rules, with the vocabulary as its dictionary.
 * Particles (-lah, -kah, -tah, -pun), possessives (-ku, -mu, -nya), the suffix a prefix goes with
 * (-i, -kan, -an) and up to two prefixes (di-, ke-, se-, be(r)-, te(r)-, me(N)-, pe(N)-, pe(r)-, the
 * nasal's swallowed sound given back) come off when the vocabulary attests the root left: of
 * those readings, the one with fewest prefixes and the shortest root, itself stemmed again
 * (memberikan → memberi → beri, not mem-ber-ikan). With no attested root, affixes come off by
 * the rules of their shape alone, so that the forms of one unknown root (penggeledahan,
 * menggeledah, digeledah) still meet; those rules leave se- words (sekitar), ke-/per- without
 * their suffix (keluarga, perkara) and impossible nasal forms (merdeka, media) whole. The
 * vocabulary holds written forms, not roots, so a known word alone does not stop the stripping
 * (dilansir → lansir); a word that prefixed forms in the vocabulary are built on does
 * (diterima, menerima: terima), and so does the list of roots that look prefixed (menteri,
 * kemudian, sekolah). se-, di- and ter- stand inside no other prefix (bersedia: sedia), ter-
 * only inside ke-...-an (keterlibatan: libat).
 */
export function createStemmer(known: ReadonlySet<string>): (word: string) => string {
  const attested = createAttestation(known);

  /** The attested root of a word read inside a prefix of `outer` ('' for none). */
  const attestedRoot = (word: string, depth: number, outer: string): string | null => {
    let best: Judged | undefined;
    // masalah is no masa + -lah, langkah no lang + -kah: permasalahan, bermasalah, melangkah are built on the whole word
    const builtOn = attested.derivations(word, '') > 0;
    const all = candidates(word, known);
    // memulai is me- + mulai, not mem- + pula + -i: a root written on its own with its -i, which no shorter root underlies, keeps it
    const keptWhole = all.some((d) => d.suffix === '' && d.prefixCount > 0 && known.has(d.root) && [...affixes.keptOnWrittenWords].some((s) => d.root.endsWith(s)) && depth < MAX_DEPTH && !attestedRoot(d.root, depth + 1, d.family));
    for (const c of all) {
      if (keptWhole && affixes.keptOnWrittenWords.has(c.suffix)) continue;
      if (!standsInside(c.family, outer) || (c.particleOff && builtOn)) continue;
      if (affixes.rootWhenDerived.has(c.family) && c.prefixCount === 1 && attested.derivations(c.family + c.unsuffixed, '') > 1) continue;
      // a root of one syllable (mengebom, dibom → bom) must be written on its own somewhere; after di- no particle follows it (dibantah is no di- + ban + -tah)
      if (vowels(c.root) < 2 ? !known.has(c.root) || (affixes.anySyllablesPrefixes.has(c.family) && !word.endsWith(c.unsuffixed)) : !attested(c.root, c.family)) continue;
      const evidenced = c.suffix !== '' && attested.evidenced(c.root, c.family, c.suffix);
      // mencapai, dicapai: a root in -a seen only with -i after it is a root in -ai (capai, sampai, urai), not capa + -i
      if (affixes.keptOnWrittenWords.has(c.suffix) && c.root.endsWith(affixes.aiRootEnding) && !evidenced) continue;
      // a root written on its own keeps its final -i (menilai: nilai, not nila; memulai: mulai, not mula)
      if (affixes.keptOnWrittenWords.has(c.suffix) && known.has(c.unsuffixed) && (depth >= MAX_DEPTH || !attestedRoot(c.unsuffixed, depth + 1, c.family))) continue;
      const judged = { ...c, evidenced, derivations: attested.derivations(c.root, c.family), written: known.has(c.root) };
      if (!best || better(judged, best)) best = judged;
    }
    if (!best) return null;
    if (depth >= MAX_DEPTH || best.root.length <= MIN_ROOT || affixes.rootsLookingPrefixed.has(best.root)) return best.root;
    const inner = attestedRoot(best.root, depth + 1, best.family);
    // pengungsian is pengungsi + -an: a suffix on a word leaves that word's root, found as for the word alone (pengungsi: ungsi)
    if (!inner && best.prefixCount === 0 && best.suffix !== '') return guessed(best.root, depth + 1);
    return inner ?? best.root;
  };

  /** With no attested root, affixes off by rule, unless prefixed forms in the vocabulary are built on the word itself. */
  const guessed = (word: string, depth: number): string => {
    // diterima, menerima: terima is a root, whatever ter- + ima might be
    const base = endingsOff(word);
    // masalah is no masa + -lah: a particle does not turn a word others build on into another written word
    if (base !== word && known.has(base) && !affixes.possessives.some((p) => word.endsWith(p)) && attested.derivations(word, '') > 0) return word;
    if (attested.derivations(base, '') > 0) return base;
    const { root, family } = guessedRoot(word);
    // a guess may still carry a prefix the vocabulary attests (diketahui → ketahu → tahu)
    return (depth < MAX_DEPTH && root.length > MIN_ROOT && root !== word && attestedRoot(root, depth + 1, family)) || root;
  };

  // the module's stemmer lives as long as the process: its memory is bounded, a long run meets words without end
  const rootOf = (word: string): string => {
    // sekolah is neither se- + kolah nor seko + -lah
    if (word.length <= MIN_ROOT || word.includes('-') || affixes.rootsLookingPrefixed.has(word)) return word;
    return attestedRoot(word, 0, '') ?? guessed(word, 0);
  };
  return remembered((raw: string) => {
    const word = raw.toLowerCase();
    const halves = word.split('-');
    if (halves.length !== 2 || !halves[0] || !halves[1]) return rootOf(word);
    if (halves[0] === halves[1]) return rootOf(halves[0]);
    // reduplication with an affix on one half (berkali-kali, tembak-menembak, anak-anaknya) is the root's; other compounds stay whole (e-ktp)
    const [first, second] = [rootOf(halves[0]), rootOf(halves[1])];
    return first === second ? first : word;
  }, STEMS_REMEMBERED);
}

/**
 * The root of a word with the common news vocabulary as its dictionary: outlets paraphrase with
 * other affixes of one root ("menetapkan", "penetapan", "ditetapkan"), so comparing roots finds
 * the shared wording.
 */
export const stem: (word: string) => string = createStemmer(commonWords);
