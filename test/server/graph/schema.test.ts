// The schema against a real Neo4j: every constraint and index is there, the full-text index uses
// the cjk analyzer over every entity label, and running ensureSchema again changes nothing.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { ENTITY_LABELS, LABEL_NAMES } from '../../../vocab/labels.ts';
import { connectNeo4j } from '../../../server/launcher/connect.ts';
import { createGraph, type Graph } from '../../../server/graph/driver.ts';
import { ensureSchema, FULLTEXT_INDEX, SCHEMA_STATEMENTS } from '../../../server/graph/schema.ts';

let graph: Graph;

beforeAll(async () => {
  graph = createGraph(await connectNeo4j({ uri: inject('neo4jUri') }));
});
afterAll(() => graph?.close());
beforeEach(() => graph.write((tx) => tx.run('MATCH (n) DETACH DELETE n')));

interface IndexRow {
  name: string;
  type: string;
  state: string;
  labelsOrTypes: string[];
  properties: string[];
  options: { indexConfig: Record<string, unknown> };
}

async function indexes(): Promise<IndexRow[]> {
  const result = await graph.read((tx) =>
    tx.run('SHOW INDEXES YIELD id, name, type, state, labelsOrTypes, properties, options RETURN * ORDER BY name'),
  );
  return result.records.map((r) => {
    const row = r.toObject() as IndexRow & { id: unknown };
    return { ...row, id: neo4j.isInt(row.id) ? row.id.toNumber() : row.id };
  });
}

async function constraints(): Promise<unknown[]> {
  const result = await graph.read((tx) => tx.run('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name'));
  return result.records.map((r) => r.toObject());
}

describe('ensureSchema', () => {
  it('creates a uniqueness constraint on id for every label', async () => {
    await ensureSchema(graph);
    const all = (await constraints()) as { type: string; labelsOrTypes: string[]; properties: string[] }[];
    for (const label of LABEL_NAMES) {
      expect(all).toContainEqual(expect.objectContaining({ type: 'UNIQUENESS', labelsOrTypes: [label], properties: ['id'] }));
    }
  });

  it('creates the full-text index over every entity label with the cjk analyzer, and it comes online', async () => {
    await ensureSchema(graph);
    const fulltext = (await indexes()).find((i) => i.name === FULLTEXT_INDEX);
    expect(fulltext).toBeDefined();
    expect(fulltext?.type).toBe('FULLTEXT');
    expect(fulltext?.state).toBe('ONLINE');
    expect([...(fulltext?.labelsOrTypes ?? [])].sort()).toEqual([...ENTITY_LABELS].sort());
    expect(fulltext?.properties).toEqual(['name', 'searchText']);
    expect(fulltext?.options.indexConfig['fulltext.analyzer']).toBe('cjk');
  });

  it('creates the range indexes the queries and the loader rely on', async () => {
    await ensureSchema(graph);
    const names = (await indexes()).map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['event_date', 'person_name', 'article_hash', 'appeared_at_id', 'holds_position_id']));
  });

  it('changes nothing when run twice', async () => {
    await ensureSchema(graph);
    const before = { indexes: await indexes(), constraints: await constraints() };
    await ensureSchema(graph);
    expect({ indexes: await indexes(), constraints: await constraints() }).toEqual(before);
  });

  it('names labels only from the vocabulary', () => {
    for (const statement of SCHEMA_STATEMENTS) {
      for (const m of statement.matchAll(/\(n:([A-Za-z|]+)\)/gu)) {
        for (const label of (m[1] ?? '').split('|')) expect(LABEL_NAMES).toContain(label);
      }
    }
  });
});
