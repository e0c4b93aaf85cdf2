// Loading Extractions into Neo4j: batched UNWIND … MERGE, one transaction per batch, nodes
// before relationships, idempotent (loading an article twice changes nothing) and resumable
// (an article whose contentHash is in the graph was committed whole, with everything it said).
// Knows nothing of files or text: server/ingest.ts feeds it.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../../vocab/extraction.ts';
import type { Graph } from './driver.ts';
import { toNumber } from './driver.ts';
import { ROLE_ORDER } from './load/merge-rules.ts';
import { buildRows, estimateRows, type BatchRows } from './load/rows.ts';
import { LOADED_HASHES, nodeStatement, relationStatement } from './load/statements.ts';

export const DEFAULTS = {
  /**
   * Rows (nodes + relationships + mentions) per transaction. Below ~1k the round trip and the
   * commit dominate; above ~5k Neo4j spends more CPU per row on the growing transaction state
   * (with the embedded server's 512m heap). Measured with 3k-article loads on two cores:
   * 1k: 15.8 s of Neo4j CPU, 2k: 11.5 s, 3k: 13.3 s, 5k: 12.5 s, 10k: 18.1 s.
   */
  batchSize: 2000,
  /**
   * Evidence entries kept per relationship. A city's party secretary holds his post in
   * every article about the city; unbounded arrays would be rewritten whole on each batch.
   * The explorer shows sentences a person reads, and a hundred is more than one reads.
   */
  maxEvidence: 100,
  /** Skip extractions whose articles are all in the graph already (ingest turns it on). */
  skipLoaded: false,
  /** Transaction timeout; 0 leaves it to the server. */
  timeoutMs: 0,
} as const;

export interface LoadOptions {
  readonly batchSize?: number;
  readonly maxEvidence?: number;
  readonly skipLoaded?: boolean;
  readonly timeoutMs?: number;
  /** Called after each committed batch with the running totals. */
  readonly onBatch?: (totals: LoadCounts) => void;
}

export interface LoadCounts {
  /** Extractions written (skipped ones not included). */
  extractions: number;
  /** Articles in the extractions written. */
  articles: number;
  /** Extractions, and their articles, left alone because every article was already loaded. */
  skippedExtractions: number;
  skippedArticles: number;
  /** Node and relationship rows merged (new or already there). */
  nodes: number;
  relationships: number;
  /** What Neo4j reports it changed. */
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  /** Relationship rows whose endpoint is in neither the batch nor the graph. */
  dangling: number;
  /** Relationship rows whose endpoint labels the vocabulary does not allow for the type. */
  rejected: number;
  batches: number;
}

export function emptyCounts(): LoadCounts {
  return {
    extractions: 0, articles: 0, skippedExtractions: 0, skippedArticles: 0, nodes: 0, relationships: 0,
    nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, dangling: 0, rejected: 0, batches: 0,
  };
}

export function addCounts(into: LoadCounts, add: LoadCounts): void {
  for (const key of Object.keys(into) as (keyof LoadCounts)[]) into[key] += add[key];
}

/** The parameters every relationship statement may use besides $rows. */
function sharedParams(maxEvidence: number) {
  return { maxEvidence: neo4j.int(maxEvidence), roleOrder: ROLE_ORDER };
}

/** A statement and its rows, in the order they must run. Exported for the per-row baseline. */
export interface Step {
  readonly kind: 'node' | 'relationship';
  readonly cypher: string;
  readonly rows: readonly object[];
}

export function stepsOf(rows: BatchRows): Step[] {
  const steps: Step[] = [];
  for (const [label, nodeRows] of rows.nodes) {
    if (nodeRows.length > 0) steps.push({ kind: 'node', cypher: nodeStatement(label), rows: nodeRows });
  }
  for (const g of rows.relations) {
    if (g.rows.length > 0) steps.push({ kind: 'relationship', cypher: relationStatement(g.type, g.from, g.to), rows: g.rows });
  }
  return steps;
}

export async function runStep(tx: ManagedTransaction, step: Step, maxEvidence: number, counts: LoadCounts): Promise<void> {
  const result = await tx.run(step.cypher, { rows: step.rows, ...sharedParams(maxEvidence) });
  const written = toNumber(result.records[0]?.get('written') ?? 0);
  const updates = result.summary.counters.updates();
  counts.nodesCreated += updates.nodesCreated;
  counts.relationshipsCreated += updates.relationshipsCreated;
  counts.propertiesSet += updates.propertiesSet;
  if (step.kind === 'node') counts.nodes += written;
  else {
    counts.relationships += written;
    counts.dangling += step.rows.length - written;
  }
}

