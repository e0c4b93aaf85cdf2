// One read transaction for the API: a session in READ access mode, a server-side timeout, and no
// retry loop. The driver's executeRead retries "unavailable" for 30 s, which would hold a request
// that long while Neo4j is down; the API answers 503 at once instead, and tries exactly once more
// because the first query after a Neo4j restart can meet a pooled connection that died with it.
import neo4j, { type Transaction } from 'neo4j-driver';
import { isUnavailable, type Graph } from '../driver.ts';

export interface ReadOptions {
  /** Neo4j terminates the transaction after this long (TransactionTimedOut). */
  readonly timeoutMs: number;
}

export const READ_DEFAULTS = {
  // The API's own queries are bounded by their caps; this only stops one that went wrong.
  timeoutMs: 20_000,
} as const satisfies ReadOptions;

/** What a query function gets: run statements, nothing else (no commit, no rollback). */
export type QueryRunner = Pick<Transaction, 'run'>;

export async function readTransaction<T>(
  graph: Graph,
  work: (tx: QueryRunner) => Promise<T>,
  options: ReadOptions = READ_DEFAULTS,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
    try {
      const tx = session.beginTransaction({ timeout: options.timeoutMs });
      try {
        const value = await work(tx);
        await tx.commit();
        return value;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      if (attempt === 1 && isUnavailable(error)) continue;
      throw error;
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
