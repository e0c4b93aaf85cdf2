// GET /api/openapi.json: an OpenAPI 3.1 document generated from the zod schemas, with every route
// the app serves, and every documented route served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../server/graph/driver.ts';
import { ROUTES } from '../../../server/api/schemas.ts';
import { connectTestGraph, fixture, loadFresh, seedIds, startApi, type TestApi } from './harness.ts';

interface Operation {
  operationId: string;
  parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
}
interface Document {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

const seed = fixture('api-seed');
const ids = seedIds(seed);
let graph: Graph;
let api: TestApi;
let doc: Document;

beforeAll(async () => {
  graph = await connectTestGraph();
  await loadFresh(graph, [seed]);
  api = await startApi({ graph });
  const r = await api.get<Document>('/api/openapi.json');
  expect(r.status).toBe(200);
  doc = r.body;
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document with every route', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'NewsGraph API' });
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/coappear/{personId}', '/api/cypher', '/api/entity/{id}', '/api/evidence/{edgeId}', '/api/export', '/api/health',
      '/api/neighborhood/{id}', '/api/openapi.json', '/api/path', '/api/search', '/api/timeline/{id}',
    ]);
    const operationIds = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });

  it('describes parameters from the same schemas that validate them', () => {
    const search = doc.paths['/api/search']?.get;
    const q = search?.parameters.find((p) => p.name === 'q');
    expect(q).toMatchObject({ in: 'query', required: true, schema: { type: 'string', minLength: 1 } });
    expect(search?.parameters.find((p) => p.name === 'limit')).toMatchObject({ required: false, schema: { type: 'integer', default: 20, maximum: 100 } });
    const neighborhood = doc.paths['/api/neighborhood/{id}']?.get;
    expect(neighborhood?.parameters.find((p) => p.name === 'id')).toMatchObject({ in: 'path', required: true });
    expect(neighborhood?.parameters.find((p) => p.name === 'depth')?.schema).toMatchObject({ enum: ['1', '2'] });
    const exported = doc.paths['/api/export']?.get;
    expect(exported?.parameters.find((p) => p.name === 'format')).toMatchObject({ required: true, schema: { enum: ['graphml', 'gexf', 'csv', 'json', 'cypher', 'html'] } });
    expect(exported?.parameters.find((p) => p.name === 'id')).toMatchObject({ required: false });
    expect(Object.keys(exported?.responses['200']?.content ?? {})).toContain('application/graphml+xml');
    const cypher = doc.paths['/api/cypher']?.post;
    expect(cypher?.requestBody?.content['application/json']?.schema).toMatchObject({ type: 'object', required: ['query'] });
    expect(cypher?.responses).toHaveProperty('422');
  });

  it('documents only routes the app serves', async () => {
    for (const route of ROUTES) {
      const path = route.path.replace('{id}', ids.zhang).replace('{personId}', ids.zhang).replace('{edgeId}', 'rel_0');
      const r = route.method === 'post' ? await api.post(path, {}) : await api.get(path);
      expect(JSON.stringify(r.body), `${route.method} ${route.path}`).not.toContain('no such API route');
    }
  });
});
