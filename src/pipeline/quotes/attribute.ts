import type { Quote } from '../../shared/digest/schema';
import type { ArticleDoc, Sentence } from '../types';
import { lastStartingAtOrBeforeToken } from '../tokens';
import { speechWords } from './lexicon';
import { QUOTE_MARKS, quotedSpans, type QuotedSpan } from './marks';
import { lastSpeaker, speakerAfter, speakerBefore, type Context, type Speaker } from './speaker';

interface Attribution {
  speaker: Speaker | null;
  verb: string;
  /** Offsets of the attributing words, to widen the statement. */
  start: number;
  end: number;
}

const lowerAt = (doc: ArticleDoc, i: number) => doc.tokens[i]?.text.toLowerCase() ?? '';
// Quote marks are tokens of their own: the tokenizer never joins one to a word.
const isQuoteMark = (doc: ArticleDoc, i: number) => QUOTE_MARKS.has(doc.tokens[i]?.text ?? '');
/** Token `i` held within sentence `s`: its first token, or its end, when `i` lies outside. */
const within = (s: Sentence, i: number) => Math.min(s.tokenEnd, Math.max(s.tokenStart, i));
/** Whether any token of tokens [from, to) passes `test`. */
function someToken(from: number, to: number, test: (i: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(i)) return true;
  return false;
}
/** Marks that may stand between a closing quote mark and the end of its sentence. */
const CLOSING_PUNCTUATION: ReadonlySet<string> = new Set(['.', ',', '!', '?']);

/** Trims spaces and a closing sentence mark off a content span. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** "..., kata Budi." / "..., ujarnya." / "..." Budi menambahkan. — the words from token `from`, right after a closing mark. */
function attributionAfter(doc: ArticleDoc, s: Sentence, from: number, ctx: Context): Attribution | null {
  let k = within(s, from);
  while (k < s.tokenEnd && (lowerAt(doc, k) === ',' || isQuoteMark(doc, k))) k++;
  if (k >= s.tokenEnd) return null;
  const w = lowerAt(doc, k);
  const t = doc.tokens[k]!;
  if (speechWords.backReferences.has(w)) return { speaker: lastSpeaker(doc, k, ctx), verb: t.text, start: t.start, end: t.end };
  if (speechWords.afterVerbs.has(w) || speechWords.according.has(w)) {
    const speaker = speakerAfter(doc, k, s.tokenEnd, ctx);
    return speaker ? { speaker, verb: t.text, start: t.start, end: Math.max(t.end, speaker.end) } : null;
  }
  // a subject then a reporting verb after the quote: '"...," Budi menambahkan.'
  for (let j = k + 1; j < Math.min(s.tokenEnd, k + 5); j++) {
    if (!speechWords.reportingVerbs.has(lowerAt(doc, j))) continue;
    const speaker = speakerBefore(doc, j, k, ctx);
    if (speaker) return { speaker, verb: doc.tokens[j]!.text, start: t.start, end: doc.tokens[j]!.end };
  }
  return null;
}

/** 'Budi mengatakan, "..."' / 'Menurut Budi, "..."' / 'kata Budi: "..."' — the words before the opening mark at token `open`. */
function attributionBefore(doc: ArticleDoc, s: Sentence, open: number, ctx: Context): Attribution | null {
  const k = within(s, open);
  for (let j = k - 1; j >= s.tokenStart && j >= k - 4; j--) {
    const w = lowerAt(doc, j);
    const t = doc.tokens[j]!;
    if (speechWords.reportingVerbs.has(w)) {
      const speaker = speakerBefore(doc, j, s.tokenStart, ctx);
      if (speaker) return { speaker, verb: t.text, start: Math.min(speaker.start, t.start), end: t.end };
    }
  }
  for (let j = s.tokenStart; j < k; j++) {
    const w = lowerAt(doc, j);
    if (!speechWords.according.has(w) && !speechWords.afterVerbs.has(w)) continue;
    const t = doc.tokens[j]!;
    const speaker = w === 'menurutnya' ? lastSpeaker(doc, j, ctx) : speakerAfter(doc, j, k, ctx);
    if (speaker) return { speaker, verb: t.text, start: t.start, end: Math.max(t.end, speaker.end) };
  }
  return null;
}

