// `npm run bench -- api [--articles N] [--seed S] [--connections C] [--duration SECONDS]
// [--pagecache 512M] [--data-dir DIR] [--uri bolt://…]`: p50 and p95 latency of search,
// neighborhood depth 1 and 2, and path, under autocannon with C concurrent connections on
// loopback, against a graph of N generated articles (bench/corpus), printed beside a bare
// `RETURN 1` round trip to Neo4j measured in the same run at the same concurrency. The API runs
// in a worker thread, so the load generator does not share its event loop. Asserts nothing.
//
// --data-dir keeps the embedded database between runs: loaded once, measured many times.
import type { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import { createApp } from '../server/app.ts';
import { createGraph, toNumber, type Graph } from '../server/graph/driver.ts';
import { loadExtractions } from '../server/graph/load.ts';
import { readTransaction } from '../server/graph/queries/read.ts';
import { ensureSchema } from '../server/graph/schema.ts';
import { connectNeo4j } from '../server/launcher/connect.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/launcher/neo4j.ts';
import { generateExtractions } from './corpus/generate.ts';

const USAGE =
  'usage: npm run bench -- api [--articles N] [--seed S] [--connections C] [--duration SECONDS] [--pagecache 512M] [--data-dir DIR] [--uri bolt://…]';

const DEFAULTS = {
  /** The corpus size the targets are set for. */
  articles: 100_000,
  seed: '1',
  /** Concurrent connections: a few explorers clicking at once, each firing several requests. */
  connections: 20,
  /** Seconds measured per endpoint, after a warm-up of a quarter of that (plans cached, pages in memory). */
  duration: 10,
  /** The graph of 10^5 articles is a few hundred MB on disk; this keeps the hot part in memory. */
  pageCache: '512M',
  /** Distinct entities sampled for the request mix, so caches see a realistic spread. */
  samples: 400,
} as const;

/** Targets from the issue, p95 in milliseconds. */
const TARGETS: Record<string, number> = { search: 30, 'neighborhood d1': 30, 'neighborhood d2': 150, path: 150 };

interface Figures {
  /** One-minute load average when the run ended: the share of two cores the run really had. */
  readonly load: number;
  readonly requests: number;
  readonly errors: number;
  readonly p50: number;
  readonly p95: number;
  readonly rps: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

function figures(times: number[], errors: number, seconds: number): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    load: os.loadavg()[0] ?? Number.NaN, requests: times.length, errors, p50: percentile(sorted, 50), p95: percentile(sorted, 95), rps: times.length / seconds,
  };
}

// ── the API, in a worker thread ──────────────────────────────────────────────────────────

interface WorkerSettings {
  readonly uri: string;
}

/** Runs in the worker: the app on a free loopback port, until told to stop. */
export async function serveFromWorker(): Promise<void> {
  const settings = workerData as WorkerSettings;
  const graph = createGraph(await connectNeo4j({ uri: settings.uri }));
  const app = createApp({ graph, host: '127.0.0.1' });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  parentPort?.on('message', (message: unknown) => {
    if (message === 'stop') {
      server.closeAllConnections();
      server.close(() => void graph.close().finally(() => parentPort?.close()));
    }
  });
  parentPort?.postMessage({ port: (server.address() as AddressInfo).port });
}

/** tsx's API registered first, then this file imported: the way server/ingest/pool.ts starts workers. */
function startApiWorker(uri: string): Promise<{ worker: Worker; port: number }> {
  const require = createRequire(import.meta.url);
  const tsxApi = pathToFileURL(path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const entry = pathToFileURL(fileURLToPath(import.meta.url)).href;
  const code = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })` +
    '.then((m) => m.serveFromWorker())';
  const worker = new Worker(code, { eval: true, workerData: { uri } satisfies WorkerSettings });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { port: number }) => resolve({ worker, port: m.port }));
    worker.once('error', reject);
  });
}

// ── the database ─────────────────────────────────────────────────────────────────────────

async function countArticles(graph: Graph): Promise<number> {
  return readTransaction(graph, async (tx) => toNumber((await tx.run('MATCH (a:Article) RETURN count(a) AS n')).records[0]?.get('n')));
}

async function ensureCorpus(graph: Graph, articles: number, seed: string): Promise<void> {
  await ensureSchema(graph);
  const have = await countArticles(graph);
  // The generator repeats an article now and then (a reprint), and the loader keeps one: a few short is complete.
  if (have >= articles * 0.99) {
    console.log(`api: the database already holds ${have.toLocaleString('en-US')} articles; not loading`);
    return;
  }
  // A smaller corpus from an earlier run: start over, in batches a small heap can hold.
  for (let deleted = have; deleted > 0;) {
    deleted = await graph.write(async (tx) => toNumber((await tx.run('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n')).records[0]?.get('n')));
  }
  const started = performance.now();
  let lastReport = started;
  const counts = await loadExtractions(graph, generateExtractions(articles, seed), {
    onBatch: (totals) => {
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        console.log(`api: loaded ${totals.articles.toLocaleString('en-US')} of ${articles.toLocaleString('en-US')} articles…`);
      }
    },
  });
  console.log(`api: loaded ${counts.articles.toLocaleString('en-US')} articles (${counts.nodes.toLocaleString('en-US')} node rows, ` +
    `${counts.relationships.toLocaleString('en-US')} relationship rows) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

