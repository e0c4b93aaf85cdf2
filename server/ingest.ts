// Files → extract/ → graph/load: the one place where the two meet. Walks the inputs, extracts
// pages on worker threads (all cores), loads them in batches in file order, and skips articles
// already in the graph, so a run that was killed and started again ends with the same graph as
// one that was not. A file that cannot be read or extracted is reported and the rest goes on.
import os from 'node:os';
import type { Extraction } from '../vocab/extraction.ts';
import type { Graph } from './graph/driver.ts';
import { loadExtractions, type LoadCounts } from './graph/load.ts';
import { listInputs, type InputFile } from './ingest/files.ts';
import { extractInOrder, WorkerPool } from './ingest/pool.ts';
import { emptyProgress, type ProgressState } from './ingest/progress.ts';
import type { PageFailureCode } from './ingest/protocol.ts';

export const INGEST_DEFAULTS = {
  /** One extraction worker per core: extraction is CPU-bound and Neo4j waits on I/O meanwhile. */
  workers: os.availableParallelism(),
  /**
   * Official pages are tens of kilobytes; a file of many megabytes is a dump or a binary, and
   * extracting it would hold a worker for minutes.
   */
  maxFileBytes: 8 * 1024 * 1024,
  /** The extractor's entry; a test may hand in a module of its own with the same export. */
  extractor: new URL('../extract/index.ts', import.meta.url).href,
} as const;

export interface IngestOptions {
  readonly workers?: number;
  readonly maxFileBytes?: number;
  readonly extractor?: string;
  /** Passed to extractPage: the home city when every page is from one city's paper. */
  readonly home?: string | null;
  /** Rows per load transaction; see DEFAULTS in graph/load.ts. */
  readonly batchSize?: number;
  /** Called whenever a file is done or a batch is committed; a ProgressBar draws it. */
  readonly onProgress?: (state: ProgressState) => void;
}

export interface FileFailure {
  readonly path: string;
  readonly code: PageFailureCode;
  readonly message: string;
}

export interface IngestSummary {
  readonly files: number;
  readonly failures: readonly FileFailure[];
  readonly load: LoadCounts;
  readonly seconds: number;
}

/**
 * Ingests the pages under `paths` into `graph` (whose schema the caller has ensured).
 * Throws only when it cannot start (the extractor will not load) or Neo4j fails;
 * unreadable files are values in `failures`.
 */
export async function ingest(graph: Graph, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const { files, problems } = await listInputs(paths);
  const failures: FileFailure[] = problems.map((p) => ({ path: p.path, code: p.code, message: p.message }));
  const state = emptyProgress(files.length, files.reduce((a, f) => a + f.size, 0));
  state.filesFailed = failures.length;
  const report = (): void => options.onProgress?.(state);
  report();

  let load: LoadCounts;
  if (files.length === 0) {
    load = await loadExtractions(graph, []);
  } else {
    const pool = await WorkerPool.start(Math.min(options.workers ?? INGEST_DEFAULTS.workers, files.length), {
      extractor: options.extractor ?? INGEST_DEFAULTS.extractor,
      maxFileBytes: options.maxFileBytes ?? INGEST_DEFAULTS.maxFileBytes,
      home: options.home ?? null,
    });
    try {
      async function* extractions(): AsyncGenerator<Extraction> {
        for await (const { file, response } of extractInOrder(pool, files)) {
          state.filesDone += 1;
          state.bytesDone += (file as InputFile).size;
          if (response.ok) {
            yield response.extraction;
          } else {
            state.filesFailed += 1;
            failures.push({ path: file.path, code: response.code, message: response.message });
          }
          report();
        }
      }
      load = await loadExtractions(graph, extractions(), {
        skipLoaded: true,
        ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
        onBatch: (totals) => {
          state.articles = totals.articles;
          state.skippedArticles = totals.skippedArticles;
          state.nodes = totals.nodes;
          state.relationships = totals.relationships;
          report();
        },
      });
    } finally {
      await pool.close();
    }
  }
  state.articles = load.articles;
  state.skippedArticles = load.skippedArticles;
  state.nodes = load.nodes;
  state.relationships = load.relationships;
  report();
  return { files: files.length, failures, load, seconds: (performance.now() - started) / 1000 };
}

/** The closing report, for people: what was loaded, what was skipped, what failed and why. */
export function formatSummary(summary: IngestSummary): string {
  const { load } = summary;
  const lines = [
    `ingest: ${summary.files} files in ${summary.seconds.toFixed(1)} s: ` +
      `${load.articles} articles loaded, ${load.skippedArticles} already in the graph, ${summary.failures.length} files failed`,
    `  nodes merged ${load.nodes} (${load.nodesCreated} new), relationships merged ${load.relationships} ` +
      `(${load.relationshipsCreated} new), ${load.batches} batches`,
  ];
  if (load.dangling > 0 || load.rejected > 0) {
    lines.push(`  relationships not written: ${load.dangling} with a missing endpoint, ${load.rejected} with endpoints the vocabulary forbids`);
  }
  for (const f of summary.failures) lines.push(`  failed: ${f.path}: ${f.code}: ${f.message.split('\n')[0]}`);
  return lines.join('\n');
}
