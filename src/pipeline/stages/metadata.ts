import type { Outlet, SourceCredit } from '../../shared/digest/schema';
import { creditRoleWords, creditTriggers, lookupOutlet, nameFromDomain, outletOfHost, weakTriggers } from '../outlets';
import type { ArticleDoc, ArticleStage, Token } from '../types';

const PLACE = String.raw`\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}`;
const DOMAIN = String.raw`[\p{L}\p{N}-]+(?:\.[a-zA-Z]{2,6})+`;
const DASH = String.raw`\s*[-–—]{1,2}\s+`;
// "tirto.id - ", "Vladivostok, Gatra.com - ", "JAKARTA, KOMPAS.com - "
const DOMAIN_DATELINE = new RegExp(String.raw`^(?:${PLACE},\s*)?(${DOMAIN})${DASH}`, 'u');
// "Jakarta, CNN Indonesia -- ", "Jakarta (ANTARA) - ", "(ANTARA News) - "
const NAMED_DATELINE = new RegExp(String.raw`^(?:${PLACE}\s*,?\s*)?\(?([\p{Lu}][\p{L}\p{N}]*(?:\s[\p{Lu}][\p{L}\p{N}]*){0,2})\)?(?:${DASH}|\s*$)`, 'u');
const URL = /(?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})(?=[/:?#)\s]|$)/gi;

interface Found {
  outlet: Outlet;
}

function fromFrontMatter(doc: ArticleDoc): Found | null {
  const { outlet, url } = doc.frontMatter;
  const host = url ? /^(?:https?:)?\/\/([^/]+)/i.exec(url)?.[1]?.toLowerCase().replace(/^www\./, '') : undefined;
  if (!outlet && !host) return null;
  const known = (outlet && lookupOutlet(outlet)) || (host && outletOfHost(host)) || undefined;
  const looksDomain = outlet && /\.[a-z]{2,6}$/i.test(outlet);
  const name = outlet && !looksDomain ? outlet : (known?.name ?? nameFromDomain(outlet ?? host!));
  return { outlet: { name, domain: known?.domain ?? host ?? (looksDomain ? outlet!.toLowerCase() : null), evidence: null } };
}

function fromDateline(doc: ArticleDoc): Found | null {
  const first = doc.lines[0];
  if (!first) return null;
  const head = doc.text.slice(first.start, Math.min(first.end, first.start + 120));
  const byDomain = DOMAIN_DATELINE.exec(head);
  if (byDomain) {
    const raw = byDomain[1]!;
    const at = first.start + byDomain[0].indexOf(raw);
    const known = lookupOutlet(raw) ?? outletOfHost(raw);
    return {
      outlet: {
        name: known?.name ?? nameFromDomain(raw),
        domain: known?.domain ?? raw.toLowerCase(),
        evidence: { start: at, end: at + raw.length, text: raw },
      },
    };
  }
  const named = NAMED_DATELINE.exec(head);
  const known = named ? lookupOutlet(named[1]!) : undefined;
  if (named && known) {
    const at = first.start + named[0].indexOf(named[1]!);
    return { outlet: { ...known, evidence: { start: at, end: at + named[1]!.length, text: named[1]! } } };
  }
  return null;
}

/** Images hot-linked from an outlet's own hosts tell whose page it was. */
function fromImageHosts(doc: ArticleDoc): Found | null {
  URL.lastIndex = 0;
  for (let m = URL.exec(doc.text); m; m = URL.exec(doc.text)) {
    const host = m[1]!;
    const known = outletOfHost(host);
    if (!known) continue;
    const at = m.index + m[0].indexOf(host);
    return { outlet: { ...known, evidence: { start: at, end: at + host.length, text: host } } };
  }
  return null;
}

const isCap = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

function matchTrigger(tokens: Token[], i: number): number {
  for (const words of creditTriggers) {
    if (words.every((w, k) => tokens[i + k]?.text.toLowerCase() === w)) return words.length;
  }
  return 0;
}

/** Who the article credits: "Melansir AP News", "Dikutip dari aljazeera.com", "menurut seorang reporter Reuters". */
export function findSourceCredits(tokens: Token[], text: string): SourceCredit[] {
  const credits: SourceCredit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = matchTrigger(tokens, i);
    if (!n) continue;
    const trigger = tokens.slice(i, i + n).map((t) => t.text.toLowerCase()).join(' ');
    let j = i + n;
    let roles = 0;
    while (tokens[j] && creditRoleWords.has(tokens[j]!.text.toLowerCase())) {
      j++;
      roles++;
    }
    const startTok = tokens[j];
    if (!startTok) continue;
    let end = j;
    if (startTok.kind === 'word' && /\.[a-z]{2,6}$/i.test(startTok.text)) end = j + 1;
    else while (isCap(tokens[end]) && end - j < 4 && (end === j || tokens[end - 1]!.end + 1 >= tokens[end]!.start)) end++;
    if (end === j) continue;
    // take the longest prefix of the capitalised run that names a known source
    let name: string | undefined;
    let from = j;
    let stop = end;
    search: for (; from < end; from++) {
      for (stop = end; stop > from; stop--) {
        const known = lookupOutlet(text.slice(tokens[from]!.start, tokens[stop - 1]!.end));
        if (known) {
          name = known.name;
          break search;
        }
      }
    }
    if (!name) {
      if (weakTriggers.has(trigger) && roles === 0) continue;
      from = j;
      stop = end;
      name = text.slice(startTok.start, tokens[end - 1]!.end);
    }
    const s = tokens[from]!.start;
    const e = tokens[stop - 1]!.end;
    credits.push({ start: s, end: e, name, text: text.slice(s, e) });
    i = stop - 1;
  }
  return credits;
}

/** Stage 4: the outlet (front matter, dateline, image hosts) and the sources the article credits. */
export const metadata: ArticleStage = {
  name: 'metadata',
  run(doc: ArticleDoc): ArticleDoc {
    const found = fromFrontMatter(doc) ?? fromDateline(doc) ?? fromImageHosts(doc);
    const own = found?.outlet.name;
    const sources = findSourceCredits(doc.tokens, doc.text).filter((c) => c.name !== own);
    return { ...doc, outlet: found?.outlet ?? null, sources };
  },
};
