import type { AnalysisFile, AnalysisProgress, FileDiagnostic, WorkerReply } from '../../worker/protocol';

export type AnalysisOutcome = { kind: 'done'; digest: string | null; diagnostics: FileDiagnostic[] } | { kind: 'failed'; message: string } | { kind: 'cancelled' };

export interface AnalysisRun {
  outcome: Promise<AnalysisOutcome>;
  /** Stops the analysis at once (the worker is terminated). */
  cancel(): void;
}

/**
 * Starts the pipeline in a worker of its own. The worker (and the model and word lists inside
 * it) is fetched only now, when the reader asks for an analysis.
 */
export function startAnalysis(request: { folderName: string; files: AnalysisFile[] }, onProgress: (p: AnalysisProgress) => void): AnalysisRun {
  const worker = new Worker(new URL('../../worker/analyse.worker.ts', import.meta.url), { type: 'module', name: 'analyse' });
  let settle: (outcome: AnalysisOutcome) => void = () => {};
  const outcome = new Promise<AnalysisOutcome>((resolve) => {
    settle = (o) => {
      worker.terminate();
      resolve(o);
    };
  });
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') onProgress(reply.progress);
    else if (reply.type === 'done') settle({ kind: 'done', digest: reply.digest, diagnostics: reply.diagnostics });
    else settle({ kind: 'failed', message: reply.message });
  };
  worker.onerror = (event) => settle({ kind: 'failed', message: event.message || 'the worker stopped' });
  worker.postMessage({ type: 'analyse', ...request });
  return { outcome, cancel: () => settle({ kind: 'cancelled' }) };
}
