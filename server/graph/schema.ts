// Constraints and indexes, derived from vocab/ and created idempotently at start.
// Labels cannot be Cypher parameters, so they come only from the vocabulary constants.
import { LABEL_NAMES } from '../../vocab/labels.ts';
import type { Graph } from './driver.ts';

/** One uniqueness constraint per label on `id`: MERGE relies on it being unique and indexed. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...LABEL_NAMES.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
  'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)',
  'CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)',
];

/** Creates what is missing; a second call changes nothing. Schema commands need their own transactions. */
export async function ensureSchema(graph: Graph): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await graph.write((tx) => tx.run(statement));
  }
  await graph.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
}