/** '"..." Hal itu dikatakan Budi kepada wartawan.' — an attribution sentence right after the quote. */
function attributionNext(doc: ArticleDoc, next: Sentence | undefined, ctx: Context): Attribution | null {
  if (!next || someToken(next.tokenStart, next.tokenEnd, (i) => isQuoteMark(doc, i))) return null;
  for (let k = next.tokenStart; k < next.tokenEnd; k++) {
    const w = lowerAt(doc, k);
    const t = doc.tokens[k]!;
    if (speechWords.passiveVerbs.has(w) || speechWords.afterVerbs.has(w)) {
      const speaker = speakerAfter(doc, k, next.tokenEnd, ctx);
      if (speaker) return { speaker, verb: t.text, start: t.start, end: Math.max(t.end, speaker.end) };
    }
    if (speechWords.backReferences.has(w)) return { speaker: lastSpeaker(doc, k, ctx), verb: t.text, start: t.start, end: t.end };
    // "Budi menambahkan." names the quote's speaker; "Budi mengatakan bahwa …" opens a statement of its own
    if (speechWords.reportingVerbs.has(w) && saysNothingNew(doc, k + 1, next.tokenEnd)) {
      const speaker = speakerBefore(doc, k, next.tokenStart, ctx);
      if (speaker) return { speaker, verb: t.text, start: speaker.start, end: t.end };
    }
  }
  return null;
}

/** After a reporting verb at `from`: the sentence ends, or only the occasion follows ("kepada wartawan", "di Surabaya, Senin"). */
function saysNothingNew(doc: ArticleDoc, from: number, end: number): boolean {
  const w = lowerAt(doc, from);
  return from >= end || doc.tokens[from]!.kind === 'punct' || speechWords.speakerStops.has(w);
}

/** Reported speech without quote marks: "Budi mengatakan (bahwa) ...", "Menurut Budi, ...", "..., kata Budi." */
function reportedSpeech(doc: ArticleDoc, s: Sentence, ctx: Context, quoted: (token: number) => boolean): { attribution: Attribution; content: { start: number; end: number } } | null {
  const first = lowerAt(doc, s.tokenStart);
  if (speechWords.according.has(first)) {
    const t = doc.tokens[s.tokenStart]!;
    const speaker = first === 'menurutnya' ? lastSpeaker(doc, s.tokenStart, ctx) : speakerAfter(doc, s.tokenStart, s.tokenEnd, ctx);
    let comma = s.tokenStart + 1;
    while (comma < s.tokenEnd && lowerAt(doc, comma) !== ',') comma++;
    if (!speaker || comma >= s.tokenEnd - 1) return null;
    return { attribution: { speaker, verb: t.text, start: t.start, end: speaker.end }, content: trimmed(doc.text, doc.tokens[comma + 1]!.start, s.end) };
  }
  for (let k = s.tokenStart + 1; k < s.tokenEnd - 1; k++) {
    const w = lowerAt(doc, k);
    const t = doc.tokens[k]!;
    // a saying word inside a quoted term is the quoted words' own
    if (quoted(k)) continue;
    if (speechWords.reportingVerbs.has(w)) {
      const speaker = speakerBefore(doc, k, s.tokenStart, ctx);
      if (!speaker) continue;
      let c = k + 1;
      while (c < s.tokenEnd && (speechWords.complementizers.has(lowerAt(doc, c)) || /^[,:]$/.test(lowerAt(doc, c)))) c++;
      if (s.tokenEnd - c < 3) return null;
      // "Budi enggan menjelaskan siapa tersangkanya": what is reported is the refusal, not the words after it
      const refusal = refusalBefore(doc, k, speaker.tokenEnd);
      const from = refusal ? refusal.start : doc.tokens[c]!.start;
      return { attribution: { speaker, verb: t.text, start: Math.min(speaker.start, t.start), end: t.end }, content: trimmed(doc.text, from, s.end) };
    }
    const after = speechWords.afterVerbs.has(w) || speechWords.backReferences.has(w) || (speechWords.according.has(w) && k > s.tokenStart);
    if (after && lowerAt(doc, k - 1) === ',' && k - s.tokenStart >= 2) {
      const speaker = speechWords.backReferences.has(w) || w === 'menurutnya' ? lastSpeaker(doc, k, ctx) : speakerAfter(doc, k, s.tokenEnd, ctx);
      if (!speaker) continue;
      const attribution = { speaker, verb: t.text, start: t.start, end: Math.max(t.end, speaker.end) };
      // set off in mid-sentence ("Harga itu, kata Budi, naik lagi"): the words on both sides are what was said
      const content = resumesAfter(doc, s, Math.max(k + 1, speaker.tokenEnd)) ? trimmed(doc.text, s.start, s.end) : trimmed(doc.text, s.start, doc.tokens[k - 1]!.start);
      return { attribution, content };
    }
  }
  return null;
}

