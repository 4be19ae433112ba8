import stopwordsJson from '../../../data/lexicon/stopwords.json';
import type { SharedPassage } from '../../shared/digest/schema';
import type { ArticleDoc, StoryDoc, StoryStage } from '../types';

const stopwords = new Set(stopwordsJson.words);
/** TF-IDF cosine above which two sentences in different outlets report the same thing. */
const MIN_SIMILARITY = 0.25;

interface SentenceRef {
  article: number;
  sentence: number;
  words: Set<string>;
  norm: number;
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

/**
 * Words in more sentences than this only add to a score, never propose a candidate pair: they
 * cannot tell passages apart, and walking their long lists made the stage quadratic.
 */
const candidateListCap = (sentences: number) => Math.max(200, Math.ceil(sentences * 0.05));

/** For each sentence, its most similar sentence in every other article (above the floor). */
function bestPartners(refs: SentenceRef[], idf: Map<string, number>): Map<number, Map<number, { j: number; score: number }>> {
  const index = new Map<string, number[]>();
  refs.forEach((r, i) => r.words.forEach((w) => (index.get(w) ?? index.set(w, []).get(w)!).push(i)));
  const cap = candidateListCap(refs.length);
  const best = new Map<number, Map<number, { j: number; score: number }>>();
  refs.forEach((r, i) => {
    const candidates = new Set<number>();
    for (const w of r.words) {
      const posting = index.get(w)!;
      if (posting.length > cap) continue;
      for (const j of posting) if (refs[j]!.article !== r.article) candidates.add(j);
    }
    const mine = new Map<number, { j: number; score: number }>();
    for (const j of [...candidates].sort((a, b) => a - b)) {
      const other = refs[j]!;
      let dot = 0;
      for (const w of other.words) if (r.words.has(w)) dot += idf.get(w)! ** 2;
      const score = dot / (r.norm * other.norm || 1);
      if (score >= MIN_SIMILARITY && score > (mine.get(other.article)?.score ?? 0)) mine.set(other.article, { j, score });
    }
    best.set(i, mine);
  });
  return best;
}

/**
 * Story stage: sentences in different outlets that report the same statement or quote. Two
 * sentences are paired when each is the other's closest match (TF-IDF cosine over content
 * words) in its article; pairs sharing a sentence form one passage, one sentence per outlet.
 */
export const findSharedPassages: StoryStage = {
  name: 'shared-passages',
  run(story: StoryDoc): StoryDoc {
    const refs: SentenceRef[] = [];
    story.articles.forEach((doc, a) => doc.sentences.forEach((_, s) => refs.push({ article: a, sentence: s, words: contentWords(doc, s), norm: 0 })));
    const df = new Map<string, number>();
    refs.forEach((r) => r.words.forEach((w) => df.set(w, (df.get(w) ?? 0) + 1)));
    const idf = new Map([...df].map(([w, n]) => [w, Math.log((refs.length + 1) / n)]));
    refs.forEach((r) => (r.norm = Math.sqrt([...r.words].reduce((sum, w) => sum + idf.get(w)! ** 2, 0))));
    const best = bestPartners(refs, idf);
    const groupOf = new Map<number, number[]>();
    refs.forEach((r, i) => {
      for (const { j } of best.get(i)!.values()) {
        if (j < i || best.get(j)!.get(r.article)?.j !== i) continue;
        const gi = groupOf.get(i), gj = groupOf.get(j);
        if (gi && gj) continue;
        const group = gi ?? gj ?? [];
        const incoming = gi ? j : gj ? i : -1;
        if (incoming >= 0 && group.some((k) => refs[k]!.article === refs[incoming]!.article)) continue;
        if (!gi) {
          group.push(i);
          groupOf.set(i, group);
        }
        if (!gj) {
          group.push(j);
          groupOf.set(j, group);
        }
      }
    });
    const groups = [...new Set(groupOf.values())];
    const passages: SharedPassage[] = groups.map((members) => {
      const mentions = [...members].sort((a, b) => a - b).map((i) => {
        const doc = story.articles[refs[i]!.article]!;
        const s = doc.sentences[refs[i]!.sentence]!;
        return { articleId: doc.id, start: s.start, end: s.end };
      });
      return { id: `passage-${mentions[0]!.articleId}-${mentions[0]!.start}`, mentions };
    });
    passages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { ...story, sharedPassages: passages };
  },
};
