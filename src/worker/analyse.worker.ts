// The analysis worker: the reader's files in, a digest out, with progress on the way. It runs the
// same pipeline as `npm run digest` and makes no network request.
import { runStory, toDigest } from '../pipeline/index';
import { assembleStory } from '../pipeline/ingest';
import type { WorkerReply, WorkerRequest } from './protocol';

const scope = self as unknown as { postMessage(message: WorkerReply): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };
const post = (message: WorkerReply) => scope.postMessage(message);

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type !== 'analyse') return;
  try {
    const assembled = assembleStory(request.folderName, request.files);
    const result = runStory(assembled.input, { onProgress: (progress) => post({ type: 'progress', progress }) });
    const diagnostics = [...assembled.diagnostics, ...result.diagnostics];
    post({ type: 'done', digest: result.story ? JSON.stringify(toDigest(result.story)) : null, diagnostics });
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message });
  }
};
