import type { Parser, ParsingComponents, ParsingResult } from 'chrono-node/id';
import type { Ymd } from '../calendar';

type Context = Parameters<Parser['extract']>[0];

/** One named pattern of the project, run by chrono beside its own Indonesian parsers. */
export interface Rule {
  name: string;
  pattern: RegExp;
  /** Components for the whole match, or a result of its own (a range with both ends). */
  extract(match: RegExpMatchArray, context: Context): ParsingComponents | ParsingResult | null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Chrono re-runs a pattern on the text after a failed match, so the left word boundary is checked here. */
export function toParser(rule: Rule): Parser {
  return {
    pattern: () => rule.pattern,
    extract(context, match) {
      const before = context.text[(match.index ?? 0) - 1];
      if (before !== undefined && WORD_CHAR.test(before)) return null;
      const found = rule.extract(match, context);
      return found ? found.addTag(`rule:${rule.name}`) : null;
    },
  };
}

/** The reference day chrono was given (noon UTC, zone 0: see engine.ts). */
export function refOf(context: Context): Ymd {
  const d = context.refDate;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const components = (context: Context) => context.createParsingComponents();

/** Right word boundary for patterns (a letter or digit must not follow). */
export const END = String.raw`(?![\p{L}\p{N}])`;
