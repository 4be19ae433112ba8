import type { Provenance, SharedPassage } from '../../shared/digest/schema';
import { lastStartingAtOrBefore } from '../events/within';
import type { ArticleDoc, StoryStage } from '../types';

type Span = { start: number; end: number };
type Mention = SharedPassage['mentions'][number];

const overlapsSpan = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Whom the article credits ("dikutip Antara dari Reuters"), each name once, first credit first. */
const creditsOf = (doc: ArticleDoc) => [...new Set(doc.sources.map((s) => s.name))];

/**
 * For every article id, and every article id it shares a passage with (itself included), its own
 * mentions in those passages. One pass over the passages: a story of thousands of articles would
 * otherwise scan every passage for every pair of articles.
 */
function mentionsByPair(passages: readonly SharedPassage[]): Map<string, Map<string, Mention[]>> {
  const byPair = new Map<string, Map<string, Mention[]>>();
  for (const p of passages) {
    const byArticle = new Map<string, Mention[]>();
    for (const m of p.mentions) {
      const list = byArticle.get(m.articleId);
      if (list) list.push(m);
      else byArticle.set(m.articleId, [m]);
    }
    for (const [id, mine] of byArticle) {
      let withOthers = byPair.get(id);
      if (!withOthers) byPair.set(id, (withOthers = new Map()));
      for (const other of byArticle.keys()) {
        const list = withOthers.get(other);
        if (list) list.push(...mine);
        else withOthers.set(other, [...mine]);
      }
    }
  }
  return byPair;
}

/**
 * The indices of the sentences a span overlaps, remembered per mention (one mention counts for many
 * pairs). Sentences are in text order and do not overlap, so the search starts at the last sentence
 * beginning at or before the span.
 */
function sentenceIndexer(doc: ArticleDoc): (m: Mention) => readonly number[] {
  const memo = new Map<Mention, number[]>();
  return (m) => {
    let found = memo.get(m);
    if (!found) {
      found = [];
      const first = Math.max(0, lastStartingAtOrBefore(doc.sentences, m.start));
      for (let i = first; i < doc.sentences.length && doc.sentences[i]!.start < m.end; i++) {
        if (overlapsSpan(doc.sentences[i]!, m)) found.push(i);
      }
      memo.set(m, found);
    }
    return found;
  };
}

/**
 * Where each article's text comes from: the wires and outlets it credits, and for every other
 * article the share of its sentences that sit in a passage both print (from the story's shared
 * passages, so it is only as good as they are).
 */
export const traceProvenance: StoryStage = {
  name: 'provenance',
  run(story) {
    const byPair = mentionsByPair(story.sharedPassages);
    const position = new Map(story.articles.map((doc, i) => [doc.id, i]));
    const articles = story.articles.map((doc): ArticleDoc => {
      const overlaps: Provenance['overlaps'] = [];
      const withOthers = byPair.get(doc.id);
      if (withOthers) {
        const sentencesOf = sentenceIndexer(doc);
        const seen = new Uint8Array(doc.sentences.length);
        // only the articles it shares a passage with, in story order
        const others = [...withOthers.keys()].filter((id) => id !== doc.id).sort((a, b) => position.get(a)! - position.get(b)!);
        for (const otherId of others) {
          const mine = withOthers.get(otherId)!;
          seen.fill(0);
          let shared = 0;
          for (const m of mine) {
            for (const i of sentencesOf(m)) {
              if (seen[i]) continue;
              seen[i] = 1;
              shared++;
            }
          }
          if (!shared) continue;
          overlaps.push({ articleId: otherId, sharedSentences: shared, share: Math.round((shared / doc.sentences.length) * 1000) / 1000 });
        }
      }
      return { ...doc, provenance: { credits: creditsOf(doc), overlaps } };
    });
    return { ...story, articles };
  },
};
