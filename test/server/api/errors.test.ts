// How the API fails: 400 with the field, 404 for unknown ids and routes, 413 for big bodies,
// 503 while Neo4j starts or is gone, and back to 200 by itself when Neo4j returns. The outage is
// real: a second embedded Neo4j of this file's own is stopped and started again on the same
// directory and port under the same app.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../server/graph/driver.ts';
import { createGraph } from '../../../server/graph/driver.ts';
import { connectNeo4j } from '../../../server/launcher/connect.ts';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../server/launcher/neo4j.ts';
import { fixture, loadFresh, seedIds, startApi, useSeededApi, type TestApi } from './harness.ts';

const seed = fixture('api-seed');
const ids = seedIds(seed);

describe('bad requests', () => {
  const env = useSeededApi([seed]);

  it('answers 400 with the field and the reason, for every issue', async () => {
    const r = await env.api.get<{ error: { field: string; message: string; issues: { field: string }[] } }>(
      `/api/neighborhood/${ids.zhang}?depth=9&limit=-1&from=yesterday`,
    );
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('depth');
    expect(r.body.error.message).toMatch(/^depth: /u);
    expect(r.body.error.issues.map((i) => i.field).sort()).toEqual(['depth', 'from', 'limit']);
  });

  it('answers 400 for a body that is not JSON and 413 for one too large', async () => {
    const broken = await env.api.fetch('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: 'bad-request', field: 'body' } });
    const big = await env.api.post('/api/cypher', { query: `RETURN '${'x'.repeat(300_000)}'` });
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'too-large' } } });
  });

  it('answers 404 for an unknown API route', async () => {
    expect(await env.api.get('/api/nothing-here')).toMatchObject({ status: 404, body: { error: { code: 'not-found' } } });
  });

  it('answers 503 while the graph is not there yet', async () => {
    const starting = await startApi({ graph: { current: () => null, status: () => 'starting the embedded Neo4j…' } });
    try {
      const r = await starting.get(`/api/search?q=zjh`);
      expect(r).toMatchObject({ status: 503, body: { error: { code: 'starting' } } });
      expect((r.body as { error: { message: string } }).error.message).toContain('starting the embedded Neo4j');
    } finally {
      await starting.close();
    }
  });
});

describe('Neo4j going away and coming back', () => {
  let dataDir: string;
  let port: number;
  let db: EmbeddedNeo4j | null = null;
  let graph: Graph;
  let api: TestApi;

  const start = async (): Promise<EmbeddedNeo4j> => startEmbeddedNeo4j({ dataDir, port, log: () => undefined });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-api-outage-'));
    port = await findFreePort();
    db = await start();
    graph = createGraph(await connectNeo4j({ uri: db.uri }));
    await loadFresh(graph, [seed]);
    api = await startApi({ graph });
  }, 240_000);

  afterAll(async () => {
    await api?.close();
    await graph?.close();
    await db?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('answers 503 while Neo4j is down and 200 again once it is back, with the same app', async () => {
    const entity = `/api/entity/${ids.zhang}`;
    expect((await api.get(entity)).status).toBe(200);

    await db?.stop();
    db = null;
    for (const path of [entity, '/api/search?q=zjh', '/api/health']) {
      const started = Date.now();
      const down = await api.get(path);
      expect(down.status, path).toBe(503);
      expect(down.body).toMatchObject({ error: { code: 'neo4j-unavailable' } });
      // At once, not after the driver's 30 s of retries.
      expect(Date.now() - started).toBeLessThan(5_000);
    }
    const consoleReply = await api.post('/api/cypher', { query: 'RETURN 1' });
    expect(consoleReply.status).toBe(503);

    db = await start();
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt += 1) {
      status = (await api.get(entity)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(status).toBe(200);
    expect((await api.get(entity)).body).toMatchObject({ name: '张建慧' });
  }, 240_000);
});
