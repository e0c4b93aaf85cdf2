// The read-only Cypher console: a query typed by a user, checked by cypher-guard.ts, then run in a
// transaction opened in READ access mode (the second wall: Neo4j itself refuses any write) with a
// timeout and a row cap. The answer is a table (nodes, relationships and paths serialized as
// tagged objects) and, where the rows hold nodes and relationships, graph elements.
import neo4j, { type Node, type Path, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import { fail, ok, type Result } from '../../../vocab/result.ts';
import { checkReadOnly } from '../cypher-guard.ts';
import { isUnavailable, type Graph } from '../driver.ts';
import { ElementsBuilder, edgeElement, nodeElement, plainValue, type DataValue, type Detail, type Elements } from '../to-elements.ts';
import { fetchElements } from './fetch-elements.ts';
import { isBusy, readTransaction } from './read.ts';

export interface CypherOptions {
  readonly timeoutMs: number;
  /** Rows kept; the query is cut off (and `truncated` set) after this many. */
  readonly maxRows: number;
  /** Element detail of the graph part: brief for the explorer, full for exports. */
  readonly detail: Detail;
}

export type CypherErrorCode = 'query-rejected' | 'query-timeout' | 'query-failed';

export interface CypherNotification {
  readonly code: string;
  readonly title: string;
  readonly description: string;
}

export interface CypherTable {
  readonly columns: readonly string[];
  /** One array per row, in column order. Nodes, relationships and paths are objects tagged "@type". */
  readonly rows: readonly (readonly DataValue[])[];
  /** True when the query had more rows than maxRows. */
  readonly truncated: boolean;
  /** The nodes and relationships found anywhere in the rows (in lists, maps and paths too). */
  readonly elements: Elements;
  readonly notifications: readonly CypherNotification[];
}

/** JSON integers become Neo4j integers: `LIMIT $n` and `range(…)` refuse floats. */
function toParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toParams(v)]));
  }
  return value;
}

/** Nodes and relationships met in a value, by elementId. */
interface Found {
  readonly nodes: Map<string, Node>;
  readonly rels: Map<string, Relationship>;
}

function walk(value: unknown, found: Found): void {
  if (neo4j.isNode(value)) found.nodes.set(value.elementId, value);
  else if (neo4j.isRelationship(value)) found.rels.set(value.elementId, value);
  else if (neo4j.isPath(value)) {
    const path = value as Path;
    found.nodes.set(path.start.elementId, path.start);
    for (const segment of path.segments) {
      found.rels.set(segment.relationship.elementId, segment.relationship);
      found.nodes.set(segment.end.elementId, segment.end);
    }
  } else if (Array.isArray(value)) for (const v of value) walk(v, found);
  else if (value && typeof value === 'object' && !neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) walk(v, found);
  }
}

function visibleProperties(properties: Record<string, unknown>): Record<string, DataValue> {
  const out: Record<string, DataValue> = {};
  for (const [k, v] of Object.entries(properties)) if (k !== 'searchText') out[k] = plainValue(v);
  return out;
}

/** A cell as JSON; idOf maps an elementId to the entity id shown in the graph part. */
function cell(value: unknown, idOf: (elementId: string) => string): DataValue {
  if (neo4j.isNode(value)) {
    return { '@type': 'node', id: idOf(value.elementId), elementId: value.elementId, labels: [...value.labels], properties: visibleProperties(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    const r = value as Relationship;
    return {
      '@type': 'relationship', id: typeof r.properties.id === 'string' ? r.properties.id : r.elementId, elementId: r.elementId,
      type: r.type, source: idOf(r.startNodeElementId), target: idOf(r.endNodeElementId), properties: visibleProperties(r.properties),
    };
  }
  if (neo4j.isPath(value)) {
    const path = value as Path;
    return {
      '@type': 'path',
      nodes: [path.start, ...path.segments.map((s) => s.end)].map((n) => cell(n, idOf)),
      relationships: path.segments.map((s) => cell(s.relationship, idOf)),
    };
  }
  if (Array.isArray(value)) return value.map((v) => cell(v, idOf));
  if (value && typeof value === 'object' && !neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cell(v, idOf)]));
  }
  return plainValue(value);
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** A Neo4j failure as an expected failure of the console, or null when it is not one (unavailable, bug). */
function classify(error: unknown, timeoutMs: number): Result<never, CypherErrorCode> | null {
  if (isUnavailable(error) || isBusy(error) || !(error instanceof Error)) return null;
  const code = String((error as Error & { code?: unknown }).code ?? '');
  const message = error.message.trim();
  if (TIMEOUT_CODES.has(code) || (code.endsWith('.Terminated') && /timed? ?out|timeout/iu.test(message))) {
    return fail('query-timeout', `the query ran longer than ${timeoutMs} ms and was stopped; add a LIMIT or narrow the MATCH`);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.')) {
    return fail('query-rejected', `the Cypher console is read-only, and Neo4j refused the query: ${message}`);
  }
  if (code.startsWith('Neo.ClientError.') || code.startsWith('Neo.DatabaseError.') || code.startsWith('Neo.TransientError.')) {
    return fail('query-failed', `${code.replace(/^Neo\.\w+\./u, '')}: ${message}`);
  }
  return null;
}

export async function runReadOnlyCypher(
  graph: Graph,
  query: string,
  params: Record<string, unknown>,
  options: CypherOptions,
): Promise<Result<CypherTable, CypherErrorCode>> {
  const allowed = checkReadOnly(query);
  if (!allowed.ok) return allowed;
  try {
    return await readTransaction(graph, async (tx) => {
      const result = tx.run(query, toParams(params) as Record<string, unknown>);
      const records: Neo4jRecord[] = [];
      let truncated = false;
      for await (const record of result) {
        if (records.length >= options.maxRows) {
          // Leaving the loop discards the rest on the server: the cap bounds work, not only output.
          truncated = true;
          break;
        }
        records.push(record);
      }
      const columns = records[0]?.keys.map(String) ?? (await result.keys()).map(String);
      const notifications = truncated ? [] : (await result.summary()).notifications.map((n) => ({
        code: n.code, title: n.title, description: n.description,
      }));

      const found: Found = { nodes: new Map(), rels: new Map() };
      for (const record of records) for (const v of record.values()) walk(v, found);
      // Relationships whose ends are not in the rows: fetch the ends, so the graph can be drawn.
      const missing = [...new Set([...found.rels.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]))]
        .filter((e) => !found.nodes.has(e))
        .slice(0, options.maxRows);
      const extra = missing.length > 0 ? await fetchElements(tx, missing, [], options.detail) : null;

      const builder = new ElementsBuilder();
      const ids = new Map<string, string>();
      for (const [e, node] of found.nodes) {
        const element = nodeElement(node.labels, node.properties, e, options.detail);
        ids.set(e, element.data.id);
        builder.addNode(element);
      }
      for (const node of extra?.elements.nodes ?? []) builder.addNode(node);
      for (const [e, id] of extra?.nodeIds ?? []) ids.set(e, id);
      const idOf = (e: string): string => ids.get(e) ?? e;
      for (const [e, r] of found.rels) {
        builder.addEdge(edgeElement(r.type, r.properties, idOf(r.startNodeElementId), idOf(r.endNodeElementId), e, options.detail));
      }
      const rows = records.map((record) => [...record.values()].map((v) => cell(v, idOf)));
      return ok({ columns, rows, truncated, elements: builder.build(), notifications });
    }, { timeoutMs: options.timeoutMs });
  } catch (error) {
    const expected = classify(error, options.timeoutMs);
    if (expected) return expected;
    throw error;
  }
}
