// `npm run ingest -- PATH... [--batch-size N] [--workers N] [--home CITY]`: loads pages into
// Neo4j (NEO4J_URI, or the embedded one in NEWSGRAPH_DATA_DIR), with a progress bar on stderr
// and a summary on stdout. Exit code 0: everything loaded; 1: some files failed (listed);
// 2: bad arguments or configuration; 3: Neo4j or the extractor could not be started.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { ConfigError, readConfig } from './config.ts';
import { createGraph } from './graph/driver.ts';
import { ensureSchema } from './graph/schema.ts';
import { formatSummary, ingest, type IngestSummary } from './ingest.ts';
import { ProgressBar } from './ingest/progress.ts';
import { connectNeo4j } from './launcher/connect.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './launcher/neo4j.ts';

const USAGE = `usage: npm run ingest -- PATH... [--batch-size N] [--workers N] [--home CITY] [--quiet]
  PATH      files or folders (.txt, .md, .html under folders, recursively)
  --extractor MODULE  a module exporting extractPage, in place of extract/index.ts (tests)`;

const say = (line: string): void => console.error(`newsgraph: ${line}`);

function positiveInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    say(`--${name} must be a positive integer, got "${raw}"`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'batch-size': { type: 'string' },
        workers: { type: 'string' },
        home: { type: 'string' },
        extractor: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const batchSize = positiveInt('batch-size', values['batch-size']);
  const workers = positiveInt('workers', values.workers);

  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      say(error.message);
      return 2;
    }
    throw error;
  }

  let embedded: EmbeddedNeo4j | null = null;
  let driver: Driver | null = null;
  const stop = async (): Promise<void> => {
    await driver?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  };
  // Ctrl-C stops cleanly: committed batches stay, and the next run skips their articles.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      say(`${signal}: stopping; run the same command again to resume`);
      void stop().finally(() => process.exit(130));
    });
  }

  let summary: IngestSummary;
  try {
    try {
      if (config.neo4j) {
        driver = await connectNeo4j({ ...config.neo4j, timeoutMs: 10_000 });
      } else {
        const dataDir = path.join(config.dataDir, 'neo4j');
        say(`starting the embedded Neo4j (data in ${dataDir})…`);
        embedded = await startEmbeddedNeo4j({ dataDir, pageCache: config.pageCache, log: say });
        driver = await connectNeo4j({ uri: embedded.uri, timeoutMs: 10_000 });
      }
    } catch (error) {
      say(error instanceof Error ? error.message : String(error));
      return 3;
    }
    const graph = createGraph(driver);
    await ensureSchema(graph);
    const bar = values.quiet ? null : new ProgressBar(process.stderr);
    let last = null as Parameters<ProgressBar['update']>[0] | null;
    summary = await ingest(graph, positionals, {
      ...(batchSize === undefined ? {} : { batchSize }),
      ...(workers === undefined ? {} : { workers }),
      ...(values.extractor === undefined ? {} : { extractor: new URL(values.extractor, `file://${process.cwd()}/`).href }),
      home: values.home ?? null,
      onProgress: (state) => {
        last = state;
        bar?.update(state);
      },
    });
    if (bar && last) bar.finish(last);
  } finally {
    await stop();
  }
  console.log(formatSummary(summary));
  return summary.failures.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 3;
}
