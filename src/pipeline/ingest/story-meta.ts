import { parse as parseYaml } from 'yaml';
import type { Diagnostic, StoryInput } from '../types';

export type StoryMeta = NonNullable<StoryInput['meta']>;

/** story.yaml read field by field: a wrong-typed field is dropped with a message, the rest kept. */
export function readStoryMeta(file: string, bytes: Uint8Array, diagnostics: Diagnostic[]): StoryMeta | undefined {
  const warn = (message: string, line?: number) => diagnostics.push({ level: 'warning', file, line, message });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warn('story file ignored: not UTF-8 text');
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    warn(`story file ignored: ${(e as Error).message.split('\n')[0]}`, line);
    return undefined;
  }
  if (data === null || data === undefined) return undefined;
  if (typeof data !== 'object' || Array.isArray(data)) {
    warn('story file ignored: it must be a mapping (title: …, description: …, order: […])');
    return undefined;
  }
  const record = data as Record<string, unknown>;
  const lineOf = (key: string) => {
    const at = text.search(new RegExp(`^${key}\\s*:`, 'm'));
    return at < 0 ? undefined : text.slice(0, at).split('\n').length;
  };
  const meta: StoryMeta = {};
  for (const key of ['title', 'description'] as const) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'number') meta[key] = String(value);
    else warn(`"${key}" must be text; ignored`, lineOf(key));
  }
  if (record.order !== undefined && record.order !== null) {
    if (Array.isArray(record.order) && record.order.every((x) => typeof x === 'string')) meta.order = record.order as string[];
    else warn('"order" must be a list of file names; ignored', lineOf('order'));
  }
  return meta;
}
