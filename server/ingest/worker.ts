// The extraction worker: loads the extractor once, then turns page requests into responses.
// Started by pool.ts through a small bootstrap that registers tsx, so this file stays TypeScript.
import { parentPort, workerData } from 'node:worker_threads';
import type { PageRequest, WorkerSettings } from './protocol.ts';
import { readPage, type ExtractPage } from './read-page.ts';

const settings = workerData as WorkerSettings;
const port = parentPort;
if (!port) throw new Error('server/ingest/worker: must run in a worker thread');

const mod = (await import(settings.extractor)) as { extractPage?: ExtractPage };
const extractPage = mod.extractPage;
if (typeof extractPage !== 'function') {
  throw new Error(`server/ingest/worker: ${settings.extractor} does not export extractPage`);
}

port.on('message', (request: PageRequest) => {
  void readPage(request, extractPage, settings).then((response) => port.postMessage(response));
});
port.postMessage({ ready: true });
