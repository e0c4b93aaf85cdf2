// A pool of extraction workers, one per core by default. Pages go out a few at a time and come
// back in file order, with a bounded look-ahead, so memory does not grow with the corpus and the
// loader sees the same sequence on every run. A worker that dies fails its pages and is replaced.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputFile } from './files.ts';
import type { PageRequest, PageResponse, WorkerSettings } from './protocol.ts';

/** Pages sent to one worker before it answers: two keeps it busy while an answer travels. */
const PER_WORKER = 2;

/**
 * Workers are started through tsx's API rather than `execArgv: ['--import', 'tsx']`: with
 * --import, Node 20 may load the worker's entry before the hooks are in place and fail on `.ts`
 * (privatenumber/tsx#354). Registering first and importing second has no such race.
 */
function bootstrap(): string {
  const require = createRequire(import.meta.url);
  const tsxApi = pathToFileURL(path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
}

interface Slot {
  readonly worker: Worker;
  readonly inFlight: Map<number, (r: PageResponse) => void>;
  dead: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { request: PageRequest; resolve: (r: PageResponse) => void }[] = [];
  private closed = false;

  private constructor(private readonly settings: WorkerSettings) {}

  /** Starts `size` workers and waits until each has loaded the extractor; throws if one cannot. */
  static async start(size: number, settings: WorkerSettings): Promise<WorkerPool> {
    const pool = new WorkerPool(settings);
    try {
      await Promise.all(Array.from({ length: Math.max(1, size) }, () => pool.spawn()));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  private spawn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(bootstrap(), { eval: true, workerData: this.settings });
      const slot: Slot = { worker, inFlight: new Map(), dead: false };
      let ready = false;
      worker.on('message', (message: PageResponse | { ready: true }) => {
        if ('ready' in message) {
          ready = true;
          this.slots.push(slot);
          resolve();
          this.pump();
          return;
        }
        const done = slot.inFlight.get(message.id);
        slot.inFlight.delete(message.id);
        done?.(message);
        this.pump();
      });
      const die = (reason: string): void => {
        if (slot.dead) return;
        slot.dead = true;
        if (!ready) {
          reject(new Error(`server/ingest: an extraction worker could not start: ${reason}`));
          return;
        }
        const at = this.slots.indexOf(slot);
        if (at >= 0) this.slots.splice(at, 1);
        for (const [id, done] of slot.inFlight) done({ id, ok: false, code: 'worker-crashed', message: reason });
        slot.inFlight.clear();
        if (!this.closed) {
          this.spawn().catch((error: unknown) => this.failQueue(error instanceof Error ? error.message : String(error)));
        }
      };
      worker.on('error', (error) => die(error.stack ?? error.message));
      worker.on('exit', (code) => die(`worker exited with code ${code}`));
    });
  }

  private failQueue(reason: string): void {
    if (this.slots.length > 0) return;
    for (const { request, resolve } of this.queue.splice(0)) {
      resolve({ id: request.id, ok: false, code: 'worker-crashed', message: reason });
    }
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots
        .filter((s) => !s.dead && s.inFlight.size < PER_WORKER)
        .sort((a, b) => a.inFlight.size - b.inFlight.size)[0];
      if (!slot) return;
      const job = this.queue.shift();
      if (!job) return;
      slot.inFlight.set(job.request.id, job.resolve);
      slot.worker.postMessage(job.request);
    }
  }

  /** Never rejects: a page that cannot be extracted comes back as a failure response. */
  extract(request: PageRequest): Promise<PageResponse> {
    return new Promise((resolve) => {
      this.queue.push({ request, resolve });
      this.pump();
    });
  }

  get size(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const s of slots) s.dead = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Extracts `files` on the pool and yields the results in file order. At most `window` pages
 * are out or waiting at once, whatever the number of files.
 */
export async function* extractInOrder(
  pool: WorkerPool,
  files: readonly InputFile[],
  window = Math.max(4, pool.size * PER_WORKER * 2),
): AsyncGenerator<{ file: InputFile; response: PageResponse }> {
  const pending = new Map<number, Promise<PageResponse>>();
  let sent = 0;
  for (let i = 0; i < files.length; i++) {
    for (; sent < files.length && sent < i + window; sent++) {
      const f = files[sent] as InputFile;
      pending.set(sent, pool.extract({ id: sent, path: f.path, doc: f.doc }));
    }
    const response = await (pending.get(i) as Promise<PageResponse>);
    pending.delete(i);
    yield { file: files[i] as InputFile, response };
  }
}