function articleHashes(x: Extraction): string[] {
  const hashes: string[] = [];
  for (const e of x.entities) if (e.label === 'Article') hashes.push(e.contentHash);
  return hashes;
}

/** Writes one batch of whole extractions in one transaction; retried whole by the driver on transient errors. */
async function writeBatch(graph: Graph, batch: readonly Extraction[], o: Required<Omit<LoadOptions, 'onBatch'>>): Promise<LoadCounts> {
  return graph.write(async (tx) => {
    const counts = emptyCounts();
    let todo = batch;
    if (o.skipLoaded) {
      const hashes = batch.flatMap(articleHashes);
      const result = await tx.run(LOADED_HASHES, { hashes });
      const loaded = new Set<string>(result.records[0]?.get('hashes') ?? []);
      todo = batch.filter((x) => {
        const own = articleHashes(x);
        // A page without articles has nothing that marks it loaded: load it (it is idempotent).
        const skip = own.length > 0 && own.every((h) => loaded.has(h));
        if (skip) {
          counts.skippedExtractions += 1;
          counts.skippedArticles += own.length;
        }
        return !skip;
      });
    }
    if (todo.length === 0) return counts;
    const rows = buildRows(todo, o.maxEvidence);
    counts.extractions = todo.length;
    counts.articles = rows.articleCount;
    counts.rejected = rows.rejected;
    for (const step of stepsOf(rows)) await runStep(tx, step, o.maxEvidence, counts);
    counts.batches = 1;
    return counts;
  }, o.timeoutMs > 0 ? { timeoutMs: o.timeoutMs } : undefined);
}

function resolve(options: LoadOptions | undefined): Required<Omit<LoadOptions, 'onBatch'>> {
  const o = { ...DEFAULTS, ...options };
  if (!Number.isInteger(o.batchSize) || o.batchSize < 1) throw new RangeError(`server/graph/load: batchSize must be a positive integer, got ${o.batchSize}`);
  if (!Number.isInteger(o.maxEvidence) || o.maxEvidence < 0) throw new RangeError(`server/graph/load: maxEvidence must be a non-negative integer, got ${o.maxEvidence}`);
  return { batchSize: o.batchSize, maxEvidence: o.maxEvidence, skipLoaded: o.skipLoaded, timeoutMs: o.timeoutMs };
}

/**
 * Loads many extractions, cut into batches of about batchSize rows (an extraction is never
 * split, so each article commits whole). Reads the source lazily and keeps one batch in
 * flight while the next is gathered: memory stays at two batches whatever the corpus size.
 * Extractions are written in the order given, which makes the graph independent of where
 * batches are cut.
 */
export async function loadExtractions(
  graph: Graph,
  source: Iterable<Extraction> | AsyncIterable<Extraction>,
  options?: LoadOptions,
): Promise<LoadCounts> {
  const o = resolve(options);
  const totals = emptyCounts();
  let inFlight: Promise<void> | null = null;
  let failure: { error: unknown } | null = null;

  const send = async (batch: Extraction[]): Promise<void> => {
    if (inFlight) await inFlight;
    if (failure) throw failure.error;
    inFlight = writeBatch(graph, batch, o).then(
      (counts) => {
        addCounts(totals, counts);
        options?.onBatch?.({ ...totals });
      },
      // Kept, not thrown here: nobody awaits this promise until the next batch is ready.
      (error: unknown) => { failure = { error }; },
    );
  };

  let batch: Extraction[] = [];
  let size = 0;
  for await (const x of source) {
    batch.push(x);
    size += estimateRows(x);
    if (size >= o.batchSize) {
      await send(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) await send(batch);
  if (inFlight) await inFlight;
  if (failure) throw (failure as { error: unknown }).error;
  return totals;
}

/** Loads one extraction (one page): the same path as loadExtractions, one batch or more. */
export function loadExtraction(graph: Graph, extraction: Extraction, options?: LoadOptions): Promise<LoadCounts> {
  return loadExtractions(graph, [extraction], options);
}
