// Opens a neo4j-driver Driver to any Neo4j 5 (the embedded one, NEO4J_URI, Aura) and proves the
// server answers before handing it out, so that "no database" is one clear error at startup
// instead of a failure at the first query. Knows nothing of how that Neo4j was started.
import neo4j, { type Driver } from 'neo4j-driver';
import { ConnectError } from './errors.ts';

export interface ConnectOptions {
  readonly uri: string;
  /** Omitted or empty: no credentials (the embedded database runs without authentication). */
  readonly user?: string;
  readonly password?: string;
  /** The whole wait, connection and handshake included. */
  readonly timeoutMs?: number;
}

const DEFAULTS = {
  // Long enough for a server across a network, short enough that a wrong NEO4J_URI is told at once.
  timeoutMs: 10_000,
} as const;

export interface ServerVersion {
  /** e.g. "5.26.30" */
  readonly version: string;
  /** "community" or "enterprise" */
  readonly edition: string;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/gu, ' ').trim();
}

function isAuthFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Security.');
}

/** Resolves with a Driver whose server has answered; rejects with ConnectError within timeoutMs. */
export async function connectNeo4j(options: ConnectOptions): Promise<Driver> {
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const seconds = Math.round(timeoutMs / 100) / 10;
  // No token at all makes the driver use the "none" scheme, which a server without authentication takes.
  const auth = options.user ? neo4j.auth.basic(options.user, options.password ?? '') : undefined;
  const driver = neo4j.driver(options.uri, auth, {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    // The driver logs connection failures itself; the error we throw says it once, better.
    logging: { level: 'error', logger: () => undefined },
  });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer')), timeoutMs);
  });
  try {
    // A routing (neo4j://) driver retries on its own for longer than we want to wait.
    await Promise.race([driver.verifyConnectivity(), deadline]);
    return driver;
  } catch (error) {
    await driver.close().catch(() => undefined);
    if (isAuthFailure(error)) {
      throw new ConnectError(
        'auth-failed',
        options.uri,
        `Neo4j at ${options.uri} refused the credentials of user "${options.user ?? ''}": ${describe(error)}; check NEO4J_USER and NEO4J_PASSWORD`,
        { cause: error },
      );
    }
    throw new ConnectError(
      'unreachable',
      options.uri,
      `Neo4j at ${options.uri} did not answer within ${seconds} s: ${describe(error)}; check NEO4J_URI or unset it to use the embedded database`,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

/** The server's Neo4j version and edition, as `CALL dbms.components()` reports them. */
export async function readServerVersion(driver: Driver): Promise<ServerVersion> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition WHERE name = "Neo4j Kernel" RETURN versions[0] AS version, edition',
    {},
    { routing: neo4j.routing.READ },
  );
  const record = records[0];
  if (!record) throw new Error('dbms.components() returned no "Neo4j Kernel" row');
  return { version: String(record.get('version')), edition: String(record.get('edition')) };
}
