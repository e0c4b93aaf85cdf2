// Neo4j values → Cytoscape element JSON ({ group, data }) and plain JSON. Element data carries the
// vocabulary label or type and the stored properties, never styles (client/graph/style.ts selects
// on data.label). Pure: the Cypher that fetches what is converted here lives in graph/queries/.
import neo4j from 'neo4j-driver';
import { isLabel } from '../../vocab/labels.ts';

/** Plain JSON: what a Neo4j property value becomes on the wire. */
export type DataValue = string | number | boolean | null | readonly DataValue[] | { readonly [key: string]: DataValue };

export interface NodeData {
  /** The entity's content-derived id (the `id` property); Neo4j's elementId only for nodes without one. */
  readonly id: string;
  /** The vocabulary label: Person, Place, Organization, Event, Article. */
  readonly label: string;
  readonly name: string;
  readonly [key: string]: DataValue;
}

export interface EdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The vocabulary relationship type: APPEARED_AT, HOLDS_POSITION, … */
  readonly type: string;
  readonly [key: string]: DataValue;
}

export interface NodeElement {
  readonly group: 'nodes';
  readonly data: NodeData;
}
export interface EdgeElement {
  readonly group: 'edges';
  readonly data: EdgeData;
}
export interface Elements {
  readonly nodes: readonly NodeElement[];
  readonly edges: readonly EdgeElement[];
}

/**
 * `brief` is what the explorer draws: no article text, evidence as a count (the sentences come
 * from /api/evidence). `full` is for exports: every stored property but the search key.
 */
export type Detail = 'brief' | 'full';

/** Keys element data adds beside the stored properties; writers that recreate the graph skip them. */
export const NODE_META_KEYS: readonly string[] = ['label'];
export const EDGE_META_KEYS: readonly string[] = ['type', 'source', 'target', 'evidenceCount'];

/** Derived for the full-text index only (name, aliases, pinyin joined): noise to a reader. */
const ALWAYS_HIDDEN = new Set(['searchText']);
const BRIEF_HIDDEN_NODE = new Set(['text', 'contentHash']);
export const EVIDENCE_KEYS = ['evidenceArticles', 'evidenceSentences', 'evidenceStarts', 'evidenceEnds'] as const;
const EVIDENCE_KEY_SET = new Set<string>(EVIDENCE_KEYS);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Neo4j property value as plain JSON: integers as numbers (as strings beyond 2^53), temporals as ISO text. */
export function plainValue(value: unknown): DataValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(plainValue);
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isPoint(value)) {
    const p: Record<string, DataValue> = { srid: plainValue(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) p.z = value.z;
    return p;
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (isRecord(value)) {
    const out: Record<string, DataValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plainValue(v);
    return out;
  }
  return String(value);
}

function sortedEntries(properties: Record<string, unknown>): [string, unknown][] {
  return Object.entries(properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The vocabulary label among a node's labels (the first one known), else its first label. */
export function vocabularyLabel(labels: readonly string[]): string {
  return labels.find((l) => isLabel(l)) ?? labels[0] ?? '';
}

export function nodeElement(
  labels: readonly string[],
  properties: Record<string, unknown>,
  fallbackId: string,
  detail: Detail,
): NodeElement {
  const label = vocabularyLabel(labels);
  const rawId = properties.id;
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : fallbackId;
  const data: Record<string, DataValue> = { id, label, name: '' };
  // Keys in a fixed order (id, label, name, then alphabetical): the same node exports the same bytes.
  for (const [key, value] of sortedEntries(properties)) {
    if (value === null || value === undefined || key === 'id' || key === 'label') continue;
    if (ALWAYS_HIDDEN.has(key) || (detail === 'brief' && BRIEF_HIDDEN_NODE.has(key))) continue;
    data[key] = plainValue(value);
  }
  const name = properties.name ?? properties.title;
  data.name = typeof name === 'string' ? name : id;
  return { group: 'nodes', data: data as NodeData };
}

export function edgeElement(
  type: string,
  properties: Record<string, unknown>,
  source: string,
  target: string,
  fallbackId: string,
  detail: Detail,
): EdgeElement {
  const rawId = properties.id;
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : fallbackId;
  const data: Record<string, DataValue> = { id, source, target, type };
  for (const [key, value] of sortedEntries(properties)) {
    if (value === null || value === undefined || EDGE_META_KEYS.includes(key) || key === 'id') continue;
    if (detail === 'brief' && EVIDENCE_KEY_SET.has(key)) continue;
    data[key] = plainValue(value);
  }
  const articles = properties.evidenceArticles;
  const counted = properties.evidenceCount;
  data.evidenceCount = Array.isArray(articles) ? articles.length : counted === undefined || counted === null ? 0 : plainValue(counted);
  return { group: 'edges', data: data as EdgeData };
}

/** Collects elements once each (by id), in the order first seen. */
export class ElementsBuilder {
  private readonly nodes = new Map<string, NodeElement>();
  private readonly edges = new Map<string, EdgeElement>();

  addNode(node: NodeElement): void {
    if (!this.nodes.has(node.data.id)) this.nodes.set(node.data.id, node);
  }

  addEdge(edge: EdgeElement): void {
    if (!this.edges.has(edge.data.id)) this.edges.set(edge.data.id, edge);
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  /** Edges whose ends are both present: Cytoscape refuses an edge to a node it does not have. */
  build(): Elements {
    return {
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()].filter((e) => this.nodes.has(e.data.source) && this.nodes.has(e.data.target)),
    };
  }
}

export const EMPTY_ELEMENTS: Elements = { nodes: [], edges: [] };
