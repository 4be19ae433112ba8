import eventWords from '../../../data/lexicon/event-words.json';
import type { ArticleDoc, Sentence } from '../types';
import { bodyStart } from './words';

const backReferences = eventWords.backReferences;
const backPronouns = new Set(eventWords.backPronouns);
const demonstratives = new Set(eventWords.demonstratives);
const newTopics = eventWords.newTopics;
const responseOpeners = new Set(eventWords.responseOpeners);
/** A demonstrative this early belongs to the sentence's subject or opening adverbial ("Uang itu …"). */
const DEMONSTRATIVE_REACH = 6;
/** A conjunction or particle that may stand before the pointing words. */
const LEAD = /^(?:namun|tetapi|tapi|dan|bahkan|lalu)\s*,?\s+/;

/**
 * Whether a sentence opens by pointing back at something already told: "Saat itu, …", "Dalam
 * kesempatan itu, …", "Hal tersebut …", a pronoun subject ("Ia", "Mereka", "Keduanya"), or a
 * subject or adverbial with "itu"/"tersebut" ("Uang itu …", "Di lokasi tersebut, …"). "Selain
 * itu", "Oleh karena itu" and the like turn to something new, "Atas putusan itu" and "Terkait
 * hal tersebut" open a response to it, and "ini" mostly means now.
 */
export function pointsBack(doc: ArticleDoc, s: Sentence): boolean {
  const text = doc.text.slice(bodyStart(doc, s), s.end).toLowerCase().replace(/^[^a-z]+/, '').replace(LEAD, '');
  const starts = (phrase: string) => text.startsWith(phrase) && !/[a-z]/.test(text.charAt(phrase.length));
  if (newTopics.some(starts)) return false;
  if (backReferences.some(starts)) return true;
  const firstClause = text.split(/[,;:"“”]/)[0] ?? '';
  const words = firstClause.split(/[^a-z-]+/).filter(Boolean);
  if (words[0] && backPronouns.has(words[0])) return true;
  // "Atas putusan tersebut, …", "Terkait hal itu, …": a response to what was told, a happening of its own
  if (words[0] && responseOpeners.has(words[0])) return false;
  return words.slice(1, DEMONSTRATIVE_REACH + 1).some((w) => demonstratives.has(w));
}
