// The subgraph around an entity, one or two hops out, filtered by relationship type, role and
// event date, capped at `limit` nodes. Nearer nodes are kept first; among equals, level 1 keeps
// posts before appearances before places (TYPE_PRIORITY) and recent events first, level 2 keeps
// what more level-1 nodes lead to. What the cap leaves out is counted.
//
// Depth 1 is one statement that ranks, caps and projects in Neo4j. Depth 2 runs in steps inside
// one read transaction: light rows (elementIds, types, dates) to choose what to keep, then the
// properties of what was kept only (fetch-elements.ts).
import neo4j from 'neo4j-driver';
import { labelOfId } from '../../../vocab/ids.ts';
import type { Label } from '../../../vocab/labels.ts';
import { RELATION_TYPES, type RelationType } from '../../../vocab/relations.ts';
import { fail, ok, type Result } from '../../../vocab/result.ts';
import { toNumber, type Graph } from '../driver.ts';
import type { Detail, Elements } from '../to-elements.ts';
import { edgeProjection, elementsFromRows, fetchElements, nodeProjection, type NodeRow, type RelRow } from './fetch-elements.ts';
import { DATE_OK, ROLE_OK, filterParams, type FilterParams } from './filters.ts';
import { NON_ARTICLE_TYPES, R, labelOf, typeAlternation } from './names.ts';
import { readQuery, readTransaction, type QueryRunner } from './read.ts';

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

const cache = new Map<string, string>();
function cached(key: string, make: () => string): string {
  let s = cache.get(key);
  if (s === undefined) {
    s = make();
    cache.set(key, s);
  }
  return s;
}

const levelOne = (label: Label, types: string): string => cached(`1:${label}:${types}`, () => `
MATCH (c:${labelOf(label)} {id: $id})
OPTIONAL MATCH (c)-[r:${types}]-(m)
WHERE ${ROLE_OK('r')} AND ${DATE_OK('m')}
RETURN elementId(c) AS center, elementId(r) AS rel, type(r) AS type, elementId(m) AS node, m.id AS nodeId, m.date AS date`);

/**
 * Level 2, from every level-1 node: counts what lies beyond ($level1 and the centre excluded),
 * keeps the first $keep of it in rank order with the relationships that lead there from kept
 * level-1 nodes, and the relationships between kept level-1 nodes.
 */
const levelTwo = (types: string): string => cached(`2:${types}`, () => `
UNWIND $level1 AS e1
MATCH (m1) WHERE elementId(m1) = e1
MATCH (m1)-[r:${types}]-(m2)
WHERE elementId(m2) <> $center AND ${ROLE_OK('r')} AND ${DATE_OK('m2')}
WITH m1, r, m2, elementId(m2) IN $level1 AS inner
WHERE NOT inner OR (elementId(m1) IN $kept1 AND elementId(m2) IN $kept1)
WITH m2, inner, collect(CASE WHEN elementId(m1) IN $kept1 THEN elementId(r) END) AS rels, count(DISTINCT m1) AS links
ORDER BY links DESC, m2.date IS NULL, m2.date DESC, m2.id
WITH collect(CASE WHEN inner THEN rels END) AS innerRels, collect(CASE WHEN NOT inner THEN [elementId(m2), rels] END) AS outer
RETURN reduce(a = [], x IN innerRels | a + x) AS innerRels, size(outer) AS total, outer[..$keep] AS kept`);

interface LevelOneNode {
  readonly eid: string;
  readonly id: string;
  readonly date: string | null;
  readonly rels: string[];
  typeRank: number;
}

/** Which ties say most about an entity, first: its posts, then what it took part in, then where. */
const TYPE_PRIORITY: readonly RelationType[] = [
  R.HOLDS_POSITION, R.APPEARED_AT, R.ORGANIZED_BY, R.HELD_IN, R.LOCATED_IN, R.PART_OF, R.REPORTED, R.MENTIONS,
];
const TYPE_RANK = new Map<string, number>(
  [...TYPE_PRIORITY, ...RELATION_TYPES.filter((t) => !TYPE_PRIORITY.includes(t))].map((t, i) => [t, i]),
);

/** TYPE_RANK in Cypher, over a relationship variable; the names are the vocabulary's. */
const typeRankCase = (r: string): string =>
  `CASE type(${r}) ${[...TYPE_RANK].map(([t, i]) => `WHEN '${t}' THEN ${i}`).join(' ')} ELSE ${TYPE_RANK.size} END`;

/**
 * Depth 1 in one statement: the neighbours ranked as rankLevelOne ranks them, the first $keep
 * kept with the relationships that lead to them, all of them counted.
 */
