import claims from '../../../../data/lexicon/claims.json';
import triggers from '../../../../data/lexicon/entity-triggers.json';
import type { ArticleSpan, Discrepancy } from '../../../shared/digest/schema';
import type { ArticleDoc, EntityMentionDraft, StoryDoc } from '../../types';
import { wholeTokensOf } from '../../tokens';
import { lowerBound } from '../within';
import { discrepancy, tidySpans } from './shared';

const titles = new Set(triggers.titles);
const status = claims.titleStatus as Record<string, string>;
/** How far before a name a title may begin ("mantan Kepala Dinas Pekerjaan Umum Kabupaten X, Y"). */
const REACH = 12;

export interface Title {
  text: string;
  /** The title word the phrase is built on ("pelatih", "kepala"). */
  head: string;
  /** What the status words make of it: former, acting, deputy, candidate (sorted, joined). */
  standing: string;
  span: ArticleSpan;
}

/** An article's people by start, with the furthest end reached so far, to find who covers a word. */
interface PersonIndex {
  mentions: EntityMentionDraft[];
  tokens: ArticleDoc['tokens'];
  people: EntityMentionDraft[];
  starts: number[];
  reach: number[];
}

const personIndexes = new WeakMap<ArticleDoc, PersonIndex>();

function personIndex(doc: ArticleDoc): PersonIndex {
  const known = personIndexes.get(doc);
  if (known && known.mentions === doc.mentions && known.tokens === doc.tokens) return known;
  const people = doc.mentions.filter((o) => o.type === 'PER').sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  people.forEach((o, i) => reach.push(Math.max(o.end, reach[i - 1] ?? -Infinity)));
  const index = { mentions: doc.mentions, tokens: doc.tokens, people, starts: people.map((o) => o.start), reach };
  personIndexes.set(doc, index);
  return index;
}

/** Whether a person other than `m` is named over the span: read back only while some earlier name still reaches it. */
function otherPersonCovers(index: PersonIndex, m: EntityMentionDraft, start: number, end: number): boolean {
  for (let k = lowerBound(index.starts, start + 1) - 1; k >= 0 && index.reach[k]! >= end; k--) {
    const o = index.people[k]!;
    if (o !== m && o.end >= end) return true;
  }
  return false;
}

/**
 * The title written before a person's name: from the first title word within reach, not past
 * another name of a person nor a stop other than the comma of an apposition ("pelatih timnas
 * Thailand, Kiatisuk").
 */
export function titleBefore(doc: ArticleDoc, m: EntityMentionDraft): Title | null {
  const index = personIndex(doc);
  // the title is read back from the name's first whole word (after "Kim-Putin" for the "Putin" in it)
  const end = wholeTokensOf(doc.tokens, m).from;
  if (end <= 0 || end >= doc.tokens.length) return null;
  let i = end - 1;
  if (doc.tokens[i]!.text === ',') i--;
  let first = -1;
  for (let n = 0; i >= 0 && n < REACH; i--, n++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word') break;
    if (otherPersonCovers(index, m, t.start, t.end)) break;
    if (titles.has(t.text.toLowerCase())) first = i;
  }
  if (first < 0) return null;
  // a status word stands right before the title it changes, however long the title is
  while (first > 0 && doc.tokens[first - 1]!.text.toLowerCase() in status) first--;
  const words = doc.tokens.slice(first, end).filter((t) => t.kind === 'word');
  const lower = words.map((t) => t.text.toLowerCase());
  const head = lower.find((w) => titles.has(w) && !(w in status));
  if (!head) return null;
  const standing = [...new Set(lower.slice(0, lower.indexOf(head)).flatMap((w) => (status[w] ? [status[w]!] : [])))].sort().join('+');
  const last = words[words.length - 1]!;
  return { text: doc.text.slice(words[0]!.start, last.end), head, standing, span: { articleId: doc.id, start: words[0]!.start, end: last.end } };
}

/**
 * One person given the same title with a different standing by different outlets: "pelatih"
 * and "mantan pelatih", "Kepala Dinas" and "Plt Kepala Dinas". Different titles may be two
 * roles of one person and are left alone; one article writing both is telling a change.
 */
export function roleDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const byKey = new Map<string, { entityId: string; titles: Title[] }>();
  for (const doc of story.articles) {
    for (const m of doc.mentions) {
      if (m.type !== 'PER' || !m.entityId) continue;
      const t = titleBefore(doc, m);
      if (!t) continue;
      const key = `${m.entityId}\u0000${t.head}`;
      (byKey.get(key) ?? byKey.set(key, { entityId: m.entityId, titles: [] }).get(key)!).titles.push(t);
    }
  }
  const out: Discrepancy[] = [];
  for (const [, { entityId, titles: all }] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const standings = [...new Set(all.map((t) => t.standing))].sort();
    if (standings.length < 2) continue;
    const articlesOf = (s: string) => new Set(all.filter((t) => t.standing === s).map((t) => t.span.articleId));
    const across = standings.some((s) => standings.some((o) => o !== s && [...articlesOf(o)].some((a) => !articlesOf(s).has(a))));
    if (!across) continue;
    const variants = standings.map((s) => {
      const given = all.filter((t) => t.standing === s);
      return { text: given[0]!.text, spans: tidySpans(given.map((t) => t.span), order) };
    });
    out.push(discrepancy('fact', { kind: 'role-or-title', params: { entityId, variants } }, all.map((t) => t.span), order));
  }
  return out;
}
