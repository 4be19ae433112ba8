import claims from '../../../../data/lexicon/claims.json';
import type { ArticleSpan, Discrepancy } from '../../../shared/digest/schema';
import { spansInTokens } from '../../tokens';
import type { ArticleDoc, EntityMentionDraft, Sentence, StoryDoc } from '../../types';
import { lowerBound } from '../within';
import { bodyStart } from '../words';
import { discrepancy, tidySpans } from './shared';

const ageCues: ReadonlySet<string> = new Set(claims.ageCues);
/** How many words may stand between the cue and the years: "usia mereka masih 19 tahun". */
const WORDS_BEFORE_YEARS = 2;
const LETTERS = /^\p{L}+$/u;
const YEARS = /^\d{1,3}$/;
/** How far after a name its bracketed age may close: "Heru (56)". */
const BRACKET_REACH = 8;
/** Words that point back to more than one person: "mereka", "keduanya", "pasangan … itu". */
const plurals: ReadonlySet<string> = new Set(claims.agePlurals);
const partnerJoins: ReadonlySet<string> = new Set(claims.agePartnerJoins);

/** An age stated in a sentence: the tokens from its cue to "tahun", and the years. */
interface Stated {
  from: number;
  to: number;
  years: number;
}

/** "Heru (56)": an age in brackets right after a name, and where the bracket closes. */
function bracketedAge(doc: ArticleDoc, name: EntityMentionDraft): { years: number; end: number } | null {
  const { end } = name;
  const i = name.tokenEnd;
  // a token running on past the name's end ("Heru" of "Heru-Budi"): no bracket right after it
  if (doc.tokens[i - 1]!.end > end) return null;
  const [open, years, close] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2]];
  if (open?.text !== '(' || years?.kind !== 'number' || !YEARS.test(years.text) || close?.text !== ')') return null;
  if (years.start !== open.end || close.start !== years.end || close.end > end + BRACKET_REACH) return null;
  return { years: Number(years.text), end: close.end };
}

/** "berusia 20 tahun", "usia mereka masih 19 tahun", "umurnya 41 tahun", read from the sentence's tokens. */
function statedAges(doc: ArticleDoc, s: Sentence): Stated[] {
  const out: Stated[] = [];
  const { tokens } = doc;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (tokens[i]!.kind !== 'word' || !ageCues.has(tokens[i]!.text.toLowerCase())) continue;
    // the fewest words between cue and years that make an age
    for (let between = 0; between <= WORDS_BEFORE_YEARS && i + between + 2 < s.tokenEnd; between++) {
      if (between > 0 && !LETTERS.test(tokens[i + between]!.text)) break;
      const years = tokens[i + between + 1]!;
      const unit = tokens[i + between + 2]!;
      if (years.kind === 'number' && YEARS.test(years.text) && unit.text.toLowerCase() === 'tahun' && unit.start > years.end) {
        out.push({ from: i, to: i + between + 2, years: Number(years.text) });
        i += between + 2;
        break;
      }
    }
  }
  return out;
}

export interface Age {
  years: number;
  people: Set<string>;
  span: ArticleSpan;
  text: string;
}

const people = (doc: ArticleDoc) => doc.mentions.filter((m) => m.type === 'PER' && m.entityId);

/** An article's people, with their starts when they come in text order (so a search can skip to a place). */
interface People {
  all: EntityMentionDraft[];
  starts: number[] | null;
}

function peopleOf(doc: ArticleDoc): People {
  const all = people(doc);
  const ordered = all.every((p, i) => i === 0 || all[i - 1]!.start <= p.start);
  return { all, starts: ordered ? all.map((p) => p.start) : null };
}

/** A person and those written together with them ("Rian/Dimas", "Rian dan Dimas"). */
function withPartners(doc: ArticleDoc, m: EntityMentionDraft, people: People): Set<string> {
  const out = new Set([m.entityId!]);
  let here = m;
  // in text order the people after this one are a tail of the list; only the next few are read
  for (let k = people.starts ? lowerBound(people.starts, m.end) : 0; k < people.all.length; k++) {
    const o = people.all[k]!;
    if (o.start < m.end) continue;
    // the tokens between the two names (none when one token holds both, "Rian-Dimas")
    const between = doc.tokens.slice(here.tokenEnd, o.tokenStart);
    if (between.length !== 1 || !partnerJoins.has(between[0]!.text)) break;
    out.add(o.entityId!);
    here = o;
  }
  return out;
}

/**
 * Ages stated in an article and whom they are of: a name in the sentence before the age, else
 * for "mereka" / "pasangan itu" the first people the article names together (news names
 * its subject first), else nobody.
 */
export function agesOf(doc: ArticleDoc): Age[] {
  const out: Age[] = [];
  const folk = peopleOf(doc);
  const all = folk.all;
  const first = doc.sentences[0];
  // the dateline ("Kota, Outlet -- ") names no subject
  const bodyFrom = first ? bodyStart(doc, first) : 0;
  // a plural word points back to people named together; the first such group leads the article
  let lead = new Set<string>();
  for (const p of all) {
    if (p.start < bodyFrom) continue;
    const group = withPartners(doc, p, folk);
    if (group.size > 1) {
      lead = group;
      break;
    }
  }
  for (const s of doc.sentences) {
    for (const age of statedAges(doc, s)) {
      const at = doc.tokens[age.from]!.start;
      const end = doc.tokens[age.to]!.end;
      // the people named in the sentence before the age's cue
      const named = spansInTokens(all, s.tokenStart, age.from);
      const plural = () => doc.tokens.slice(s.tokenStart, age.to + 1).some((t) => t.kind === 'word' && plurals.has(t.text.toLowerCase()));
      const who = named.length ? withPartners(doc, named[named.length - 1]!, folk) : plural() ? lead : null;
      if (who?.size) out.push({ years: age.years, people: who, span: { articleId: doc.id, start: at, end }, text: doc.text.slice(at, end) });
    }
  }
  for (const p of all) {
    const b = bracketedAge(doc, p);
    if (b) out.push({ years: b.years, people: new Set([p.entityId!]), span: { articleId: doc.id, start: p.start, end: b.end }, text: doc.text.slice(p.start, b.end) });
  }
  return out;
}

/** Outlets giving one person different ages ("19 tahun" in one, "berusia 20 tahun" in another). */
export function ageDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const ages = story.articles.flatMap(agesOf);
  const out: Discrepancy[] = [];
  const used = new Set<Age>();
  for (const a of ages) {
    if (used.has(a)) continue;
    const group = ages.filter((b) => [...b.people].some((p) => a.people.has(p)));
    const differ = group.some((b) => b.years !== a.years && b.span.articleId !== a.span.articleId);
    if (!differ) continue;
    group.forEach((b) => used.add(b));
    const years = [...new Set(group.map((b) => b.years))].sort((x, y) => x - y);
    const values = years.map((y) => {
      const given = group.filter((b) => b.years === y);
      return { amount: y, unit: 'year', text: given[0]!.text, spans: tidySpans(given.map((b) => b.span), order) };
    });
    out.push(discrepancy('fact', { kind: 'number', params: { relation: 'same-fact', values } }, group.map((b) => b.span), order));
  }
  return out;
}
