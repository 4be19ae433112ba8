import type { SharedPassage } from '../../shared/digest/schema';
import type { StoryDoc, StoryStage } from '../types';
import { sentenceFeatures, type SentenceFeatures } from './features';
import { matchSentences, overlapScorer, type Match, type MatchOptions } from './match';

export const matchOptions: MatchOptions = {
  minScore: 0.16,
  minSaidShare: 0.3,
  minSaidShared: 2,
  minUnanchoredShared: 3,
  minCloseScore: 0.35,
  postingBudget: 600,
  candidatesScored: 24,
  partnersPerArticle: 3,
  partners: 12,
};

/**
 * Passages from matches, strongest first: a sentence joins a passage only when it matches every
 * sentence of the passage in other articles, so that A~B and B~C never make A~C when A and C say
 * different things; otherwise the match stands as a passage of its own (a sentence may be in
 * several passages).
 */
function cohesiveGroups(sentences: readonly SentenceFeatures[], matches: Match[]): number[][] {
  const n = sentences.length;
  const linked = new Set(matches.map((m) => m.a * n + m.b));
  const isLinked = (x: number, y: number) => linked.has(x < y ? x * n + y : y * n + x);
  const groups: number[][] = [];
  const groupsOf = new Map<number, number[][]>();
  const join = (g: number[], i: number) => {
    g.push(i);
    (groupsOf.get(i) ?? groupsOf.set(i, []).get(i)!).push(g);
  };
  const fits = (g: number[], i: number) => {
    const others = g.filter((k) => sentences[k]!.article !== sentences[i]!.article);
    return others.length > 0 && others.every((k) => isLinked(k, i));
  };
  for (const m of [...matches].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)) {
    if ((groupsOf.get(m.a) ?? []).some((g) => g.includes(m.b))) continue;
    const host = (groupsOf.get(m.a) ?? []).find((g) => fits(g, m.b)) ?? (groupsOf.get(m.b) ?? []).find((g) => fits(g, m.a));
    if (host) join(host, host.includes(m.a) ? m.b : m.a);
    else {
      const g: number[] = [];
      groups.push(g);
      join(g, m.a);
      join(g, m.b);
    }
  }
  return groups;
}

function toPassage(story: StoryDoc, sentences: readonly SentenceFeatures[], members: number[]): SharedPassage {
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
    const overlap = overlapScorer(sentences);
    const matches = matchSentences(sentences, matchOptions, overlap);
    const groups = cohesiveGroups(sentences, matches);
    const passages = groups.map((g) => toPassage(story, sentences, g));
    passages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { ...story, sharedPassages: passages };
  },
};
