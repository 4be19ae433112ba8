// The digest schemas as the app uses them: zod set up first (imports run in the order written).
import './zodWithoutEval';
import { z } from 'zod';
import { articleSchema, digestSchema, discrepancySchema, entitySchema, eventSchema, quoteSchema, sharedPassageSchema } from '../shared/digest/schema';

export { DIGEST_SCHEMA_VERSION, parseDigest, storyIndexSchema } from '../shared/digest/schema';

/** One piece of a validation: the reason it fails, or null. */
export type Check = () => string | null;

const LISTS = { articles: articleSchema, entities: entitySchema, events: eventSchema, sharedPassages: sharedPassageSchema, discrepancies: discrepancySchema, quotes: quoteSchema };

// the digest without the items of its lists, which are checked one by one
const outline = digestSchema.extend({
  articles: z.array(z.unknown()).min(1),
  entities: z.array(z.unknown()),
  events: z.array(z.unknown()),
  sharedPassages: z.array(z.unknown()),
  discrepancies: z.array(z.unknown()),
  quotes: z.array(z.unknown()),
});

function reasonOf(result: { success: true } | { success: false; error: z.ZodError }, at: (string | number)[]): string | null {
  if (result.success) return null;
  const first = result.error.issues[0];
  return `${[...at, ...(first?.path ?? [])].join('.')}: ${first?.message ?? 'invalid digest'}`;
}

/**
 * The full validation of a digest cut into small checks (its outline, then every item of every
 * list) that together say what parseDigest says, so that a caller can run them a few at a time.
 */
export function digestChecks(json: unknown): Check[] {
  const checks: Check[] = [() => reasonOf(outline.safeParse(json), [])];
  if (!json || typeof json !== 'object') return checks;
  for (const [key, schema] of Object.entries(LISTS)) {
    const list = (json as Record<string, unknown>)[key];
    if (Array.isArray(list)) list.forEach((item, i) => checks.push(() => reasonOf(schema.safeParse(item), [key, i])));
  }
  return checks;
}
