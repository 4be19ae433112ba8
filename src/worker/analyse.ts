import { articleStages, runArticle, storyStages, toDigest, type StoryResult } from '../pipeline/index';
import { decodeArticle } from '../pipeline/stages/decode';
import { storyTitle } from '../pipeline/story/title';
import type { ArticleDoc, Diagnostic, StoryDoc, StoryInput } from '../pipeline/types';
import type { AnalysisProgress } from './protocol';

export type OnProgress = (progress: AnalysisProgress) => void;

/** Articles by file name, then in the order story.yaml gives (as the pipeline orders them). */
function orderArticles(input: StoryInput): StoryInput['articles'] {
  const byName = [...input.articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const order = input.meta?.order;
  if (!order?.length) return byName;
  const rank = (file: string) => {
    const i = order.indexOf(file);
    return i < 0 ? order.length : i;
  };
  return byName.sort((a, b) => rank(a.file) - rank(b.file));
}

/**
 * The pipeline's runStory, stage by stage, telling `onProgress` after each stage of each article
 * and each story stage. The same stages in the same order, so the story is the one runStory gives
 * (a test holds them equal); only the reporting is added, at the worker's edge.
 */
export function runStoryWithProgress(input: StoryInput, onProgress: OnProgress = () => {}): StoryResult {
  const ordered = orderArticles(input);
  const total = ordered.length * articleStages.length + storyStages.length;
  let done = 0;
  const step = (file: string | null, stage: string) => onProgress({ done: ++done, total, file, stage });
  const diagnostics: Diagnostic[] = [];
  const articles: ArticleDoc[] = [];
  for (const article of ordered) {
    const decoded = decodeArticle(article);
    diagnostics.push(...decoded.diagnostics);
    if (!decoded.doc) {
      done += articleStages.length;
      onProgress({ done, total, file: article.file, stage: 'decode' });
      continue;
    }
    let doc = decoded.doc;
    for (const stage of articleStages) {
      doc = runArticle(doc, [stage]);
      step(article.file, stage.name);
    }
    articles.push(doc);
  }
  if (articles.length === 0) {
    diagnostics.push({ level: 'error', file: input.id, message: 'story has no usable article' });
    return { story: null, diagnostics };
  }
  let story: StoryDoc = {
    id: input.id,
    title: storyTitle(input, articles),
    description: input.meta?.description ?? null,
    articles,
    entities: [],
    events: [],
    sharedPassages: [],
    discrepancies: [],
    quotes: [],
  };
  for (const stage of storyStages) {
    story = stage.run(story);
    step(null, stage.name);
  }
  for (const a of story.articles) for (const d of a.diagnostics) if (!diagnostics.includes(d)) diagnostics.push(d);
  return { story, diagnostics };
}

/** The digest file's text, written as `npm run digest` writes it. */
export const digestText = (story: StoryDoc): string => JSON.stringify(toDigest(story));
