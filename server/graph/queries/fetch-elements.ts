// Fetches nodes and relationships by Neo4j elementId, inside a transaction another query opened,
// and turns them into elements. The subgraph queries first choose what to show from light rows
// (ids, types, dates) and only then read the properties of what they keep.
import { BASE_PROPERTIES, LABELS } from '../../../vocab/labels.ts';
import { RELATIONS } from '../../../vocab/relations.ts';
import { ElementsBuilder, edgeElement, nodeElement, type Detail, type Elements } from '../to-elements.ts';
import type { QueryRunner } from './read.ts';

/** Node properties the explorer shows: every vocabulary property but the article text and hash. */
const BRIEF_NODE_KEYS = [
  ...new Set<string>([...BASE_PROPERTIES, ...Object.values(LABELS).flatMap((l) => l.properties)]),
].filter((k) => k !== 'text' && k !== 'contentHash');
const BRIEF_EDGE_KEYS = [...new Set<string>(['id', ...Object.values(RELATIONS).flatMap((r) => r.properties), 'count'])];

/** A node's properties as the detail wants them, over the node variable `n` (or another name). */
export const nodeProjection = (detail: Detail, n = 'n'): string =>
  detail === 'full' ? `properties(${n})` : `${n} {${BRIEF_NODE_KEYS.map((k) => `.${k}`).join(', ')}}`;
/** A relationship's: brief reads the evidence arrays' length only, never the sentences. */
export const edgeProjection = (detail: Detail, r = 'r'): string =>
  detail === 'full'
    ? `properties(${r})`
    : `${r} {${BRIEF_EDGE_KEYS.map((k) => `.${k}`).join(', ')}, evidenceCount: size(coalesce(${r}.evidenceArticles, []))}`;

const statement = (detail: Detail): string => `
CALL {
  UNWIND $nodes AS e
  MATCH (n) WHERE elementId(n) = e
  RETURN collect([e, labels(n), ${nodeProjection(detail)}]) AS nodes
}
CALL {
  UNWIND $rels AS e
  MATCH (a)-[r]->(b) WHERE elementId(r) = e
  RETURN collect([e, type(r), elementId(a), elementId(b), ${edgeProjection(detail)}]) AS rels
}
RETURN nodes, rels`;

const STATEMENTS: Record<Detail, string> = { brief: statement('brief'), full: statement('full') };

/** [elementId, labels, properties] */
export type NodeRow = [string, string[], Record<string, unknown>];
/** [elementId, type, start elementId, end elementId, properties] */
export type RelRow = [string, string, string, string, Record<string, unknown>];

export interface FetchedElements {
  readonly elements: Elements;
  /** elementId → element id (the `id` property), for callers that hold elementIds (paths). */
  readonly nodeIds: ReadonlyMap<string, string>;
  readonly edgeIds: ReadonlyMap<string, string>;
}

/**
 * Elements for the given elementIds, nodes in the order asked. Relationships whose ends are not
 * among the nodes are dropped (ElementsBuilder.build), so callers ask for the ends too.
 */
export async function fetchElements(
  tx: QueryRunner,
  nodeElementIds: readonly string[],
  relElementIds: readonly string[],
  detail: Detail,
): Promise<FetchedElements> {
  if (nodeElementIds.length === 0) return { elements: { nodes: [], edges: [] }, nodeIds: new Map(), edgeIds: new Map() };
  const result = await tx.run(STATEMENTS[detail], { nodes: nodeElementIds, rels: relElementIds });
  const record = result.records[0];
  return elementsFromRows(
    (record?.get('nodes') ?? []) as NodeRow[],
    (record?.get('rels') ?? []) as RelRow[],
    nodeElementIds,
    detail,
  );
}

/** Rows of nodes and relationships → elements, nodes in the order given (rows of others are dropped). */
export function elementsFromRows(nodeRows: readonly NodeRow[], relRows: readonly RelRow[], order: readonly string[], detail: Detail): FetchedElements {
  const byElementId = new Map(nodeRows.map((row) => [row[0], nodeElement(row[1], row[2], row[0], detail)]));
  const builder = new ElementsBuilder();
  for (const e of order) {
    const node = byElementId.get(e);
    if (node) builder.addNode(node);
  }
  const idOf = (e: string): string => byElementId.get(e)?.data.id ?? e;
  const edgeIds = new Map<string, string>();
  for (const [e, type, a, b, props] of relRows) {
    const edge = edgeElement(type, props, idOf(a), idOf(b), e, detail);
    edgeIds.set(e, edge.data.id);
    builder.addEdge(edge);
  }
  const nodeIds = new Map([...byElementId].map(([e, node]) => [e, node.data.id]));
  return { elements: builder.build(), nodeIds, edgeIds };
}
