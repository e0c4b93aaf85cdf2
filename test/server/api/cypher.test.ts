// POST /api/cypher: the read-only console. Writes are refused before they reach Neo4j, and the
// graph is the same afterwards; reads come back as a table and as graph elements, within the
// timeout and the row cap; off loopback, the token is required.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../server/graph/driver.ts';
import { createApp } from '../../../server/app.ts';
import { CypherResponse } from '../../../server/api/schemas.ts';
import { connectTestGraph, fixture, loadFresh, qs, seedIds, startApi, type TestApi } from './harness.ts';

const seed = fixture('api-seed');
const ids = seedIds(seed);
const ROW_CAP = 100;
let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await connectTestGraph();
  await loadFresh(graph, [seed]);
  api = await startApi({ graph, cypher: { maxRows: ROW_CAP } });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

/** Everything a write could change, in one comparable value. */
async function fingerprint(): Promise<unknown> {
  return graph.read(async (tx) => {
    const r = await tx.run(`MATCH (n) OPTIONAL MATCH (n)-[r]->()
      RETURN count(DISTINCT n) AS nodes, count(r) AS rels, collect(DISTINCT labels(n)) AS labels,
        sum(size(keys(n))) AS nodeProps, count { CALL db.labels() YIELD label RETURN label } AS knownLabels`);
    const indexes = await tx.run('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    return { ...r.records[0]?.toObject(), indexes: indexes.records[0]?.get('names') };
  });
}

const WRITES = [
  'CREATE (n) RETURN n',
  'MATCH (n) DETACH DELETE n',
  'match (n) detach delete n',
  "CALL apoc.create.node(['Person'], {name: 'x'})",
  "CALL `apoc`.`create`.node(['Person'], {name: 'x'}) YIELD node RETURN node",
  "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
  "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n', {}) AS x",
  '// only a comment\nCREATE (n:Person {name: "x"})',
  '/* a comment */ MERGE (n:Person {id: "x"})',
  "MATCH (n:Person) WHERE n.name = '张建慧' /* */ SET n.name = 'x'",
  'MATCH (n) CALL { WITH n DELETE n } RETURN count(*)',
  'MATCH (n) CALL (n) { DETACH DELETE n } RETURN count(*)',
  'UNWIND [1] AS x CALL { CREATE (:Person) } IN TRANSACTIONS RETURN x',
  'MATCH (n) REMOVE n:Person',
  'FOREACH (x IN [1, 2] | CREATE (:Person {n: x}))',
  "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
  'DROP INDEX entity_names',
  'CREATE INDEX x IF NOT EXISTS FOR (n:Person) ON (n.pinyin)',
  "CALL db.createLabel('Spy')",
  "CALL db.index.fulltext.drop('entity_names')",
  "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
  'CALL dbms.security.listUsers()',
  'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
  'INSERT (n:Person)',
];

describe('POST /api/cypher refuses writes', () => {
  it.each(WRITES)('refuses %j and changes nothing', async (query) => {
    const before = await fingerprint();
    const r = await api.post('/api/cypher', { query });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ error: { code: 'query-rejected' } });
    expect(await fingerprint()).toEqual(before);
  });

  it('says what it refused and where', async () => {
    const r = await api.post<{ error: { message: string } }>('/api/cypher', { query: 'MATCH (n)\n  DETACH DELETE n' });
    expect(r.body.error.message).toMatch(/DETACH \(line 2, column 3\)/u);
  });
});

