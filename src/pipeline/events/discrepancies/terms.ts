import type { ArticleSpan, Discrepancy } from '../../../shared/digest/schema';
import type { ArticleDoc, Sentence, StoryDoc } from '../../types';
import { discrepancy, tidySpans } from './shared';

/**
 * Acronym-like terms that are not names: "e-KTP", "BPJS", "APBD" (two or more capitals, an
 * optional lower-case prefix), read inside one word token: a hyphenated word holds several
 * ("PDI-P" holds "PDI"), and a term never runs past its token.
 */
const TERM = /(?<![\p{L}\d-])(?:\p{Ll}{1,2}-)?\p{Lu}{2,}[\p{Lu}\d]*(?![\p{L}\d])/gu;
/** What may not touch a term from before ("2KTP", "x-KTP") or after ("KTPku"). */
const JOINS_BEFORE = /[\p{L}\d-]$/u;
const JOINS_AFTER = /^[\p{L}\d]/u;

/** The terms of a sentence, from its word tokens, as [term, start, end]. */
function sentenceTerms(doc: ArticleDoc, s: Sentence): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word') continue;
    for (const m of t.text.matchAll(TERM)) {
      const start = t.start + m.index;
      const end = start + m[0].length;
      // a token glued to the one before or after it ("USD" of "USD10") joins it inside the sentence
      if (start === t.start && start > s.start && JOINS_BEFORE.test(doc.text.slice(Math.max(s.start, start - 2), start))) continue;
      if (end === t.end && end < s.end && JOINS_AFTER.test(doc.text.slice(end, Math.min(s.end, end + 2)))) continue;
      out.push([m[0], start, end]);
    }
  }
  return out;
}

/** Whether b is a with two neighbouring letters swapped ("KTP" / "KPT"). */
export function swapsNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/**
 * The story's forms that may be `slip` with two neighbouring letters swapped, in sorted order:
 * each swap of the slip looked up, rather than every form of the story read for every slip (a
 * form with letters outside the basic plane is compared with every form, as written).
 */
function swappedForms(slip: string, forms: Map<string, unknown>, names: string[]): string[] {
  if (/[\uD800-\uDFFF]/.test(slip)) return names;
  const out = new Set<string>();
  for (let i = 0; i + 1 < slip.length; i++) {
    const swapped = slip.slice(0, i) + slip[i + 1] + slip[i] + slip.slice(i + 2);
    if (forms.has(swapped)) out.add(swapped);
  }
  return [...out].sort();
}

/**
 * A term one outlet writes with two letters swapped, once, where the story writes it the usual
 * way several times ("e-KPT" against "e-KTP"): a typing slip, not another body. Short forms of
 * distinct bodies can share letters (KPK, PKK), so one lone slip against a repeated form, in
 * another article, is required.
 */
export function termSpellingDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const forms = new Map<string, ArticleSpan[]>();
  for (const doc of story.articles) {
    for (const s of doc.sentences) {
      for (const [term, start, end] of sentenceTerms(doc, s)) {
        const span = { articleId: doc.id, start, end };
        (forms.get(term) ?? forms.set(term, []).get(term)!).push(span);
      }
    }
  }
  const out: Discrepancy[] = [];
  const names = [...forms.keys()].sort();
  for (const slip of names) {
    const slipSpans = forms.get(slip)!;
    if (slipSpans.length !== 1 || slip.replace(/^\p{Ll}+-/u, '').length < 3) continue;
    for (const usual of swappedForms(slip, forms, names)) {
      const usualSpans = forms.get(usual)!;
      if (usualSpans.length < 2 || !swapsNeighbours(slip, usual)) continue;
      if (!usualSpans.some((s) => s.articleId !== slipSpans[0]!.articleId)) continue;
      const variants = [
        { text: usual, spans: tidySpans(usualSpans, order) },
        { text: slip, spans: slipSpans },
      ];
      out.push(discrepancy('spelling', { kind: 'name-spelling', params: { entityId: null, variants } }, [...usualSpans, ...slipSpans], order));
    }
  }
  return out;
}