interface Samples {
  readonly searches: string[];
  readonly people: string[];
  readonly pairs: [string, string][];
}

/** Pinyin words of a searchText: syllables, then the joined spelling, then the initials (load/search-text.ts). */
function pinyinWords(searchText: string): string[] {
  return searchText.split(' ').filter((w) => /^[a-z]+$/u.test(w));
}

async function sample(graph: Graph, n: number): Promise<Samples> {
  const rows = await readTransaction(graph, async (tx) => (await tx.run(
    `MATCH (p:Person) WHERE EXISTS { (p)-[:APPEARED_AT]->() }
     WITH p ORDER BY p.id
     WITH collect(p) AS people
     WITH people, toInteger(ceil(toFloat(size(people)) / $n)) AS step
     UNWIND range(0, size(people) - 1, step) AS i
     WITH people[i] AS p
     RETURN p.id AS id, p.name AS name, p.searchText AS searchText, p.scope AS scope`,
    { n: Math.max(1, n) },
  )).records.map((r) => ({ id: String(r.get('id')), name: String(r.get('name')), text: String(r.get('searchText') ?? ''), scope: String(r.get('scope')) })), { timeoutMs: 120_000 });
  const searches: string[] = [];
  for (const p of rows) {
    const words = pinyinWords(p.text);
    // What people type: the full name, the given name, the joined pinyin, the initials.
    searches.push(p.name, p.name.slice(1), words.at(-2) ?? p.name, words.at(-1) ?? p.name);
  }
  // Half the pairs from one city (officials who meet), half across cities (the long searches).
  const byScope = new Map<string, string[]>();
  for (const p of rows) byScope.set(p.scope, [...(byScope.get(p.scope) ?? []), p.id]);
  const pairs: [string, string][] = [];
  for (const ids of byScope.values()) for (let i = 1; i < ids.length; i += 1) pairs.push([ids[i - 1] as string, ids[i] as string]);
  const local = pairs.length;
  for (let i = 0; i < rows.length && pairs.length < local * 2; i += 1) {
    const a = rows[i];
    const b = rows[(i * 7 + 13) % rows.length];
    if (a && b && a.id !== b.id) pairs.push([a.id, b.id]);
  }
  return { searches, people: rows.map((p) => p.id), pairs };
}

// ── measuring ────────────────────────────────────────────────────────────────────────────

async function cannon(base: string, paths: readonly string[], connections: number, seconds: number, post?: string): Promise<Figures> {
  let i = 0;
  const times: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [{
      method: post === undefined ? 'GET' : 'POST',
      ...(post === undefined ? {} : { body: post, headers: { 'content-type': 'application/json' } }),
      setupRequest: (request) => ({ ...request, path: paths[(i += 1) % paths.length] as string }),
    }],
  });
  // The typings leave out the first argument autocannon really passes (the client).
  (instance as unknown as EventEmitter).on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) times.push(ms);
    else errors += 1;
  });
  const result = await instance;
  return figures(times, errors + result.errors + result.timeouts, seconds);
}

/** The floor: `RETURN 1` through the same read-transaction helper the API uses, at the same concurrency. */
async function bareRoundTrip(graph: Graph, connections: number, seconds: number): Promise<Figures> {
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      await readTransaction(graph, (tx) => tx.run('RETURN 1'));
      times.push(performance.now() - t0);
    }
  }));
  return figures(times, 0, seconds);
}

