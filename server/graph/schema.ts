// Constraints and indexes, derived from vocab/ and created idempotently at start.
// Labels cannot be Cypher parameters, so they come only from the vocabulary constants.
import { ENTITY_LABELS, LABEL_NAMES } from '../../vocab/labels.ts';
import { RELATIONS, RELATION_TYPES } from '../../vocab/relations.ts';
import type { Graph } from './driver.ts';

/**
 * The full-text index over names, aliases and pinyin of every entity label. Query it with
 * `CALL db.index.fulltext.queryNodes('entity_names', $q)`. It reads `name` and `searchText`
 * (name, aliases and pinyin keys joined by spaces, written by load.ts). Neo4j 5.26 would index
 * the `aliases` list itself (checked), but pinyin and initials have to be derived somewhere,
 * and one derived string keeps the index to two fields. A hit on the name counts twice,
 * which ranks the person called 建慧 above one whose alias is.
 */
export const FULLTEXT_INDEX = 'entity_names';

/**
 * `cjk` splits Han text into overlapping bigrams (张建慧 → 张建, 建慧), so a part of a name
 * finds the whole, and leaves Latin words (pinyin) whole and lowercased.
 */
export const FULLTEXT_ANALYZER = 'cjk';

/** Evidence lookups (`/edges/:id`) find a relationship by id; one range index per type. */
const evidencedTypes = RELATION_TYPES.filter((t) => RELATIONS[t].evidenced);

export const SCHEMA_STATEMENTS: readonly string[] = [
  // One uniqueness constraint per label on `id`: MERGE relies on it being unique and indexed.
  ...LABEL_NAMES.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
  'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)',
  'CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)',
  ...evidencedTypes.map(
    (type) => `CREATE INDEX ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
  ),
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ON EACH [n.name, n.searchText] ` +
    `OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${FULLTEXT_ANALYZER}' } }`,
];

/** Creates what is missing; a second call changes nothing. Schema commands need their own transactions. */
export async function ensureSchema(graph: Graph): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await graph.write((tx) => tx.run(statement));
  }
  await graph.write((tx) => tx.run('CALL db.awaitIndexes(300)'));
}
