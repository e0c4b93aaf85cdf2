// The environment, read and checked once at startup. Nothing else in server/ reads process.env.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

export interface Config {
  /** Port of the API and explorer; 3000 unless PORT says otherwise. */
  readonly port: number;
  /** Loopback by default: the Cypher console must not face a network unless asked to. */
  readonly host: string;
  /** An outside Neo4j (NEO4J_URI); null means: start the embedded one. */
  readonly neo4j: Neo4jTarget | null;
  /** Where NewsGraph keeps its own data (the embedded database lives in DIR/neo4j). */
  readonly dataDir: string;
  /** Page cache of the embedded Neo4j: bounded so the JVM fits beside everything else. */
  readonly pageCache: string;
  /** Required for the Cypher console and exports when HOST is not loopback. */
  readonly token: string | null;
  /** Seed pages loaded into an empty database at start. */
  readonly seedsDir: string;
}

export class ConfigError extends Error {
  readonly code = 'config';
  constructor(readonly variable: string, reason: string) {
    super(`newsgraph: ${variable} ${reason}`);
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

function readPort(env: NodeJS.ProcessEnv): number {
  const raw = env.PORT ?? '3000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `must be a port number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST?.trim() || '127.0.0.1';
  const uri = env.NEO4J_URI?.trim();
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//u.test(uri)) {
    throw new ConfigError('NEO4J_URI', `must start with bolt://, neo4j://, bolt+s:// or neo4j+s://, got "${uri}"`);
  }
  const token = env.NEWSGRAPH_TOKEN?.trim() || null;
  if (!isLoopback(host) && !token) {
    throw new ConfigError('NEWSGRAPH_TOKEN', `must be set when HOST is ${host} (not loopback): the Cypher console and exports need it`);
  }
  const dataDir = path.resolve(REPO_ROOT, env.NEWSGRAPH_DATA_DIR?.trim() || '.newsgraph');
  return {
    port: readPort(env),
    host,
    neo4j: uri ? { uri, user: env.NEO4J_USER?.trim() || 'neo4j', password: env.NEO4J_PASSWORD ?? '' } : null,
    dataDir,
    pageCache: env.NEO4J_PAGECACHE?.trim() || '128M',
    token,
    seedsDir: path.resolve(REPO_ROOT, env.NEWSGRAPH_SEEDS?.trim() || 'seeds'),
  };
}
