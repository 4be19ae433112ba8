import { DIGEST_SCHEMA_VERSION, digestSchema, type Digest } from '../shared/digest/schema';
import { linkEntities, recognizeEntities, recognizeEntitiesWith } from './entities';
import type { Tagger } from './entities/model';
import { buildEvents, findDiscrepancies } from './events';
import { boilerplate } from './stages/boilerplate';
import { decodeArticle } from './stages/decode';
import { metadata } from './stages/metadata';
import { sentences } from './stages/sentences';
import { findSharedPassages } from './passages';
import { tokenize } from './stages/tokenize';
import { traceProvenance } from './provenance';
import { findQuotes } from './quotes';
import { storyTitle } from './story/title';
import { inferPublished, refineStoryDates, tagTimex } from './time';
import type { ArticleDoc, ArticleStage, Diagnostic, StoryDoc, StoryInput, StoryStage } from './types';

/** The article stages, in order. Each keeps offsets into the source text. */
export const articleStages: readonly ArticleStage[] = [
  boilerplate,
  tokenize,
  metadata,
  sentences,
  recognizeEntities,
  inferPublished,
  tagTimex,
];

/** The story stages, in order, over all articles of one story. */
export const storyStages: readonly StoryStage[] = [
  refineStoryDates,
  linkEntities,
  findQuotes,
  buildEvents,
  findSharedPassages,
  traceProvenance,
  findDiscrepancies,
];

/** What the caller may bring: its own loaded tagger model (a worker fetching the model itself). */
/** How far a run is: `done` of `total` steps (each article stage per article, then each story stage). */
export interface StageProgress {
  done: number;
  total: number;
  /** The article being analysed, or null during the story stages. */
  file: string | null;
  /** The stage that just ran. */
  stage: string;
}

export interface PipelineOptions {
  tagger?: Tagger;
  /** Told after every stage; the worker turns it into a progress bar. */
  onProgress?: (progress: StageProgress) => void;
}

const stagesFor = (options: PipelineOptions): readonly ArticleStage[] =>
  options.tagger ? articleStages.map((s) => (s === recognizeEntities ? recognizeEntitiesWith(options.tagger!) : s)) : articleStages;

export interface StoryResult {
  story: StoryDoc | null;
  diagnostics: Diagnostic[];
}

export function runArticle(doc: ArticleDoc, stages: readonly ArticleStage[] = articleStages): ArticleDoc {
  return stages.reduce((current, stage) => stage.run(current), doc);
}


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

/** The story before its stages, or null when no article could be read. */
function storyOf(input: StoryInput, articles: ArticleDoc[]): StoryDoc | null {
  if (articles.length === 0) return null;
  return {
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
}

/**
 * Each article through the article stages. Only the documents come back: the story holds them
 * alone, so a story stage that replaces them lets the earlier ones go.
 */
function analyseArticles(ordered: StoryInput['articles'], stages: readonly ArticleStage[], step: (file: string, stage: string, steps?: number) => void, diagnostics: Diagnostic[]): ArticleDoc[] {
  const articles: ArticleDoc[] = [];
  for (const article of ordered) {
    const decoded = decodeArticle(article);
    diagnostics.push(...decoded.diagnostics);
    if (!decoded.doc) {
      step(article.file, 'decode', stages.length);
      continue;
    }
    let doc = decoded.doc;
    for (const stage of stages) {
      doc = stage.run(doc);
      step(article.file, stage.name);
    }
    articles.push(doc);
  }
  return articles;
}

/** Articles in, story out: pure and deterministic (no clock, no randomness, stable order). */
export function runStory(input: StoryInput, options: PipelineOptions = {}): StoryResult {
  const stages = stagesFor(options);
  const ordered = orderArticles(input);
  const total = ordered.length * stages.length + storyStages.length;
  let done = 0;
  const tell = options.onProgress ?? (() => {});
  const diagnostics: Diagnostic[] = [];
  const step = (file: string | null, stage: string, steps = 1) => {
    done += steps;
    tell({ done, total, file, stage });
  };
  // no binding of its own keeps the first documents: the story is the one place they live
  let story = storyOf(input, analyseArticles(ordered, stages, step, diagnostics));
  if (story === null) {
    diagnostics.push({ level: 'error', file: '', message: 'story has no usable article' });
    return { story: null, diagnostics };
  }
  for (const stage of storyStages) {
    story = stage.run(story);
    step(null, stage.name);
  }
  const told = new Set(diagnostics);
  for (const a of story.articles) {
    for (const d of a.diagnostics) {
      if (told.has(d)) continue;
      told.add(d);
      diagnostics.push(d);
    }
  }
  return { story, diagnostics };
}

/** The digest the app loads: validated against the shared schema before it is returned. */
export function toDigest(story: StoryDoc): Digest {
  const digest: Digest = {
    schemaVersion: DIGEST_SCHEMA_VERSION,
    story: { id: story.id, title: story.title, description: story.description },
    articles: story.articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.frontMatter.title ?? null,
      author: a.frontMatter.author ?? null,
      url: a.frontMatter.url ?? null,
      language: a.frontMatter.language ?? 'id',
      text: a.text,
      bodyStart: a.bodyStart,
      outlet: a.outlet,
      published: a.published,
      sources: a.sources,
      boilerplate: a.boilerplate,
      headings: a.headings,
      sentences: a.sentences.map(({ start, end }) => ({ start, end })),
      mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, text: m.text, entityId: m.entityId ?? `${m.type}:${m.text}` })),
      // the token ranges are the pipeline's own index; the digest keeps offsets
      timex: a.timex.map(({ start, end, type, value, text }) => ({ start, end, type, value, text })),
      provenance: a.provenance ?? { credits: [...new Set(a.sources.map((s) => s.name))], overlaps: [] },
    })),
    entities: story.entities,
    events: story.events,
    sharedPassages: story.sharedPassages,
    discrepancies: story.discrepancies,
    quotes: story.quotes,
  };
  // checked once, so zod's compiled fast path would cost more to build than it saves
  return digestSchema.parse(digest, { jitless: true });
}
