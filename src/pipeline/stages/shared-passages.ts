import stopwordsJson from '../../../data/lexicon/stopwords.json';
import type { SharedPassage } from '../../shared/digest/schema';
import type { ArticleDoc, StoryDoc, StoryStage } from '../types';

const stopwords = new Set(stopwordsJson.words);
/** Share of the shorter sentence's content words that the other must repeat. */
const MIN_OVERLAP = 0.5;
const MIN_SHARED_WORDS = 5;

interface SentenceRef {
  article: number;
  sentence: number;
  words: Set<string>;
}

function contentWords(doc: ArticleDoc, s: number): Set<string> {
  const { tokenStart, tokenEnd } = doc.sentences[s]!;
  const words = new Set<string>();
  for (let i = tokenStart; i < tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.kind === 'punct') continue;
    const w = t.text.toLowerCase().replace(/-?nya$/, '');
    if (w.length >= 3 && !stopwords.has(w)) words.add(w);
  }
  return words;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

/**
 * Story stage: sentences in different outlets that report the same statement or quote, found by
 * how many content words they share, grouped transitively.
 */
export const findSharedPassages: StoryStage = {
  name: 'shared-passages',
  run(story: StoryDoc): StoryDoc {
    const refs: SentenceRef[] = [];
    story.articles.forEach((doc, a) => doc.sentences.forEach((_, s) => refs.push({ article: a, sentence: s, words: contentWords(doc, s) })));
    const index = new Map<string, number[]>();
    refs.forEach((r, i) => r.words.forEach((w) => (index.get(w) ?? index.set(w, []).get(w)!).push(i)));
    const parent = refs.map((_, i) => i);
    refs.forEach((r, i) => {
      const shared = new Map<number, number>();
      for (const w of r.words) {
        const posting = index.get(w)!;
        if (posting.length > 200) continue; // too common to tell passages apart
        for (const j of posting) if (j > i && refs[j]!.article !== r.article) shared.set(j, (shared.get(j) ?? 0) + 1);
      }
      for (const [j, n] of shared) {
        const smaller = Math.min(r.words.size, refs[j]!.words.size);
        if (n >= MIN_SHARED_WORDS && n / smaller >= MIN_OVERLAP) parent[find(parent, i)] = find(parent, j);
      }
    });
    const groups = new Map<number, number[]>();
    refs.forEach((_, i) => {
      const root = find(parent, i);
      (groups.get(root) ?? groups.set(root, []).get(root)!).push(i);
    });
    const passages: SharedPassage[] = [];
    for (const members of groups.values()) {
      const articles = new Set(members.map((i) => refs[i]!.article));
      if (articles.size < 2) continue;
      const mentions = members.map((i) => {
        const doc = story.articles[refs[i]!.article]!;
        const s = doc.sentences[refs[i]!.sentence]!;
        return { articleId: doc.id, start: s.start, end: s.end };
      });
      passages.push({ id: `passage-${mentions[0]!.articleId}-${mentions[0]!.start}`, mentions });
    }
    return { ...story, sharedPassages: passages };
  },
};
