// The messages between the page and the analysis worker. Types only: the page imports this file,
// never the pipeline behind the worker.

/** One file as the reader gave it: its name and its exact bytes. */
export interface AnalysisFile {
  name: string;
  bytes: Uint8Array;
}

/** A problem with the input, as the command line reports it; `file` names the file it concerns. */
export interface FileDiagnostic {
  level: 'warning' | 'error';
  file: string;
  line?: number;
  message: string;
}

/** How far the analysis is: `done` of `total` steps (each article stage per article, then each story stage). */
export interface AnalysisProgress {
  done: number;
  total: number;
  /** The article being analysed, or null during the story stages. */
  file: string | null;
  /** The stage that just ran. */
  stage: string;
}

export type WorkerRequest = { type: 'analyse'; folderName: string; files: AnalysisFile[] };

export type WorkerReply =
  | { type: 'progress'; progress: AnalysisProgress }
  /** `digest` is the digest file's text (null when no article could be used). */
  | { type: 'done'; digest: string | null; diagnostics: FileDiagnostic[] }
  | { type: 'failed'; message: string };
