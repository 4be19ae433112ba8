import type { Provenance } from '../../shared/digest/schema';
import type { ArticleDoc, StoryStage } from '../types';

const overlapsSpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Whom the article credits ("dikutip Antara dari Reuters"), each name once, first credit first. */
const creditsOf = (doc: ArticleDoc) => [...new Set(doc.sources.map((s) => s.name))];

/**
 * Where each article's text comes from: the wires and outlets it credits, and for every other
 * article the share of its sentences that sit in a passage both print (from the story's shared
 * passages, so it is only as good as they are).
 */
export const traceProvenance: StoryStage = {
  name: 'provenance',
  run(story) {
    const articles = story.articles.map((doc): ArticleDoc => {
      const overlaps: Provenance['overlaps'] = [];
      for (const other of story.articles) {
        if (other === doc) continue;
        const mine = story.sharedPassages
          .filter((p) => p.mentions.some((m) => m.articleId === other.id))
          .flatMap((p) => p.mentions.filter((m) => m.articleId === doc.id));
        const shared = doc.sentences.filter((s) => mine.some((m) => overlapsSpan(s, m))).length;
        if (!shared) continue;
        overlaps.push({ articleId: other.id, sharedSentences: shared, share: Math.round((shared / doc.sentences.length) * 1000) / 1000 });
      }
      return { ...doc, provenance: { credits: creditsOf(doc), overlaps } };
    });
    return { ...story, articles };
  },
};
