import type { Entity, Quote } from '../../shared/digest/schema';
import { compareText } from '../../shared/lib/order';

/** One speaker of the story and what they are quoted as saying, per article. */
export interface Speaker {
  /** The entity id, else "said:" and the name as written (lower case). */
  key: string;
  name: string;
  quotes: Quote[];
  /** Article ids in the order their quotes first appear. */
  articleIds: string[];
}

/** The key a quote's speaker is grouped under, or null when the text does not say who spoke. */
export const speakerKey = (q: Quote) => (q.speaker ? (q.speaker.entityId ?? `said:${q.speaker.text.trim().toLowerCase()}`) : null);

/**
 * Speakers with their quotes, those quoted by most outlets first (then most quoted, then by
 * name); quotes with no speaker are left out: a list of who said what cannot place them.
 */
export function speakersOf(quotes: readonly Quote[], entities: readonly Entity[]): Speaker[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const byKey = new Map<string, Speaker>();
  for (const q of quotes) {
    const key = speakerKey(q);
    if (!key || !q.speaker) continue;
    const speaker = byKey.get(key) ?? { key, name: (q.speaker.entityId && names.get(q.speaker.entityId)) || q.speaker.text.trim(), quotes: [], articleIds: [] };
    speaker.quotes.push(q);
    if (!speaker.articleIds.includes(q.articleId)) speaker.articleIds.push(q.articleId);
    byKey.set(key, speaker);
  }
  return [...byKey.values()].sort((a, b) => b.articleIds.length - a.articleIds.length || b.quotes.length - a.quotes.length || compareText(a.name, b.name));
}
