// The one wrapper around neo4j-driver: read and write transactions with the database name,
// and the test for "Neo4j is not there" that the API maps to 503.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { disableNagle } from './no-delay.ts';

export interface Graph {
  readonly driver: Driver;
  /** Database name; undefined means the server's default database. */
  readonly database: string | undefined;
  read<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  close(): Promise<void>;
}

export function createGraph(driver: Driver, database?: string): Graph {
  // Batches and list parameters span TCP segments; with Nagle on each waits ~40 ms (no-delay.ts).
  disableNagle();
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  return {
    driver,
    database,
    async read(work, options) {
      const s = session('READ');
      try {
        return await s.executeRead(work, options?.timeoutMs ? { timeout: options.timeoutMs } : undefined);
      } finally {
        await s.close();
      }
    },
    async write(work, options) {
      const s = session('WRITE');
      try {
        return await s.executeWrite(work, options?.timeoutMs ? { timeout: options.timeoutMs } : undefined);
      } finally {
        await s.close();
      }
    },
    close: () => driver.close(),
  };
}

/** True when the error means the database cannot be reached (down, restarting, network gone). */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    (typeof code === 'string' && code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) ||
    /ECONNREFUSED|ECONNRESET|Connection was closed|Pool is closed|Failed to connect/u.test(error.message)
  );
}

/** Neo4j integers and plain numbers alike, as a JavaScript number. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return Number.NaN;
}
