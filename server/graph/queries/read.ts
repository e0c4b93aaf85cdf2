// Reads for the API: a session in READ access mode, a server-side timeout, and no 30-second retry
// loop. readTransaction runs several statements in one transaction (elementIds carried from one to
// the next); readQuery runs one statement as an auto-commit transaction, one round trip fewer. The driver's executeRead retries "unavailable" for 30 s, which would hold
// a request that long while Neo4j is down; the API answers 503 at once instead. It tries exactly
// once more on "unavailable", because the first query after a Neo4j restart can meet a pooled
// connection that died with it, and a few times, briefly, when Neo4j says it is busy.
//
// Transactions of one Graph are also gated: Neo4j refuses work outright when its Bolt threads are
// all taken (the embedded one has 32), so requests beyond the gate wait here, in order, instead
// of failing there.
import neo4j, { type Record as Neo4jRecord, type Transaction } from 'neo4j-driver';
import { isUnavailable, type Graph } from '../driver.ts';

export interface ReadOptions {
  /** Neo4j terminates the transaction after this long (TransactionTimedOut). */
  readonly timeoutMs: number;
}

export const READ_DEFAULTS = {
  // The API's own queries are bounded by their caps; this only stops one that went wrong.
  timeoutMs: 20_000,
} as const satisfies ReadOptions;

const GATE = {
  /**
   * Read transactions of one Graph open at once. Below the embedded Neo4j's 32 Bolt threads, with
   * room for the loader and the health check; on two cores more in flight only queue in the JVM.
   */
  concurrent: 16,
  /** Tries when Neo4j answers "busy" (no thread free, resources short), and the first pause between them. */
  busyTries: 4,
  busyPauseMs: 25,
} as const;

/** What a query function gets: run statements, nothing else (no commit, no rollback). */
export type QueryRunner = Pick<Transaction, 'run'>;

class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly size: number) {}

  async enter(): Promise<void> {
    if (this.active < this.size) {
      this.active += 1;
      return;
    }
    // The slot is handed over by leave(), so active stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  leave(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}

const gates = new WeakMap<Graph, Gate>();
function gateOf(graph: Graph): Gate {
  let gate = gates.get(graph);
  if (!gate) {
    gate = new Gate(GATE.concurrent);
    gates.set(graph, gate);
  }
  return gate;
}

/** Neo4j is there but cannot take the work now: no Bolt thread free, memory short, a leader switch. */
export function isBusy(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = String((error as Error & { code?: unknown }).code ?? '');
  return code === 'Neo.TransientError.Request.NoThreadsAvailable' ||
    code.startsWith('Neo.TransientError.General.') && !code.endsWith('DatabaseUnavailable') ||
    /no available threads to serve this request/iu.test(error.message);
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function attempt<T>(graph: Graph, work: (tx: QueryRunner) => Promise<T>, options: ReadOptions): Promise<T> {
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
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** Runs `once` inside the Graph's gate, again on a dead pooled connection or a busy Neo4j. */
async function gated<T>(graph: Graph, once: () => Promise<T>): Promise<T> {
  const gate = gateOf(graph);
  await gate.enter();
  try {
    let retriedUnavailable = false;
    for (let tries = 1; ; tries += 1) {
      try {
        return await once();
      } catch (error) {
        if (isUnavailable(error) && !retriedUnavailable) {
          retriedUnavailable = true;
          continue;
        }
        if (isBusy(error) && tries < GATE.busyTries) {
          await pause(GATE.busyPauseMs * 2 ** (tries - 1));
          continue;
        }
        throw error;
      }
    }
  } finally {
    gate.leave();
  }
}

export function readTransaction<T>(
  graph: Graph,
  work: (tx: QueryRunner) => Promise<T>,
  options: ReadOptions = READ_DEFAULTS,
): Promise<T> {
  return gated(graph, () => attempt(graph, work, options));
}

/** One statement, auto-committed in READ access mode: Neo4j refuses writes here too. */
export function readQuery(
  graph: Graph,
  cypher: string,
  params: Record<string, unknown>,
  options: ReadOptions = READ_DEFAULTS,
): Promise<Neo4jRecord[]> {
  return gated(graph, async () => {
    const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.run(cypher, params, { timeout: options.timeoutMs })).records;
    } finally {
      await session.close().catch(() => undefined);
    }
  });
}
