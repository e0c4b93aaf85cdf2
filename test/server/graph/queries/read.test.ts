// The second wall of the console, apart from the lexical check: a transaction opened by
// readTransaction is in READ access mode, so Neo4j itself refuses a write sent through it.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../../server/graph/driver.ts';
import { readTransaction } from '../../../../server/graph/queries/read.ts';
import { connectTestGraph } from '../../api/harness.ts';

let graph: Graph;
beforeAll(async () => {
  graph = await connectTestGraph();
});
afterAll(() => graph?.close());

const count = async (): Promise<number> =>
  readTransaction(graph, async (tx) => neo4j.integer.toNumber((await tx.run('MATCH (n) RETURN count(n) AS n')).records[0]?.get('n')));

describe('readTransaction', () => {
  it('is refused any write by Neo4j', async () => {
    const before = await count();
    await expect(readTransaction(graph, (tx) => tx.run('CREATE (:Person {id: "per_spy"})'))).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.AccessMode',
    });
    expect(await count()).toBe(before);
  });

  it('stops at its timeout', async () => {
    await expect(readTransaction(graph, (tx) => tx.run('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)'), { timeoutMs: 200 }))
      .rejects.toMatchObject({ code: expect.stringMatching(/TransactionTimedOut|Terminated/u) });
  });
});
