// Shortest paths between two entities, as a subgraph: every shortest path up to `limit` of them,
// through events, organizations and places; the Article hubs (MENTIONS, REPORTED) only when asked,
// since through them every pair of names in one article is two hops apart.
import neo4j from 'neo4j-driver';
import { labelOfId } from '../../../vocab/ids.ts';
import type { Label } from '../../../vocab/labels.ts';
import type { RelationType } from '../../../vocab/relations.ts';
import { fail, ok, type Result } from '../../../vocab/result.ts';
import type { Graph } from '../driver.ts';
import type { Detail } from '../to-elements.ts';
import { fetchElements } from './fetch-elements.ts';
import { NON_ARTICLE_TYPES, labelOf, typeAlternation } from './names.ts';
import type { Subgraph } from './neighborhood.ts';
import { readTransaction } from './read.ts';

/** Longest path searched for. */
export const MAX_HOPS = 10;

export interface PathOptions {
  readonly maxHops: number;
  /** Types to walk; null: every type but the Article hubs. */
  readonly types: readonly RelationType[] | null;
  /** Most paths returned (all of the same, shortest, length). */
  readonly limit: number;
  readonly detail: Detail;
}

export interface PathSteps {
  /** Entity ids from `from` to `to`. */
  readonly nodes: readonly string[];
  /** Relationship ids, one between each pair of consecutive nodes. */
  readonly edges: readonly string[];
}

export interface Paths extends Subgraph {
  readonly from: string;
  readonly to: string;
  /** Hops of the shortest path; null when there is none within maxHops. */
  readonly length: number | null;
  readonly paths: readonly PathSteps[];
}

const ENDS = (fromLabel: Label, toLabel: Label): string =>
  `OPTIONAL MATCH (a:${labelOf(fromLabel)} {id: $from}) OPTIONAL MATCH (b:${labelOf(toLabel)} {id: $to})
RETURN elementId(a) AS a, elementId(b) AS b`;

const cache = new Map<string, string>();

/** Variable-length bounds cannot be parameters: the bound is an integer checked here, one statement per bound. */
function pathStatement(types: string, hops: number): string {
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
    throw new RangeError(`server/graph/queries/path: maxHops must be an integer from 1 to ${MAX_HOPS}, got ${hops}`);
  }
  const key = `${types}:${hops}`;
  let s = cache.get(key);
  if (s === undefined) {
    s = `
MATCH (a) WHERE elementId(a) = $a
MATCH (b) WHERE elementId(b) = $b
MATCH p = allShortestPaths((a)-[:${types}*..${hops}]-(b))
RETURN [n IN nodes(p) | elementId(n)] AS nodes, [r IN relationships(p) | elementId(r)] AS rels
LIMIT $limit`;
    cache.set(key, s);
  }
  return s;
}

export async function readPaths(graph: Graph, from: string, to: string, o: PathOptions): Promise<Result<Paths, 'not-found'>> {
  const fromLabel = labelOfId(from);
  const toLabel = labelOfId(to);
  if (!fromLabel) return fail('not-found', `no entity with id ${from}`);
  if (!toLabel) return fail('not-found', `no entity with id ${to}`);
  const types = typeAlternation(o.types ?? NON_ARTICLE_TYPES);
  return readTransaction(graph, async (tx) => {
    const ends = (await tx.run(ENDS(fromLabel, toLabel), { from, to })).records[0];
    const a = ends?.get('a') as string | null | undefined;
    const b = ends?.get('b') as string | null | undefined;
    if (!a) return fail('not-found', `no entity with id ${from}`);
    if (!b) return fail('not-found', `no entity with id ${to}`);
    // One more than asked tells whether there were more shortest paths than the limit.
    const records = (await tx.run(pathStatement(types, o.maxHops), { a, b, limit: neo4j.int(o.limit + 1) })).records;
    const truncated = records.length > o.limit;
    const raw = records.slice(0, o.limit).map((r) => ({ nodes: r.get('nodes') as string[], rels: r.get('rels') as string[] }));
    const nodeOrder = [...new Set(raw.flatMap((p) => p.nodes))];
    const relOrder = [...new Set(raw.flatMap((p) => p.rels))];
    const fetched = await fetchElements(tx, nodeOrder.length > 0 ? nodeOrder : [a, b], relOrder, o.detail);
    const paths = raw.map((p) => ({
      nodes: p.nodes.map((e) => fetched.nodeIds.get(e) ?? e),
      edges: p.rels.map((e) => fetched.edgeIds.get(e) ?? e),
    }));
    const shown = fetched.elements.nodes.length;
    // Without a path the two ends are still returned, so the explorer can show them apart.
    return ok({
      from, to, length: raw[0] ? raw[0].rels.length : null, paths, elements: fetched.elements,
      // More paths means more nodes, but how many is not known without finding them all.
      truncated, total: shown, omitted: 0,
    });
  });
}