describe('POST /api/cypher runs reads', () => {
  it('reads words that look like writes inside strings, comments and quoted names', async () => {
    const r = await api.post('/api/cypher', {
      query: "// DELETE everything? no\nMATCH (n:Person) WHERE n.name <> 'CREATE (x)' RETURN n.name AS `SET`, \"DETACH DELETE\" AS s ORDER BY `SET` LIMIT 1",
    });
    expect(r.status).toBe(200);
    expect(CypherResponse.parse(r.body)).toMatchObject({ columns: ['SET', 's'], rows: [['吉建军', 'DETACH DELETE']] });
  });

  it('returns a table with nodes, relationships and paths tagged, and the graph they make', async () => {
    const r = await api.post('/api/cypher', {
      query: 'MATCH p = (a:Person {name: $name})-[r:APPEARED_AT]->(e:Event) RETURN p, a, [e] AS events, {role: r.role, edge: r} AS m ORDER BY e.date',
      params: { name: '张建慧' },
    });
    expect(r.status).toBe(200);
    const body = CypherResponse.parse(r.body);
    expect(body.columns).toEqual(['p', 'a', 'events', 'm']);
    expect(body.rows).toHaveLength(2);
    const [path, person, events, map] = body.rows[0] as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>[], Record<string, unknown>];
    expect(path).toMatchObject({ '@type': 'path', nodes: [{ id: ids.zhang }, { id: ids.inspection }], relationships: [{ type: 'APPEARED_AT', source: ids.zhang, target: ids.inspection }] });
    expect(person).toMatchObject({ '@type': 'node', id: ids.zhang, labels: ['Person'], properties: { name: '张建慧' } });
    expect((person.properties as Record<string, unknown>).searchText).toBeUndefined();
    expect(events[0]).toMatchObject({ '@type': 'node', id: ids.inspection });
    expect(map).toMatchObject({ role: 'inspected', edge: { '@type': 'relationship' } });
    expect(body.elements.nodes.map((n) => n.data.id).sort()).toEqual([ids.zhang, ids.inspection, ids.meeting].sort());
    expect(body.elements.edges).toHaveLength(2);
  });

  it('fetches the ends of relationships returned alone, so the graph can be drawn', async () => {
    const body = CypherResponse.parse((await api.post('/api/cypher', { query: 'MATCH ()-[r:HOLDS_POSITION]->() RETURN r' })).body);
    expect(body.elements.edges).toHaveLength(4);
    expect(body.elements.nodes.map((n) => n.data.name)).toEqual(expect.arrayContaining(['张建慧', '周口市委', '吉建军', '周口市人民政府']));
  });

  it('sends whole numbers as integers and keeps scalars plain', async () => {
    const body = CypherResponse.parse((await api.post('/api/cypher', { query: 'RETURN $n + 1 AS m, range(1, $n) AS r, 0.5 AS f, date("2024-11-03") AS d', params: { n: 3 } })).body);
    expect(body.rows).toEqual([[4, [1, 2, 3], 0.5, '2024-11-03']]);
  });

  it('gives the columns of a query without rows', async () => {
    const body = CypherResponse.parse((await api.post('/api/cypher', { query: 'MATCH (n:Person) WHERE false RETURN n.name AS name, n' })).body);
    expect(body).toMatchObject({ columns: ['name', 'n'], rows: [], truncated: false, elements: { nodes: [], edges: [] } });
  });

  it('caps rows at the server cap, or lower when asked', async () => {
    const capped = CypherResponse.parse((await api.post('/api/cypher', { query: 'UNWIND range(1, 100000) AS x RETURN x' })).body);
    expect(capped).toMatchObject({ truncated: true });
    expect(capped.rows).toHaveLength(ROW_CAP);
    const lower = CypherResponse.parse((await api.post('/api/cypher', { query: 'UNWIND range(1, 100000) AS x RETURN x', limit: 7 })).body);
    expect(lower.rows).toHaveLength(7);
    const under = CypherResponse.parse((await api.post('/api/cypher', { query: 'UNWIND range(1, 5) AS x RETURN x' })).body);
    expect(under).toMatchObject({ truncated: false });
  });

  it('stops a query that runs past the timeout with 504', async () => {
    const started = Date.now();
    const r = await api.post('/api/cypher', { query: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)', timeoutMs: 300 });
    expect(r).toMatchObject({ status: 504, body: { error: { code: 'query-timeout' } } });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers a Cypher error with 400 query-failed and a bad body with 400 bad-request', async () => {
    expect(await api.post('/api/cypher', { query: 'MATCH (n RETURN n' })).toMatchObject({ status: 400, body: { error: { code: 'query-failed' } } });
    expect(await api.post('/api/cypher', { query: '' })).toMatchObject({ status: 400, body: { error: { code: 'bad-request', field: 'query' } } });
    expect(await api.post('/api/cypher', { query: 'RETURN 1', limit: 0 })).toMatchObject({ status: 400, body: { error: { field: 'limit' } } });
    expect(await api.post('/api/cypher', { query: 'RETURN 1', timeoutMs: 60_000 })).toMatchObject({ status: 400, body: { error: { field: 'timeoutMs' } } });
  });
});

describe('the token off loopback', () => {
  let guarded: TestApi;
  beforeAll(async () => {
    guarded = await startApi({ graph, token: 'sesame', host: '0.0.0.0' });
  });
  afterAll(() => guarded?.close());

  it('is required by the console', async () => {
    const none = await guarded.post('/api/cypher', { query: 'RETURN 1 AS one' });
    expect(none).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/u);
    expect((await guarded.post('/api/cypher', { query: 'RETURN 1 AS one' }, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await guarded.post('/api/cypher', { query: 'RETURN 1 AS one' }, { authorization: 'Bearer sesame' })).status).toBe(200);
    expect((await guarded.post(`/api/cypher${qs({ token: 'sesame' })}`, { query: 'RETURN 1 AS one' })).status).toBe(200);
  });

  it('is required by exports, also as ?token= for download links', async () => {
    const path = `/api/export${qs({ format: 'json', source: 'neighborhood', id: ids.zhang })}`;
    expect((await guarded.get(path)).status).toBe(401);
    expect((await guarded.get(`${path}&token=sesame`)).status).toBe(200);
  });

  it('is not asked for by the explorer routes', async () => {
    expect((await guarded.get(`/api/entity/${ids.zhang}`)).status).toBe(200);
  });

  it('must be given when the host is not loopback', () => {
    expect(() => createApp({ graph, host: '0.0.0.0' })).toThrow(/token/u);
    expect(() => createApp({ graph, host: '127.0.0.1' })).not.toThrow();
  });
});
