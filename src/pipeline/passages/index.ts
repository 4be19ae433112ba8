import type { SharedPassage } from '../../shared/digest/schema';
import type { StoryDoc, StoryStage } from '../types';
import { sentenceFeatures, type SentenceFeatures } from './features';
import { matchSentences, type Match, type MatchOptions } from './match';

export const matchOptions: MatchOptions = {
  minScore: Number(process.env.P_MIN ?? 0.21),
  minSaidShare: Number(process.env.P_SAID ?? 0.3),
  postingBudget: 600,
  candidatesScored: 24,
  partnersPerArticle: Number(process.env.P_PA ?? 3),
  partners: 12,
};

/** Sentences joined by matches, one passage per connected group. */
function groupMatches(count: number, matches: Match[]): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const m of matches) parent[find(m.a)] = find(m.b);
  const groups = new Map<number, number[]>();
  for (const m of matches) for (const i of [m.a, m.b]) {
    const root = find(i);
    const g = groups.get(root) ?? groups.set(root, []).get(root)!;
    if (!g.includes(i)) g.push(i);
  }
  return [...groups.values()];
}

function toPassage(story: StoryDoc, sentences: SentenceFeatures[], members: number[]): SharedPassage {
  const mentions = [...members].sort((a, b) => a - b).map((i) => {
    const doc = story.articles[sentences[i]!.article]!;
    const s = doc.sentences[sentences[i]!.sentence]!;
    return { articleId: doc.id, start: s.start, end: s.end };
  });
  return { id: `passage-${mentions[0]!.articleId}-${mentions[0]!.start}`, mentions };
}

/**
 * Story stage: sentences in different articles that report the same statement or fact, in other
 * words, another translation of one wire, or a quote retold.
 */
export const findSharedPassages: StoryStage = {
  name: 'shared-passages',
  run(story: StoryDoc): StoryDoc {
    const sentences = sentenceFeatures(story);
    const matches = matchSentences(sentences, matchOptions);
    const groups = process.env.P_PAIRS ? matches.map((m) => [m.a, m.b]) : groupMatches(sentences.length, matches);
    const passages = groups.map((g) => toPassage(story, sentences, g));
    passages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { ...story, sharedPassages: passages };
  },
};
