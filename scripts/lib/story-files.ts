import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic, StoryInput } from '../../src/pipeline/types';

const ARTICLE_FILE = /\.(txt|md|markdown)$/i;
const STORY_FILE = /^story\.ya?ml$/i;

/** Reads a folder of article files (and an optional story.yaml) into pipeline input. */
export function readStoryFolder(dir: string): { input: StoryInput; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const id = basename(dir.replace(/\/+$/, ''));
  const names = readdirSync(dir).sort();
  const input: StoryInput = { id, articles: [] };
  for (const name of names) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    if (STORY_FILE.test(name)) {
      try {
        const meta = parseYaml(readFileSync(path, 'utf8')) as StoryInput['meta'];
        if (meta && typeof meta === 'object') input.meta = meta;
      } catch (e) {
        const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
        diagnostics.push({ level: 'warning', file: path, line, message: `story file ignored: ${(e as Error).message.split('\n')[0]}` });
      }
      continue;
    }
    if (!ARTICLE_FILE.test(name)) {
      if (!name.startsWith('.')) diagnostics.push({ level: 'warning', file: path, message: 'skipped: not a .txt or .md article' });
      continue;
    }
    input.articles.push({ file: name, bytes: readFileSync(path) });
  }
  return { input, diagnostics };
}

/** One line per problem: "warning: path:line: message". */
export function formatDiagnostic(d: Diagnostic, dir?: string): string {
  const file = dir && !d.file.includes('/') ? join(dir, d.file) : d.file;
  return `${d.level}: ${file}${d.line ? `:${d.line}` : ''}: ${d.message}`;
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

export function listStoryFolders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
    .sort()
    .map((name) => join(root, name));
}
