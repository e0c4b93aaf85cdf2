// The database's version and the number of nodes per label, for GET /api/health.
import { LABEL_NAMES, type Label } from '../../../vocab/labels.ts';
import { toNumber, type Graph } from '../driver.ts';
import { readTransaction } from './read.ts';

export interface GraphHealth {
  readonly neo4jVersion: string;
  readonly edition: string;
  readonly counts: Record<Label, number>;
}

// Counting by label alone is answered from Neo4j's count store, so this stays cheap at any size.
const COUNTS = LABEL_NAMES.map((label) => `MATCH (n:${label}) RETURN '${label}' AS label, count(n) AS count`).join(
  ' UNION ALL ',
);

export async function readGraphHealth(graph: Graph): Promise<GraphHealth> {
  // readTransaction, not graph.read: while Neo4j is down the health check must answer at once.
  return readTransaction(graph, async (tx) => {
    const component = await tx.run(
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
    );
    const first = component.records[0];
    const counts = Object.fromEntries(LABEL_NAMES.map((l) => [l, 0])) as Record<Label, number>;
    for (const record of (await tx.run(COUNTS)).records) {
      counts[record.get('label') as Label] = toNumber(record.get('count'));
    }
    return {
      neo4jVersion: String(first?.get('version') ?? 'unknown'),
      edition: String(first?.get('edition') ?? 'unknown'),
      counts,
    };
  });
}