const depthOne = (label: Label, types: string, detail: Detail): string => cached(`d1:${label}:${types}:${detail}`, () => `
MATCH (c:${labelOf(label)} {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[r:${types}]-(m)
  WHERE ${ROLE_OK('r')} AND ${DATE_OK('m')}
  WITH m, collect(r) AS rs, min(${typeRankCase('r')}) AS rank
  ORDER BY rank, m.date IS NULL, m.date STARTS WITH '--', m.date DESC, size(rs) DESC, m.id
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE [m, rs] END) AS found
}
WITH c, found[..$keep] AS kept, size(found) AS total
RETURN total,
  [elementId(c), labels(c), ${nodeProjection(detail, 'c')}] AS center,
  [n IN [x IN kept | x[0]] | [elementId(n), labels(n), ${nodeProjection(detail, 'n')}]] AS nodes,
  [r IN reduce(a = [], x IN kept | a + x[1]) |
    [elementId(r), type(r), elementId(startNode(r)), elementId(endNode(r)), ${edgeProjection(detail, 'r')}]] AS rels`);

async function readDepthOne(graph: Graph, label: Label, id: string, o: NeighborhoodOptions): Promise<Result<Neighborhood, 'not-found'>> {
  const types = typeAlternation(o.types ?? defaultTypes(label));
  const record = (await readQuery(graph, depthOne(label, types, o.detail), {
    id, ...filterParams(o), keep: neo4j.int(Math.max(0, o.limit - 1)),
  }))[0];
  if (!record) return fail('not-found', `no entity with id ${id}`);
  const center = record.get('center') as NodeRow;
  const nodes = [center, ...(record.get('nodes') as NodeRow[])];
  const { elements } = elementsFromRows(nodes, record.get('rels') as RelRow[], nodes.map((n) => n[0]), o.detail);
  const total = 1 + toNumber(record.get('total'));
  const omitted = total - elements.nodes.length;
  return ok({ center: id, elements, truncated: omitted > 0, total, omitted });
}

/** Dated first, latest first; a date without a year after every full date. */
function compareDatesDesc(a: string | null, b: string | null): number {
  const ka = a === null ? 2 : a.startsWith('--') ? 1 : 0;
  const kb = b === null ? 2 : b.startsWith('--') ? 1 : 0;
  if (ka !== kb) return ka - kb;
  if (a === null || b === null || a === b) return 0;
  return a < b ? 1 : -1;
}

function rankLevelOne(nodes: LevelOneNode[]): LevelOneNode[] {
  return nodes.sort((a, b) =>
    a.typeRank - b.typeRank || compareDatesDesc(a.date, b.date) || b.rels.length - a.rels.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function collect(
  tx: QueryRunner,
  label: Label,
  id: string,
  o: NeighborhoodOptions,
): Promise<Result<Neighborhood, 'not-found'>> {
  const types = typeAlternation(o.types ?? defaultTypes(label));
  const filters = filterParams(o);
  const rows = (await tx.run(levelOne(label, types), { id, ...filters })).records;
  const first = rows[0];
  if (!first) return fail('not-found', `no entity with id ${id}`);
  const center = String(first.get('center'));

  const byNode = new Map<string, LevelOneNode>();
  for (const r of rows) {
    const eid = r.get('node') as string | null;
    if (eid === null) continue;
    const rank = TYPE_RANK.get(String(r.get('type'))) ?? RELATION_TYPES.length;
    const have = byNode.get(eid);
    if (have) {
      have.rels.push(String(r.get('rel')));
      have.typeRank = Math.min(have.typeRank, rank);
    } else {
      const date = r.get('date');
      byNode.set(eid, {
        eid, id: String(r.get('nodeId') ?? eid), date: typeof date === 'string' ? date : null, rels: [String(r.get('rel'))], typeRank: rank,
      });
    }
  }
  const level1 = rankLevelOne([...byNode.values()]);
  const kept1 = level1.slice(0, Math.max(0, o.limit - 1));
  const nodes = [center, ...kept1.map((n) => n.eid)];
  const rels = kept1.flatMap((n) => n.rels);
  let total = 1 + level1.length;

  if (o.depth === 2 && level1.length > 0) {
    const keep = Math.max(0, o.limit - nodes.length);
    const two = (await tx.run(levelTwo(types), {
      ...filters,
      center,
      level1: level1.map((n) => n.eid),
      kept1: kept1.map((n) => n.eid),
      keep: neo4j.int(keep),
    })).records[0];
    if (two) {
      total += toNumber(two.get('total'));
      rels.push(...(two.get('innerRels') as string[]));
      for (const [eid, via] of two.get('kept') as [string, string[]][]) {
        nodes.push(eid);
        rels.push(...via);
      }
    }
  }

  const { elements } = await fetchElements(tx, nodes, [...new Set(rels)], o.detail);
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
  if (options.depth === 1) return readDepthOne(graph, label, id, options);
  return readTransaction(graph, (tx) => collect(tx, label, id, options));
}
