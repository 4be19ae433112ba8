import type {
  Boilerplate,
  Discrepancy,
  Entity,
  EntityType,
  Outlet,
  Provenance,
  Published,
  Quote,
  SharedPassage,
  SourceCredit,
  Span,
  StoryEvent,
  Timex,
} from '../shared/digest/schema';

export type { Span };

/** A problem found in the input; `line` is 1-based when known. */
export interface Diagnostic {
  level: 'warning' | 'error';
  /** The file it concerns, relative to the story folder; empty for the story as a whole. */
  file: string;
  line?: number;
  message: string;
}

export interface FrontMatter {
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
  author?: string;
  language?: string;
}

export type TokenKind = 'word' | 'number' | 'punct';

/** A token keeps the exact source offsets; `text` equals text.slice(start, end). */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Set when the repair stage split this token out of a word glued by a removed link. */
  glued?: boolean;
}

/** A stretch of body text and the source paragraph (0-based body line) it belongs to. */
export interface BodyLine extends Span {
  paragraph?: number;
}

/**
 * Where a span lies in the token layer (`doc.tokens`): the tokens it touches, end exclusive.
 * A span that starts or ends inside a token, at a hyphen ("Kim" of "Kim-Putin", which the entity
 * words read apart; "Senin" of "Senin-Selasa", a date) has that whole token in its range; every
 * other span begins at tokens[tokenStart].start and ends at tokens[tokenEnd - 1].end.
 */
export interface TokenRange {
  /** Index of the first token the span touches. */
  tokenStart: number;
  /** Index after the last token it touches. */
  tokenEnd: number;
}

export interface Sentence extends Span, TokenRange {
  /** 0-based line (paragraph) of the source where the sentence starts. */
  paragraph: number;
}

/** An entity mention before and after story-level linking (entityId is set by linking). */
export interface EntityMentionDraft extends Span, TokenRange {
  type: EntityType;
  text: string;
  entityId?: string;
}

/** A temporal expression with its place in the token layer (the digest keeps the offsets only). */
export interface TimexDraft extends Timex, TokenRange {}

/** One article as it moves through the pipeline. Stages return a new doc, never mutate. */
export interface ArticleDoc {
  id: string;
  file: string;
  /** The decoded source text; every offset points into it. */
  text: string;
  bodyStart: number;
  frontMatter: FrontMatter;
  diagnostics: Diagnostic[];
  boilerplate: Boilerplate[];
  headings: Span[];
  /**
   * Body regions left for analysis (between front matter and boilerplate): a line, or a piece of
   * one where inline boilerplate was cut out; `paragraph` is the 0-based source line it is from.
   */
  lines: BodyLine[];
  tokens: Token[];
  sentences: Sentence[];
  outlet: Outlet | null;
  published: Published | null;
  sources: SourceCredit[];
  mentions: EntityMentionDraft[];
  timex: TimexDraft[];
  /** Set by the provenance story stage. */
  provenance?: Provenance;
}

export interface StoryDoc {
  id: string;
  title: string;
  description: string | null;
  articles: ArticleDoc[];
  entities: Entity[];
  events: StoryEvent[];
  sharedPassages: SharedPassage[];
  discrepancies: Discrepancy[];
  quotes: Quote[];
}

export interface ArticleStage {
  name: string;
  run(doc: ArticleDoc): ArticleDoc;
}

export interface StoryStage {
  name: string;
  run(story: StoryDoc): StoryDoc;
}

/** What the edge (CLI, Vite plugin) hands the pipeline: bytes, never paths to read. */
export interface ArticleInput {
  file: string;
  bytes: Uint8Array;
}

export interface StoryInput {
  id: string;
  /** What the user called the story (its folder name), shown when nothing better names it. */
  label?: string;
  /** Parsed story file (story.yaml), if any. */
  meta?: { title?: string; description?: string; order?: string[] };
  articles: ArticleInput[];
}