/** A refusal or negation between the speaker (its tokens ending before token `after`) and the verb at token `k`. */
function refusalBefore(doc: ArticleDoc, k: number, after: number) {
  for (let j = k - 1; j >= 0 && j >= after; j--) if (speechWords.refusals.has(lowerAt(doc, j))) return doc.tokens[j]!;
  return undefined;
}

/** A comma closes the attribution ending before token `end` and at least three more tokens follow: the sentence goes on. */
function resumesAfter(doc: ArticleDoc, s: Sentence, end: number): boolean {
  const k = within(s, end);
  return lowerAt(doc, k) === ',' && s.tokenEnd - k > 3;
}

function quoteOf(doc: ArticleDoc, statement: { start: number; end: number }, content: { start: number; end: number }, a: Attribution, direct: boolean): Quote {
  const speaker = a.speaker && { start: a.speaker.start, end: a.speaker.end, text: a.speaker.text, entityId: a.speaker.entityId };
  return { id: `q-${doc.id}-${statement.start}`, articleId: doc.id, statement, content, speaker, verb: a.verb, direct };
}

/**
 * Quotes and reported speech of one article with their speakers, in text order. A quote over
 * several sentences gives one entry per sentence, all attributed to the speaker named where the
 * quote ends (or in the sentence after it).
 */
export function attributeQuotes(doc: ArticleDoc): Quote[] {
  const ctx: Context = { last: null };
  const quotes: Quote[] = [];
  const marks = quotedSpans(doc.tokens, doc.lines);
  const sentenceOf = sentenceLookup(doc.sentences);
  // each sentence's quotes, gathered once: filtering all quotes per sentence would not scale
  const opening = new Map<number, QuotedSpan[]>();
  for (const q of marks) {
    const at = sentenceOf(q.openToken);
    (opening.get(at) ?? opening.set(at, []).get(at)!).push(q);
  }
  const done = new Set<number>();
  const remember = (a: Attribution) => {
    // a pronoun or "-nya" already points at the speaker named last; it names no one new
    if (a.speaker?.entityId && !speechWords.pronouns.has(a.speaker.text.toLowerCase()) && !speechWords.backReferences.has(a.verb.toLowerCase())) ctx.last = a.speaker;
  };
  // the attribution of each sentence that gives someone's words or names their speaker
  const saidIn = new Map<number, Attribution>();
  for (let si = 0; si < doc.sentences.length; si++) {
    if (done.has(si)) continue;
    const s = doc.sentences[si]!;
    const here = opening.get(si) ?? [];
    for (const q of here) {
      const last = Math.max(si, sentenceOf(q.closeToken));
      const around = attributionAfter(doc, doc.sentences[last]!, q.closeToken + 1, ctx) ?? attributionBefore(doc, s, q.openToken, ctx);
      const whole = !around && opensSentence(s, q) && attributionAfterIsEmpty(doc, doc.sentences[last]!, q);
      const next = whole ? attributionNext(doc, doc.sentences[last + 1], ctx) : null;
      const attribution = around ?? next ?? (whole ? continuedQuote(doc.sentences, si, last, saidIn, q) : null);
      if (!attribution) continue;
      // "Budi menambahkan kepada wartawan." only named the speaker: it says nothing of its own
      if (next && speechWords.reportingVerbs.has(next.verb.toLowerCase())) {
        done.add(last + 1);
        saidIn.set(last + 1, next);
      }
      for (let k = si; k <= last; k++) saidIn.set(k, attribution);
      for (let k = si; k <= last; k++) {
        const sent = doc.sentences[k]!;
        const content = trimmed(doc.text, Math.max(sent.start, q.open + 1), Math.min(sent.end, q.close));
        if (content.end <= content.start) continue;
        const inside = (x: number) => x >= sent.start && x <= sent.end;
        const start = Math.max(sent.start, Math.min(q.open, inside(attribution.start) ? attribution.start : q.open));
        const end = Math.min(sent.end, Math.max(q.close + 1, inside(attribution.end) ? attribution.end : q.close + 1));
        quotes.push(quoteOf(doc, { start, end }, content, attribution, true));
        done.add(k);
      }
      remember(attribution);
    }
    // a sentence inside a quotation running over sentences (a mark not closed within it) is the speaker's own words
    if (done.has(si) || unpairedMark(doc, s, here)) continue;
    const quoted = (k: number) => here.some((q) => q.openToken <= k && k <= q.closeToken);
    const reported = reportedSpeech(doc, s, ctx, quoted);
    if (!reported) continue;
    const { attribution, content } = reported;
    const statement = { start: Math.min(content.start, attribution.start), end: Math.max(content.end, attribution.end) };
    quotes.push(quoteOf(doc, statement, content, attribution, false));
    saidIn.set(si, attribution);
    remember(attribution);
  }
  return quotes;
}

