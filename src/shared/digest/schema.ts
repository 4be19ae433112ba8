import { z } from 'zod';

/** Bumped whenever the digest's shape changes; the app refuses other versions. */
export const DIGEST_SCHEMA_VERSION = 1;

const offsetSpan = {
  /** UTF-16 index into the article's source text, inclusive. */
  start: z.number().int().nonnegative(),
  /** UTF-16 index into the article's source text, exclusive. */
  end: z.number().int().nonnegative(),
};

export const spanSchema = z.object(offsetSpan);
export const textSpanSchema = z.object({ ...offsetSpan, text: z.string() });
export const articleSpanSchema = z.object({ articleId: z.string(), ...offsetSpan });

export const entityTypeSchema = z.enum(['PER', 'ORG', 'LOC']);
export const precisionSchema = z.enum(['day', 'month', 'year', 'season', 'decade', 'vague']);

export const outletSchema = z.object({
  name: z.string(),
  domain: z.string().nullable(),
  evidence: textSpanSchema.nullable(),
});

export const publishedSchema = z.object({
  /** ISO date (YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** 0..1: front matter 1, dateline ~0.9, inferred from a dated reference lower. */
  confidence: z.number().min(0).max(1),
  source: z.enum(['front-matter', 'dateline', 'text', 'image-path']),
  evidence: textSpanSchema.nullable(),
});

export const boilerplateSchema = z.object({
  ...offsetSpan,
  kind: z.string(),
  text: z.string(),
});

export const sourceCreditSchema = z.object({ ...offsetSpan, name: z.string(), text: z.string() });

export const mentionSchema = z.object({
  ...offsetSpan,
  type: entityTypeSchema,
  entityId: z.string(),
  text: z.string(),
});

export const timexSchema = z.object({
  ...offsetSpan,
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  /** Normalised value: YYYY[-MM[-DD]], YYYY-SU, P2H, PXY, PRESENT_REF… */
  value: z.string(),
  text: z.string(),
});

export const articleSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string(),
  /** The whole source file as decoded; every offset in this article points into it. */
  text: z.string(),
  /** Where the body starts (after front matter). */
  bodyStart: z.number().int().nonnegative(),
  outlet: outletSchema.nullable(),
  published: publishedSchema.nullable(),
  sources: z.array(sourceCreditSchema),
  boilerplate: z.array(boilerplateSchema),
  headings: z.array(spanSchema),
  sentences: z.array(spanSchema),
  mentions: z.array(mentionSchema),
  timex: z.array(timexSchema),
});

export const entitySchema = z.object({
  id: z.string(),
  type: entityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  mentionCount: z.number().int().nonnegative(),
});

export const eventSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** Normalised date value, as for timex. */
  date: z.string(),
  precision: precisionSchema,
  /** Other dates outlets give for the same happening. */
  conflictingDates: z.array(z.string()),
  mentions: z.array(articleSpanSchema),
});

export const sharedPassageSchema = z.object({
  id: z.string(),
  mentions: z.array(articleSpanSchema),
});

export const discrepancySchema = z.object({
  id: z.string(),
  tier: z.enum(['calendar', 'fact', 'spelling', 'interpretive']),
  summary: z.string(),
  spans: z.array(articleSpanSchema),
});

export const digestSchema = z.object({
  schemaVersion: z.literal(DIGEST_SCHEMA_VERSION),
  story: z.object({ id: z.string(), title: z.string(), description: z.string().nullable() }),
  articles: z.array(articleSchema).min(1),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
  sharedPassages: z.array(sharedPassageSchema),
  discrepancies: z.array(discrepancySchema),
});

export const storyIndexSchema = z.object({
  schemaVersion: z.literal(DIGEST_SCHEMA_VERSION),
  stories: z.array(
    z.object({ id: z.string(), title: z.string(), articleCount: z.number().int(), file: z.string() }),
  ),
});

export type Span = z.infer<typeof spanSchema>;
export type TextSpan = z.infer<typeof textSpanSchema>;
export type ArticleSpan = z.infer<typeof articleSpanSchema>;
export type EntityType = z.infer<typeof entityTypeSchema>;
export type Precision = z.infer<typeof precisionSchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type Published = z.infer<typeof publishedSchema>;
export type Boilerplate = z.infer<typeof boilerplateSchema>;
export type SourceCredit = z.infer<typeof sourceCreditSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Timex = z.infer<typeof timexSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type StoryEvent = z.infer<typeof eventSchema>;
export type SharedPassage = z.infer<typeof sharedPassageSchema>;
export type Discrepancy = z.infer<typeof discrepancySchema>;
export type Digest = z.infer<typeof digestSchema>;
export type StoryIndex = z.infer<typeof storyIndexSchema>;

/** Parses unknown JSON into a digest, or returns a readable reason. */
export function parseDigest(json: unknown): { ok: true; digest: Digest } | { ok: false; reason: string } {
  if (json && typeof json === 'object' && 'schemaVersion' in json && json.schemaVersion !== DIGEST_SCHEMA_VERSION) {
    return { ok: false, reason: `digest schema version ${String(json.schemaVersion)}, expected ${DIGEST_SCHEMA_VERSION}` };
  }
  const result = digestSchema.safeParse(json);
  if (result.success) return { ok: true, digest: result.data };
  const first = result.error.issues[0];
  return { ok: false, reason: `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid digest'}` };
}
