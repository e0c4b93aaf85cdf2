// The subgraph around an entity, one or two hops out, filtered by relationship type, role and
// event date, capped at `limit` nodes. Nearer nodes are kept first; among equals, level 1 keeps
// posts before appearances before places (TYPE_PRIORITY) and recent events first, level 2 keeps
// what more level-1 nodes lead to. What the cap leaves out is counted.
//
// Ranking, capping and projecting happen in Neo4j, so only what is kept crosses the wire: depth 1
// is one statement; depth 2 adds a second, in the same transaction, that starts from the first
// one's level-1 nodes by elementId.
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { labelOfId } from '../../../vocab/ids.ts';
import type { Label } from '../../../vocab/labels.ts';
import { RELATION_TYPES, type RelationType } from '../../../vocab/relations.ts';
import { fail, ok, type Result } from '../../../vocab/result.ts';
import { toNumber, type Graph } from '../driver.ts';
import type { Detail, Elements } from '../to-elements.ts';
import { edgeProjection, elementsFromRows, nodeProjection, type NodeRow, type RelRow } from './fetch-elements.ts';
import { DATE_OK, ROLE_OK, filterParams, type FilterParams } from './filters.ts';
import { NON_ARTICLE_TYPES, R, labelOf, typeAlternation } from './names.ts';
import { readQuery, readTransaction } from './read.ts';

export interface NeighborhoodOptions extends FilterParams {
  readonly depth: 1 | 2;
  /** Relationship types to follow; null: every type but the Article hubs (all of them around an Article). */
  readonly types: readonly RelationType[] | null;
  /** Most nodes returned, the centre included. */
  readonly limit: number;
  readonly detail: Detail;
}

export interface Subgraph {
  readonly elements: Elements;
  /** True when the cap left nodes out. */
  readonly truncated: boolean;
  /** Nodes within reach that pass the filters, the centre (or the path's ends) included. */
  readonly total: number;
  /** Nodes within reach that were left out: total minus the nodes returned. */
  readonly omitted: number;
}

export interface Neighborhood extends Subgraph {
  readonly center: string;
}

/** The types followed when the caller names none. */
export function defaultTypes(centerLabel: Label): readonly RelationType[] {
  return centerLabel === 'Article' ? RELATION_TYPES : NON_ARTICLE_TYPES;
}

/** Which ties say most about an entity, first: its posts, then what it took part in, then where. */
const TYPE_PRIORITY: readonly RelationType[] = [
  R.HOLDS_POSITION, R.APPEARED_AT, R.ORGANIZED_BY, R.HELD_IN, R.LOCATED_IN, R.PART_OF, R.REPORTED, R.MENTIONS,
];
const TYPE_RANK: readonly RelationType[] = [...TYPE_PRIORITY, ...RELATION_TYPES.filter((t) => !TYPE_PRIORITY.includes(t))];

/** The rank of a relationship's type, in Cypher; the names written are the vocabulary's. */
const typeRank = (r: string): string =>
  `CASE type(${r}) ${TYPE_RANK.map((t, i) => `WHEN '${t}' THEN ${i}`).join(' ')} ELSE ${TYPE_RANK.length} END`;

/** [elementId, type, start, end, properties] of a relationship variable. */
const relRow = (detail: Detail, r: string): string =>
  `[elementId(${r}), type(${r}), elementId(startNode(${r})), elementId(endNode(${r})), ${edgeProjection(detail, r)}]`;

const cache = new Map<string, string>();
function cached(key: string, make: () => string): string {
  let s = cache.get(key);
  if (s === undefined) {
    s = make();
    cache.set(key, s);
  }
  return s;
}

/**
 * Level 1: every neighbour that passes the filters, ranked (type, then latest event, then most
 * ties, then id); the first $keep returned with their properties and the relationships that lead
 * to them. For depth 2 the elementIds of all of them come back too, to start level 2 from.
 */
const levelOne = (label: Label, types: string, detail: Detail, all: boolean): string =>
  cached(`1:${label}:${types}:${detail}:${all}`, () => `
MATCH (c:${labelOf(label)} {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[r:${types}]-(m)
  WHERE ${ROLE_OK('r')} AND ${DATE_OK('m')}
  WITH m, collect(r) AS rs, min(${typeRank('r')}) AS rank
  ORDER BY rank, m.date IS NULL, m.date STARTS WITH '--', m.date DESC, size(rs) DESC, m.id
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE [m, rs] END) AS found
}
WITH c, found, found[..$keep] AS kept
RETURN size(found) AS total, elementId(c) AS center,
  [elementId(c), labels(c), ${nodeProjection(detail, 'c')}] AS centerRow,
  [n IN [x IN kept | x[0]] | [elementId(n), labels(n), ${nodeProjection(detail, 'n')}]] AS nodes,
  [r IN reduce(a = [], x IN kept | a + x[1]) | ${relRow(detail, 'r')}] AS rels,
  ${all ? '[x IN found | elementId(x[0])]' : '[]'} AS level1`);

