// `npm start`: listen first (so the page can say "starting…"), then start or connect to Neo4j,
// create the schema, load the seed pages into an empty database, and serve until told to stop.
import path from 'node:path';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { ConfigError, readConfig, type Config } from './config.ts';
import { createApp, type GraphSource } from './app.ts';
import { createGraph, type Graph } from './graph/driver.ts';
import { ensureSchema } from './graph/schema.ts';
import { listen, ListenError } from './listen.ts';
import { connectNeo4j, startEmbeddedNeo4j, stopAllChildren, type EmbeddedNeo4j } from './launcher/index.ts';
import { loadSeedsIfEmpty } from './seeds.ts';

const log = (line: string): void => console.log(`newsgraph: ${line}`);

interface Running {
  server: Server | null;
  neo4j: EmbeddedNeo4j | null;
  driver: Driver | null;
}

async function connect(config: Config, running: Running, source: { status: string }): Promise<Graph> {
  if (config.neo4j) {
    source.status = `connecting to ${config.neo4j.uri}…`;
    log(source.status);
    running.driver = await connectNeo4j({ ...config.neo4j, timeoutMs: 10_000 });
  } else {
    const dataDir = path.join(config.dataDir, 'neo4j');
    source.status = 'starting the embedded Neo4j…';
    log(`starting the embedded Neo4j (data in ${dataDir})…`);
    running.neo4j = await startEmbeddedNeo4j({ dataDir, pageCache: config.pageCache, log });
    log(`Neo4j ${running.neo4j.version} answers at ${running.neo4j.uri}`);
    // The embedded database runs without authentication on loopback.
    running.driver = await connectNeo4j({ uri: running.neo4j.uri, timeoutMs: 10_000 });
  }
  const graph = createGraph(running.driver);
  await ensureSchema(graph);
  return graph;
}

async function stop(running: Running): Promise<void> {
  await new Promise<void>((resolve) => (running.server ? running.server.close(() => resolve()) : resolve()));
  await running.driver?.close().catch(() => undefined);
  await running.neo4j?.stop().catch(() => undefined);
  // A database still starting has no handle yet: the launcher tracks its child from the spawn.
  await stopAllChildren().catch(() => undefined);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }

  const running: Running = { server: null, neo4j: null, driver: null };
  const state: { graph: Graph | null; status: string } = { graph: null, status: 'starting…' };
  const source: GraphSource = { current: () => state.graph, status: () => state.status };

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    void stop(running).finally(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  try {
    running.server = await listen(createApp({ graph: source, token: config.token, host: config.host }), config.port, config.host);
  } catch (error) {
    if (error instanceof ListenError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const address = running.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`serving http://${config.host}:${port}`);

  try {
    state.graph = await connect(config, running, state);
    state.status = 'loading the seed pages…';
    const loaded = await loadSeedsIfEmpty(state.graph, config.seedsDir, log);
    state.status = 'ready';
    log(loaded ? `seed pages loaded: ${loaded}` : 'database already has articles; seeds not reloaded');
    log(`ready: open http://${config.host}:${port}`);
  } catch (error) {
    if (stopping) return;
    console.error(error instanceof Error ? error.message : String(error));
    await stop(running);
    process.exit(1);
  }
}

await main();
