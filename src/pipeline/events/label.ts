import type { Precision } from '../../shared/digest/schema';
import { withoutDiacritics } from '../language/id';
import type { ArticleDoc } from '../types';
import type { Claim } from './claims';
import { partsOf, type Parts } from './parts';
import { idOf as speakerIdOf } from './speakers';
import { datelineLength } from './words';

/** How exact a normalised value is: 2019-04-25 day, 2019-04 month, 2019-SU season, 201 decade. */
export function precisionOf(value: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  return 'vague';
}

const MAX_LABEL = 90;

/** A quotation with its attribution after it: '"Kami minta warga waspada," ujarnya.' (the quote's words, then the rest). */
const QUOTED_THEN_ATTRIBUTED = /^["“]([^"“”]+?)[,.!?]?["”]\s*,?\s*(\S.*)?$/s;

/** The name the article gives a speaker, the longest of its mentions: "Soetrisno Adi" before "Soetrisno". */
function nameOf(doc: ArticleDoc, speaker: string): string | undefined {
  let name: string | undefined;
  for (const m of doc.mentions) if (speakerIdOf(m) === speaker && m.text.length > (name?.length ?? 0)) name = m.text;
  return name;
}

function cut(text: string, room: number): string {
  if (text.length <= room) return text;
  const head = text.slice(0, room);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), 40)).replace(/[,;:]$/, '')}…`;
}

/**
 * The sentence's own words, shortened at a word: for a sentence whose parts cannot be read. A
 * quotation is given as its speaker's words ('Hartono: “Kami minta warga waspada”'), without the
 * attribution after it.
 */
function shortened(articles: ArticleDoc[], pick: Claim): string {
  const doc = articles[pick.article]!;
  const sentence = doc.text.slice(pick.start, pick.end);
  // "tirto.id - ", "Vladivostok, Gatra.com - ": the dateline is not part of what happened
  const text = sentence.slice(datelineLength(sentence)).replace(/\s+/g, ' ').trim();
  const quoted = QUOTED_THEN_ATTRIBUTED.exec(text);
  if (quoted) {
    const speaker = pick.speaker === undefined ? undefined : nameOf(doc, pick.speaker);
    const words = cut(quoted[1]!.trim(), speaker ? MAX_LABEL - speaker.length - 4 : MAX_LABEL);
    return speaker ? `${speaker}: “${words}”` : words;
  }
  return cut(text.replace(/^["“'‘]+/, '').replace(/[.]$/, ''), MAX_LABEL);
}

/**
 * The event's label, made of its parts (who, what, whom or where: "Putin tiba di Vladivostok")
 * as the sentence that dates it best tells them: a written date before an inherited one, a
 * statement's attribution before its quotation, the earliest article first.
 */
export function labelOf(cluster: Claim[], articles: ArticleDoc[]): string {
  const partsAt = (c: Claim) => partsOf(articles[c.article]!, articles[c.article]!.sentences[c.sentence]!);
  const text = (parts: Parts) => {
    const label = [parts.subject, parts.predicate, parts.rest].filter(Boolean).join(' ').replace(/\s+/g, ' ');
    return label.charAt(0).toUpperCase() + label.slice(1);
  };
  // a statement is labelled by its saying: "Siti Nadia mengatakan vaksinasi ulang dimulai"
  const statement = cluster.filter((c) => c.unit !== undefined).sort((a, b) => a.article - b.article || a.start - b.start);
  for (const c of statement) {
    const parts = partsAt(c);
    if (parts?.subject && parts.saying && !parts.pointing) return text(parts);
  }
  const ranked = [...cluster].sort((a, b) => Number(a.inherited) - Number(b.inherited) || Number(a.reported) - Number(b.reported) || a.article - b.article || a.start - b.start);
  // a subject that names what it is about before one that points back at it ("aturan tersebut")
  const readable = ranked.slice(0, 3).flatMap((c) => {
    const parts = partsAt(c);
    return parts?.subject ? [parts] : [];
  });
  const best = readable.find((p) => !p.pointing) ?? readable[0];
  if (best) return text(best);
  return shortened(articles, ranked[0]!);
}

/** A readable id that does not move when other events appear: date and the label's first roots. */
export function idOf(date: string, label: string, taken: Set<string>): string {
  const slug = withoutDiacritics(label)
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2)
    .slice(0, 4)
    .join('-');
  const base = `ev-${date}-${slug || 'event'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