/**
 * A paragraph that is a quote and nothing else, right after a paragraph whose last sentence gives
 * someone's words: the same speaker goes on (news writing attributes a run of quoted paragraphs
 * once). The quote runs over sentences [si, last]; null when it does not fill its paragraph.
 */
function continuedQuote(sentences: Sentence[], si: number, last: number, saidIn: ReadonlyMap<number, Attribution>, q: QuotedSpan): Attribution | null {
  const paragraph = sentences[si]!.paragraph;
  const before = sentences[si - 1];
  const after = sentences[last + 1];
  if (!before || before.paragraph === paragraph || (after && after.paragraph === sentences[last]!.paragraph)) return null;
  const said = saidIn.get(si - 1);
  return said ? { speaker: said.speaker, verb: said.verb, start: q.open, end: q.close + 1 } : null;
}

/**
 * The index of the sentence holding a token, else -1. Sentences come in text order without
 * overlap, so a binary search finds it; were they ever not, every sentence is tried.
 */
function sentenceLookup(sentences: Sentence[]): (token: number) => number {
  const ordered = sentences.every((s, i) => s.tokenStart <= s.tokenEnd && (i === 0 || sentences[i - 1]!.tokenEnd <= s.tokenStart));
  if (!ordered) return (k) => sentences.findIndex((s) => s.tokenStart <= k && k < s.tokenEnd);
  return (k) => {
    const at = lastStartingAtOrBeforeToken(sentences, k);
    return at >= 0 && k < sentences[at]!.tokenEnd ? at : -1;
  };
}

/** Nothing but the closing punctuation follows the quote in its sentence, so the attribution may come next. */
function attributionAfterIsEmpty(doc: ArticleDoc, s: Sentence, q: QuotedSpan): boolean {
  return !someToken(within(s, q.closeToken + 1), s.tokenEnd, (i) => !CLOSING_PUNCTUATION.has(doc.tokens[i]!.text));
}

/** The quote is the sentence: its opening mark is the sentence's first token, so a pointer in the next sentence may name its speaker. */
function opensSentence(s: Sentence, q: QuotedSpan): boolean {
  return within(s, q.openToken) === s.tokenStart;
}

/** A quote mark in the sentence that no pair closing inside the sentence accounts for. */
function unpairedMark(doc: ArticleDoc, s: Sentence, here: QuotedSpan[]): boolean {
  let marks = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (isQuoteMark(doc, i)) marks++;
  return marks > 2 * here.filter((q) => q.closeToken < s.tokenEnd).length;
}
