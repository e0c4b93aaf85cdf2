// Test helpers shared by the loader and ingest tests: the whole graph as plain JSON, so two
// graphs can be compared with toEqual, and a connection to the db project's Neo4j.
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { connectNeo4j } from '../../../server/launcher/connect.ts';
import { createGraph, type Graph } from '../../../server/graph/driver.ts';

export const neo4jUri = (): string => inject('neo4jUri');

export async function connectTestGraph(): Promise<Graph> {
  return createGraph(await connectNeo4j({ uri: neo4jUri() }));
}

export const clearGraph = (graph: Graph): Promise<unknown> => graph.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));

/** Neo4j values as plain JSON (Integer → number, keys sorted). */
export function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((k) => [k, plain(record[k])]));
  }
  return value;
}

/** Every node and relationship with all its properties, in a fixed order. */
export async function graphState(graph: Graph): Promise<{ nodes: unknown[]; rels: unknown[] }> {
  return graph.read(async (tx) => {
    const nodes = await tx.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.id');
    const rels = await tx.run(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS p ORDER BY type, from, to, r.id',
    );
    return { nodes: nodes.records.map((r) => plain(r.toObject())), rels: rels.records.map((r) => plain(r.toObject())) };
  });
}

/** The first column of the first row of a read query, as plain JSON. */
export async function readOne<T = unknown>(graph: Graph, cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const result = await graph.read((tx) => tx.run(cypher, params));
  return plain(result.records[0]?.get(0)) as T;
}
