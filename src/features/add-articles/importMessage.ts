import type { AddText } from './messages';

/** The reader's words for why a digest file could not be imported (the app's load error kinds). */
export function importMessage(error: unknown, name: string, t: AddText): string {
  const kind = (error as { kind?: string } | null)?.kind;
  const detail = (error as Error | null)?.message?.replace(`${name}: `, '') ?? '';
  if (kind === 'corrupt' || kind === 'missing') return t('importCorrupt', { name });
  if (kind === 'version') return t('importVersion', { name, detail });
  return t('importInvalid', { name, detail });
}
