import { z } from 'zod';

/** Bumped whenever the digest's shape changes; the app refuses other versions. */
export const DIGEST_SCHEMA_VERSION = 2;

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
  source: z.enum(['front-matter', 'url', 'dateline', 'text', 'image-path']),
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

/** Where an article's text comes from: whom it credits and how much it shares with each other article. */
export const provenanceSchema = z.object({
  /** Wires and outlets the article credits ("dikutip Antara dari Reuters"), first credit first. */
  credits: z.array(z.string()),
  overlaps: z.array(
    z.object({
      articleId: z.string(),
      /** Sentences of this article that share a passage with the other article. */
      sharedSentences: z.number().int().nonnegative(),
      /** sharedSentences over this article's sentences, 0..1. */
      share: z.number().min(0).max(1),
    }),
  ),
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
  provenance: provenanceSchema,
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

/** One way a disputed thing is written or given, and where. */
export const variantSchema = z.object({ text: z.string(), spans: z.array(articleSpanSchema).min(1) });

/** A quantity as stated: amount in plain units ("Rp 2,3 triliun" = 2.3e12 IDR). */
export const quantitySchema = z.object({ amount: z.number(), unit: z.string(), text: z.string(), spans: z.array(articleSpanSchema).min(1) });

const disagreementBase = {
  id: z.string(),
  /** For scoring and ordering: calendar, fact, spelling or interpretive. */
  tier: z.enum(['calendar', 'fact', 'spelling', 'interpretive']),
  /** Every span the disagreement rests on, in article then text order. */
  spans: z.array(articleSpanSchema),
};

/**
 * Disagreements are data: a kind and its parameters, worded by the app in the reader's
 * language (never a sentence stored here).
 */
export const discrepancySchema = z.discriminatedUnion('kind', [
  z.object({ ...disagreementBase, kind: z.literal('name-spelling'), params: z.object({ entityId: z.string().nullable(), variants: z.array(variantSchema).min(2) }) }),
  z.object({ ...disagreementBase, kind: z.literal('name-variant'), params: z.object({ entityId: z.string().nullable(), variants: z.array(variantSchema).min(2) }) }),
  z.object({ ...disagreementBase, kind: z.literal('role-or-title'), params: z.object({ entityId: z.string(), variants: z.array(variantSchema).min(2) }) }),
  z.object({
    ...disagreementBase,
    kind: z.literal('number'),
    params: z.object({
      /** conversion: one figure given in two units that do not match; same-fact: outlets give different figures. */
      relation: z.enum(['conversion', 'same-fact']),
      values: z.array(quantitySchema).min(2),
    }),
  }),
  z.object({
    ...disagreementBase,
    kind: z.literal('date'),
    params: z.object({
      /** event: outlets date one happening differently; repeated-passage: one article prints a passage twice with two dates. */
      relation: z.enum(['event', 'repeated-passage']),
      eventId: z.string().nullable(),
      values: z.array(z.object({ value: z.string(), text: z.string(), spans: z.array(articleSpanSchema).min(1) })).min(2),
    }),
  }),
  z.object({
    ...disagreementBase,
    kind: z.literal('weekday-date'),
    params: z.object({
      text: z.string(),
      /** The day as written (YYYY-MM-DD) and the weekdays (0 = Sunday) written and true for it. */
      written: z.string(),
      writtenWeekday: z.number().int().min(0).max(6),
      actualWeekday: z.number().int().min(0).max(6),
      /** The date it most likely means when other dates of the story suggest another one. */
      readAs: z.string().nullable(),
    }),
  }),
  z.object({
    ...disagreementBase,
    kind: z.literal('claim-negation'),
    params: z.object({
      entityId: z.string(),
      /** The predicate's root word ("mundur"). */
      predicate: z.string(),
      affirmed: z.array(articleSpanSchema).min(1),
      negated: z.array(articleSpanSchema).min(1),
    }),
  }),
]);

/** A quote or reported speech and who said it. */
export const quoteSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  /** The whole statement: the quoted or reported words with their attribution. */
  statement: spanSchema,
  /** The words said (inside the quote marks, or the reported clause). */
  content: spanSchema,
  /** The speaker as written; null when the text does not say. */
  speaker: z.object({ ...offsetSpan, text: z.string(), entityId: z.string().nullable() }).nullable(),
  /** The attributing word as written ("kata", "ujarnya", "menurut", "mengatakan"). */
  verb: z.string(),
  direct: z.boolean(),
});

export const digestSchema = z.object({
  schemaVersion: z.literal(DIGEST_SCHEMA_VERSION),
  story: z.object({ id: z.string(), title: z.string(), description: z.string().nullable() }),
  articles: z.array(articleSchema).min(1),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
  sharedPassages: z.array(sharedPassageSchema),
  discrepancies: z.array(discrepancySchema),
  quotes: z.array(quoteSchema),
});

export const storyIndexSchema = z.object({
  schemaVersion: z.literal(DIGEST_SCHEMA_VERSION),
  stories: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      articleCount: z.number().int(),
      file: z.string(),
      /** First and last day of the story (publication dates, else events), as summarizeStory gives it. */
      dates: z.object({ from: z.string(), to: z.string() }).nullable().optional(),
      /** The story's outlets with their article counts and publication dates; name null when unknown. */
      outlets: z.array(z.object({ name: z.string().nullable(), articles: z.number().int(), dates: z.array(z.string()) })).optional(),
    }),
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
export type DiscrepancyKind = Discrepancy['kind'];
export type Variant = z.infer<typeof variantSchema>;
export type Quantity = z.infer<typeof quantitySchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type Digest = z.infer<typeof digestSchema>;
export type StoryIndex = z.infer<typeof storyIndexSchema>;

/** Parses unknown JSON into a digest, or returns a readable reason. */
export function parseDigest(json: unknown): { ok: true; digest: Digest } | { ok: false; reason: string } {
  if (json && typeof json === 'object' && 'schemaVersion' in json && json.schemaVersion !== DIGEST_SCHEMA_VERSION) {
    return { ok: false, reason: `digest schema version ${String(json.schemaVersion)}, expected ${DIGEST_SCHEMA_VERSION}: rebuild it with "npm run digest"` };
  }
  const result = digestSchema.safeParse(json);
  if (result.success) return { ok: true, digest: result.data };
  const first = result.error.issues[0];
  return { ok: false, reason: `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid digest'}` };
}
