// The pure parts of the "Add articles" view: the list of files to analyse, pasted articles as
// files, diagnostics grouped by the file they concern, progress as a share.
import type { AnalysisFile, AnalysisProgress, FileDiagnostic } from '../../worker/protocol';

export const ACCEPTED_FILES = '.txt,.md,.markdown,.html,.htm';
export const DEFAULT_STORY_NAME = 'Local story';

/** "name.txt", "name-2.txt", "name-3.txt": the first of these not in `taken`. */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The list with `incoming` added; a file whose name is taken gets a numbered name, so each name is one file. */
export function addFiles(list: readonly AnalysisFile[], incoming: readonly AnalysisFile[]): AnalysisFile[] {
  const taken = new Set(list.map((f) => f.name));
  const added = incoming.map((f) => {
    const name = freeName(f.name, taken);
    taken.add(name);
    return { name, bytes: f.bytes };
  });
  return [...list, ...added];
}

export const removeFile = (list: readonly AnalysisFile[], name: string): AnalysisFile[] => list.filter((f) => f.name !== name);

/** A YAML scalar that is always a string, whatever the reader typed (JSON strings are YAML). */
const yamlString = (value: string) => JSON.stringify(value.replace(/\s+/g, ' ').trim());

/** A pasted article as an article file: its outlet and title, when given, as front matter. */
export function pastedArticle(text: string, details: { outlet?: string; title?: string }, list: readonly AnalysisFile[]): AnalysisFile {
  const fields = (['title', 'outlet'] as const).filter((k) => details[k]?.trim()).map((k) => `${k}: ${yamlString(details[k]!)}`);
  const body = fields.length ? `---\n${fields.join('\n')}\n---\n${text}` : text;
  const name = freeName('pasted.txt', new Set(list.map((f) => f.name)));
  return { name, bytes: new TextEncoder().encode(body) };
}

/** What the worker gets: the files, and the story title (when given) as a story.yaml would give it. */
export function analysisRequest(list: readonly AnalysisFile[], title: string): { folderName: string; files: AnalysisFile[] } {
  const wanted = title.trim();
  const files = list.filter((f) => !/^story\.ya?ml$/i.test(f.name) || !wanted);
  if (!wanted) return { folderName: DEFAULT_STORY_NAME, files };
  return { folderName: wanted, files: [...files, { name: 'story.yaml', bytes: new TextEncoder().encode(`title: ${yamlString(wanted)}\n`) }] };
}

/** Each diagnostic beside the file it names; the rest (the story as a whole) apart. */
export function diagnosticsByFile(names: readonly string[], diagnostics: readonly FileDiagnostic[]): { byFile: Map<string, FileDiagnostic[]>; story: FileDiagnostic[] } {
  const byFile = new Map<string, FileDiagnostic[]>();
  const story: FileDiagnostic[] = [];
  for (const d of diagnostics) {
    const name = names.find((n) => d.file === n || d.file.endsWith(`/${n}`));
    if (name) byFile.set(name, [...(byFile.get(name) ?? []), d]);
    else story.push(d);
  }
  return { byFile, story };
}

/** One message as the command line words it, without the file (it stands next to it): "warning: line 3: …". */
export const diagnosticLine = (d: FileDiagnostic) => `${d.level}: ${d.line ? `line ${d.line}: ` : ''}${d.message}`;

/** Progress as a whole percentage, never past 100. */
export const progressPercent = (p: AnalysisProgress | null): number => (p && p.total > 0 ? Math.min(100, Math.round((p.done / p.total) * 100)) : 0);

/** "1.2 kB" for a file's size. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