/** Long enough for the slowest request of a run (a capped depth-2 neighbourhood) to finish. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 2_000));

const ms = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '—');

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string', default: String(DEFAULTS.articles) },
      seed: { type: 'string', default: DEFAULTS.seed },
      connections: { type: 'string', default: String(DEFAULTS.connections) },
      duration: { type: 'string', default: String(DEFAULTS.duration) },
      pagecache: { type: 'string', default: DEFAULTS.pageCache },
      'data-dir': { type: 'string' },
      uri: { type: 'string' },
    },
  });
  const articles = Number(values.articles);
  const connections = Number(values.connections);
  const seconds = Number(values.duration);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(connections) || connections < 1 || !(seconds > 0 && seconds <= 120)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }

  const ownDir = values['data-dir'] === undefined && values.uri === undefined;
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : ownDir ? mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-api-')) : '';
  let db: EmbeddedNeo4j | null = null;
  let graph: Graph | null = null;
  let api: { worker: Worker; port: number } | null = null;
  try {
    let uri = values.uri ?? '';
    if (!uri) {
      console.log(`api: starting the embedded Neo4j in ${dataDir}${existsSync(path.join(dataDir, 'data')) ? ' (existing data)' : ''}…`);
      db = await startEmbeddedNeo4j({ dataDir, pageCache: values.pagecache, heap: '1g', log: () => undefined });
      uri = db.uri;
    }
    graph = createGraph(await connectNeo4j({ uri }));
    await ensureCorpus(graph, articles, values.seed);
    const s = await sample(graph, DEFAULTS.samples);
    api = await startApiWorker(uri);
    const base = `http://127.0.0.1:${api.port}`;
    const enc = encodeURIComponent;
    const endpoints: [string, string[], string?][] = [
      ['search', s.searches.map((q) => `/api/search?q=${enc(q)}&limit=20`)],
      ['search prefix', s.searches.map((q) => `/api/search?q=${enc(q)}&limit=10&prefix=true`)],
      ['neighborhood d1', s.people.map((id) => `/api/neighborhood/${id}?depth=1`)],
      ['neighborhood d2', s.people.map((id) => `/api/neighborhood/${id}?depth=2`)],
      ['path', s.pairs.map(([a, b]) => `/api/path?from=${a}&to=${b}`)],
      ['cypher RETURN 1 (HTTP)', ['/api/cypher'], JSON.stringify({ query: 'RETURN 1 AS one' })],
    ];
    console.log(`api: load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores (other work on the machine shows in every figure)`);
    console.log(`api: ${s.people.length} people, ${s.searches.length} search texts, ${s.pairs.length} pairs; ` +
      `${connections} connections, ${seconds} s per endpoint after a ${(seconds / 4).toFixed(1)} s warm-up`);

    await bareRoundTrip(graph, connections, seconds / 4);
    const bare = await bareRoundTrip(graph, connections, seconds);
    const rows: [string, Figures][] = [['bare RETURN 1 (driver)', bare]];
    for (const [name, paths, post] of endpoints) {
      await cannon(base, paths, connections, seconds / 4, post);
      // autocannon stops with requests in flight; let the server finish them before measuring.
      await settle();
      rows.push([name, await cannon(base, paths, connections, seconds, post)]);
      await settle();
    }

    console.log('');
    console.log(`${'endpoint'.padEnd(24)} ${'requests'.padStart(9)} ${'errors'.padStart(7)} ${'req/s'.padStart(8)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'p95/bare'.padStart(9)} ${'load'.padStart(5)}  target p95`);
    for (const [name, f] of rows) {
      const target = TARGETS[name];
      const verdict = target === undefined ? '' : `${target} ms ${f.p95 <= target ? 'met' : 'MISSED'}`;
      console.log(
        `${name.padEnd(24)} ${String(f.requests).padStart(9)} ${String(f.errors).padStart(7)} ${f.rps.toFixed(0).padStart(8)} ` +
          `${ms(f.p50).padStart(9)} ${ms(f.p95).padStart(9)} ${`${(f.p95 / bare.p95).toFixed(1)}×`.padStart(9)} ${f.load.toFixed(1).padStart(5)}  ${verdict}`,
      );
    }
  } finally {
    if (api) {
      api.worker.postMessage('stop');
      await new Promise((resolve) => api?.worker.once('exit', resolve));
    }
    await graph?.close();
    await db?.stop();
    if (ownDir && dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
