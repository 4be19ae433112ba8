import type { Outlet } from '../../shared/digest/schema';
import { creditTriggers, longestSpelling, lookupOutlet, phraseFinder, selfCreditRoleWords, selfCreditTriggers, weakTriggers, writtenSpellings } from '../outlets';
import type { Token } from '../types';

/** How far back a citing phrase ("seperti dikutip ... kepada Tempo") makes the mention another outlet's. */
const CITE_WINDOW = 8;
const TERMINAL = new Set(['.', '!', '?']);

const selfCreditAt = phraseFinder(selfCreditTriggers);
const strongCreditAt = phraseFinder(creditTriggers.filter((words) => !weakTriggers.has(words.join(' '))));

/** Whether a citing phrase ("dikutip dari", "melansir") comes shortly before token i in its sentence. */
function citedBefore(tokens: readonly Token[], lowered: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - CITE_WINDOW); k--) {
    if (TERMINAL.has(tokens[k]!.text)) return false;
    if (strongCreditAt(lowered, k)) return true;
  }
  return false;
}

/** A capitalised name, or a lower-case one exactly as the outlet writes itself ("kumparan", "detikcom"). */
const writtenAsName = (s: string) => /^\p{Lu}/u.test(s) || writtenSpellings.has(s);

/** The newsroom named at token j (longest spelling first), if it is an Indonesian outlet. */
function outletAt(tokens: readonly Token[], text: string, j: number): { name: string; domain: string; end: number } | null {
  let words = 0;
  while (words < longestSpelling && tokens[j + words] && tokens[j + words]!.kind !== 'punct') words++;
  for (let n = words; n >= 1; n--) {
    const s = text.slice(tokens[j]!.start, tokens[j + n - 1]!.end);
    const known = lookupOutlet(s);
    if (known && !known.agency && writtenAsName(s)) return { name: known.name, domain: known.domain, end: tokens[j + n - 1]!.end };
  }
  return null;
}

/**
 * The outlet that wrote the article when its reporters are named as the ones spoken to: "kata X
 * kepada kumparan", "saat dihubungi Tempo", "ujarnya kepada wartawan Kompas.com". Not when the
 * interview is cited from another outlet ("seperti dikutip dari ... kepada B"). The outlet named
 * most often wins; its first mention is the evidence.
 */
export function selfCreditedOutlet(tokens: readonly Token[], text: string): { outlet: Outlet } | null {
  const found = new Map<string, { outlet: Outlet; count: number }>();
  const lowered = tokens.map((t) => t.text.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const n = selfCreditAt(lowered, i);
    if (!n) continue;
    // the outlet may follow role words ("kepada wartawan Kompas.com") or be named with one ("Media Indonesia")
    let j = i + n;
    let hit = tokens[j] ? outletAt(tokens, text, j) : null;
    while (!hit && tokens[j] && selfCreditRoleWords.has(lowered[j]!)) hit = tokens[++j] ? outletAt(tokens, text, j) : null;
    if (!hit || citedBefore(tokens, lowered, i)) continue;
    const seen = found.get(hit.name);
    if (seen) seen.count++;
    else {
      const start = tokens[j]!.start;
      found.set(hit.name, { outlet: { name: hit.name, domain: hit.domain, evidence: { start, end: hit.end, text: text.slice(start, hit.end) } }, count: 1 });
    }
    i = j;
  }
  let best: { outlet: Outlet; count: number } | null = null;
  for (const f of found.values()) if (!best || f.count > best.count) best = f;
  return best ? { outlet: best.outlet } : null;
}
