// `npm run bench -- ingest [--articles 10000,100000] [--per-row-articles 300] [--batch-size N]
// [--pagecache 512M] [--seed S]`: relationships per second of the batched loader against a
// one-row-per-statement loader, on the synthetic corpus, each on a fresh embedded Neo4j, and the
// peak RSS of this Node process. The corpus is generated into a temporary NDJSON file first and
// streamed from it, so the timings are the loader's (row building included), not the generator's,
// and no more than a batch or two of Extractions is ever in memory.
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Extraction } from '../vocab/extraction.ts';
import { createGraph, type Graph } from '../server/graph/driver.ts';
import { DEFAULTS, loadExtractions } from '../server/graph/load.ts';
import { loadPerRow } from '../server/graph/load/per-row.ts';
import { ensureSchema } from '../server/graph/schema.ts';
import { connectNeo4j } from '../server/launcher/connect.ts';
import { startEmbeddedNeo4j } from '../server/launcher/neo4j.ts';
import { generateExtractions } from './corpus/generate.ts';

const USAGE = 'usage: npm run bench -- ingest [--articles 10000,100000] [--per-row-articles 300] [--batch-size N] [--pagecache 512M] [--seed S]';

/** Peak resident set of this process, sampled: maxRSS alone cannot be reset between phases. */
class RssPeak {
  peak = 0;
  private readonly timer = setInterval(() => this.sample(), 200);
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rate = (n: number, seconds: number): string => `${Math.round(n / seconds).toLocaleString('en-US')}/s`;

async function writeCorpus(file: string, articles: number, seed: string): Promise<void> {
  const out = createWriteStream(file);
  for (const x of generateExtractions(articles, seed)) {
    if (!out.write(`${JSON.stringify(x)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function* readCorpus(file: string, limitArticles = Infinity): AsyncGenerator<Extraction> {
  let articles = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (articles >= limitArticles) break;
    const x = JSON.parse(line) as Extraction;
    articles += x.entities.filter((e) => e.label === 'Article').length;
    yield x;
  }
  lines.close();
}

/** CPU seconds a process has used (user + system), from /proc; NaN where there is no /proc. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** A fresh embedded Neo4j on a temporary directory, removed afterwards. */
async function withFreshNeo4j<T>(pageCache: string, work: (graph: Graph, neo4jPid: number) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-ingest-'));
  const neo = await startEmbeddedNeo4j({ dataDir, pageCache, log: () => undefined });
  const graph = createGraph(await connectNeo4j({ uri: neo.uri }));
  try {
    await ensureSchema(graph);
    return await work(graph, neo.pid);
  } finally {
    await graph.close();
    await neo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string', default: '10000,100000' },
      'per-row-articles': { type: 'string', default: '300' },
      'per-row-seconds': { type: 'string', default: '120' },
      'batch-size': { type: 'string', default: String(DEFAULTS.batchSize) },
      pagecache: { type: 'string', default: '512M' },
      seed: { type: 'string', default: '1' },
    },
  });
  const sizes = values.articles.split(',').map(Number);
  const perRowArticles = Number(values['per-row-articles']);
  const perRowSeconds = Number(values['per-row-seconds']);
  const batchSize = Number(values['batch-size']);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(perRowArticles > 0) || !(batchSize > 0)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-corpus-'));
  console.log(`bench ingest: batch size ${batchSize}, page cache ${values.pagecache}, ${os.availableParallelism()} cores, seed ${values.seed}`);
  try {
    for (const articles of sizes) {
      const file = path.join(work, `corpus-${articles}.ndjson`);
      let t = performance.now();
      await writeCorpus(file, articles, values.seed);
      console.log(`\n${articles.toLocaleString('en-US')} articles: corpus generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);

      const rss = new RssPeak();
      const batched = await withFreshNeo4j(values.pagecache, async (graph, pid) => {
        const cpu0 = { neo4j: cpuSeconds(pid), node: process.cpuUsage() };
        t = performance.now();
        const counts = await loadExtractions(graph, readCorpus(file), { batchSize });
        const node = process.cpuUsage(cpu0.node);
        return {
          counts,
          seconds: (performance.now() - t) / 1000,
          neo4jCpu: cpuSeconds(pid) - cpu0.neo4j,
          nodeCpu: (node.user + node.system) / 1e6,
        };
      });
      const peak = rss.stop();
      const c = batched.counts;
      const batchedRate = c.relationships / batched.seconds;
      console.log(`  batched : ${c.articles} articles, ${c.nodes} node rows, ${c.relationships} relationship rows ` +
        `(${c.relationshipsCreated} relationships) in ${batched.seconds.toFixed(1)} s, ${c.batches} transactions`);
      console.log(`            ${rate(c.relationships, batched.seconds)} relationship rows, ${rate(c.nodes + c.relationships, batched.seconds)} rows, ` +
        `peak RSS of Node ${mb(peak)}`);
      console.log(`            CPU: Neo4j ${batched.neo4jCpu.toFixed(1)} s, Node ${batched.nodeCpu.toFixed(1)} s ` +
        `(load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} cores: other processes share them)`);

      const subset = Math.min(articles, perRowArticles);
      const perRow = await withFreshNeo4j(values.pagecache, async (graph) => {
        t = performance.now();
        const counts = await loadPerRow(graph, readCorpus(file, subset), { deadline: t + perRowSeconds * 1000 });
        return { counts, seconds: (performance.now() - t) / 1000 };
      });
      const p = perRow.counts;
      const perRowRate = p.relationships / perRow.seconds;
      const msPerRow = (perRow.seconds * 1000) / p.batches;
      console.log(`  per row : ${p.articles} articles${p.complete ? '' : ' (stopped at the time limit)'}, ` +
        `${p.batches} statements in ${perRow.seconds.toFixed(1)} s: ${msPerRow.toFixed(2)} ms a row, ` +
        `${rate(p.relationships, perRow.seconds)} relationship rows`);
      console.log(`  batched / per row: ${(batchedRate / perRowRate).toFixed(1)}× relationships per second`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