/**
 * Level 2, from every level-1 node: counts what lies beyond ($level1 and the centre excluded),
 * keeps the first $keep of it (most level-1 nodes leading there first) with the relationships
 * from kept level-1 nodes, and the relationships between kept level-1 nodes.
 */
const levelTwo = (types: string, detail: Detail): string => cached(`2:${types}:${detail}`, () => `
UNWIND $level1 AS e1
MATCH (m1) WHERE elementId(m1) = e1
MATCH (m1)-[r:${types}]-(m2)
WHERE elementId(m2) <> $center AND ${ROLE_OK('r')} AND ${DATE_OK('m2')}
WITH m1, r, m2, elementId(m2) IN $level1 AS inner
WHERE NOT inner OR (elementId(m1) IN $kept1 AND elementId(m2) IN $kept1)
WITH m2, inner, count(DISTINCT m1) AS links,
  collect(CASE WHEN elementId(m1) IN $kept1 THEN ${relRow(detail, 'r')} END) AS rels
ORDER BY links DESC, m2.date IS NULL, m2.date DESC, m2.id
WITH collect(CASE WHEN inner THEN rels END) AS innerRels, collect(CASE WHEN NOT inner THEN [m2, rels] END) AS outer
WITH innerRels, outer, outer[..$keep] AS kept
RETURN size(outer) AS total,
  [n IN [x IN kept | x[0]] | [elementId(n), labels(n), ${nodeProjection(detail, 'n')}]] AS nodes,
  reduce(a = [], x IN innerRels | a + x) + reduce(a = [], x IN kept | a + x[1]) AS rels`);

/** Runs one statement and gives its records: inside a transaction, or as one auto-committed read. */
type Run = (cypher: string, params: Record<string, unknown>) => Promise<Neo4jRecord[]>;

async function collect(run: Run, label: Label, id: string, o: NeighborhoodOptions): Promise<Result<Neighborhood, 'not-found'>> {
  const types = typeAlternation(o.types ?? defaultTypes(label));
  const filters = filterParams(o);
  const keep1 = Math.max(0, o.limit - 1);
  const one = (await run(levelOne(label, types, o.detail, o.depth === 2), { id, ...filters, keep: neo4j.int(keep1) }))[0];
  if (!one) return fail('not-found', `no entity with id ${id}`);
  const nodes: NodeRow[] = [one.get('centerRow') as NodeRow, ...(one.get('nodes') as NodeRow[])];
  const rels: RelRow[] = [...(one.get('rels') as RelRow[])];
  let total = 1 + toNumber(one.get('total'));

  const level1 = one.get('level1') as string[];
  if (o.depth === 2 && level1.length > 0) {
    const two = (await run(levelTwo(types, o.detail), {
      ...filters,
      center: one.get('center') as string,
      level1,
      kept1: nodes.slice(1).map((n) => n[0]),
      keep: neo4j.int(Math.max(0, o.limit - nodes.length)),
    }))[0];
    if (two) {
      total += toNumber(two.get('total'));
      nodes.push(...(two.get('nodes') as NodeRow[]));
      rels.push(...(two.get('rels') as RelRow[]));
    }
  }

  const { elements } = elementsFromRows(nodes, rels, nodes.map((n) => n[0]), o.detail);
  const omitted = total - elements.nodes.length;
  return ok({ center: id, elements, truncated: omitted > 0, total, omitted });
}

export async function readNeighborhood(
  graph: Graph,
  id: string,
  options: NeighborhoodOptions,
): Promise<Result<Neighborhood, 'not-found'>> {
  const label = labelOfId(id);
  if (!label) return fail('not-found', `no entity with id ${id}`);
  // Depth 1 is one statement: auto-committed, a round trip fewer. Depth 2 carries elementIds
  // from one statement to the next, which holds only inside one transaction.
  if (options.depth === 1) return collect((cypher, params) => readQuery(graph, cypher, params), label, id, options);
  return readTransaction(graph, (tx) => collect(async (cypher, params) => (await tx.run(cypher, params)).records, label, id, options));
}
