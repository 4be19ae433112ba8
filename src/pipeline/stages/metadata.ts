import type { Outlet, SourceCredit } from '../../shared/digest/schema';
import { creditRoleWords, creditTriggers, lookupOutlet, nameFromDomain, outletOfHost, phraseFinder, weakTriggers } from '../outlets';
import { datelineOutlet } from './dateline';
import { selfCreditedOutlet } from './self-credit';
import type { ArticleDoc, ArticleStage, Span, Token } from '../types';

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

/** Images hot-linked from an outlet's own hosts tell whose page it was. */
function fromImageHosts(doc: ArticleDoc): Found | null {
  URL.lastIndex = 0;
  for (let m = URL.exec(doc.text); m; m = URL.exec(doc.text)) {
    const host = m[1]!;
    const known = outletOfHost(host);
    if (!known) continue;
    const at = m.index + m[0].indexOf(host);
    return { outlet: { name: known.name, domain: known.domain, evidence: { start: at, end: at + host.length, text: host } } };
  }
  return null;
}

const isCap = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

const creditTriggerAt = phraseFinder(creditTriggers);

/** Who the article credits: "Melansir AP News", "Dikutip dari aljazeera.com", "menurut seorang reporter Reuters". */
export function findSourceCredits(tokens: Token[], text: string): SourceCredit[] {
  const credits: SourceCredit[] = [];
  const lowered = tokens.map((t) => t.text.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const n = creditTriggerAt(lowered, i);
    if (!n) continue;
    const trigger = lowered.slice(i, i + n).join(' ');
    let j = i + n;
    let roles = 0;
    while (tokens[j] && creditRoleWords.has(lowered[j]!)) {
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

/** The top of the body as the dateline finder reads it: body lines and the outlet label lines set aside as boilerplate. */
function headLines(doc: ArticleDoc): Span[] {
  const labels = doc.boilerplate.filter((b) => b.kind === 'label');
  if (labels.length === 0) return doc.lines;
  return [...labels.map(({ start, end }) => ({ start, end })), ...doc.lines].sort((a, b) => a.start - b.start);
}

const PROMO_NAME = /[\p{Lu}][\p{L}\p{N}]*(?:\.[a-z]{2,6})*(?:\s+[\p{Lu}][\p{L}\p{N}]*(?:\.[a-z]{2,6})*){0,2}/gu;

/**
 * "Follow Berita Okezone di Google News", "Simak berita lainnya di Contoh.com": a closing
 * promotion invites readers to the page's own outlet, so an outlet it names is the publisher when
 * nothing earlier said so.
 */
function fromOwnPromotion(doc: ArticleDoc): Found | null {
  for (const b of doc.boilerplate) {
    if (b.kind !== 'promo') continue;
    for (const m of b.text.matchAll(PROMO_NAME)) {
      const words = m[0].split(/\s+/);
      for (let from = 0; from < words.length; from++) {
        for (let n = words.length - from; n >= 1; n--) {
          const written = words.slice(from, from + n).join(' ');
          const known = lookupOutlet(written);
          if (!known || known.agency) continue;
          const start = b.start + m.index + m[0].indexOf(written);
          return { outlet: { name: known.name, domain: known.domain, evidence: { start, end: start + written.length, text: written } } };
        }
      }
    }
  }
  return null;
}

/**
 * Stage 4: the outlet and the sources the article credits. The outlet comes from the front
 * matter, else the dateline, else the newsroom the article says was spoken to ("kepada
 * kumparan"), else the hosts its images are served from; nothing said, nothing guessed.
 */
export const metadata: ArticleStage = {
  name: 'metadata',
  run(doc: ArticleDoc): ArticleDoc {
    const found = fromFrontMatter(doc) ?? datelineOutlet(doc.text, headLines(doc)) ?? selfCreditedOutlet(doc.tokens, doc.text) ?? fromImageHosts(doc) ?? fromOwnPromotion(doc);
    const own = found?.outlet.name;
    const sources = findSourceCredits(doc.tokens, doc.text).filter((c) => c.name !== own);
    return { ...doc, outlet: found?.outlet ?? null, sources };
  },
};
