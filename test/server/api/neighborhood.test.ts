// GET /api/neighborhood and /api/path: subgraphs as Cytoscape elements, filtered, capped with a
// truncated flag and a count of what was left out; shortest paths through events.
import { describe, expect, it } from 'vitest';
import { NeighborhoodResponse, PathResponse } from '../../../server/api/schemas.ts';
import { fixture, qs, seedIds, useSeededApi } from './harness.ts';

const seed = fixture('api-seed');
const ids = seedIds(seed);
const env = useSeededApi([seed]);

async function neighborhood(id: string, params: Record<string, string | number> = {}) {
  const r = await env.api.get(`/api/neighborhood/${id}${qs(params)}`);
  expect(r.status).toBe(200);
  return NeighborhoodResponse.parse(r.body);
}

const names = (n: { elements: { nodes: { data: { name: string } }[] } }): string[] => n.elements.nodes.map((x) => x.data.name).sort();

describe('GET /api/neighborhood/:id', () => {
  it('gives depth 1 as elements: the entity, its events and posts, the edges between, no article hubs', async () => {
    const n = await neighborhood(ids.zhang);
    expect(n).toMatchObject({ center: ids.zhang, truncated: false, omitted: 0, total: 4 });
    expect(n.elements.nodes[0]?.data).toMatchObject({ id: ids.zhang, label: 'Person', name: '张建慧' });
    expect(names(n)).toEqual(['周口市委', '市委常委会会议', '张建慧', '张建慧到淮阳区调研']);
    expect(n.elements.edges.map((e) => e.data.type).sort()).toEqual(['APPEARED_AT', 'APPEARED_AT', 'HOLDS_POSITION']);
    const post = n.elements.edges.find((e) => e.data.type === 'HOLDS_POSITION')?.data;
    expect(post).toMatchObject({ source: ids.zhang, target: ids.party, title: '市委书记', evidenceCount: 2 });
    // Data, never looks: no evidence sentences, no style keys.
    expect(post).not.toHaveProperty('evidenceSentences');
    expect(JSON.stringify(n.elements)).not.toMatch(/"(style|color|classes)"/u);
  });

  it('sets truncated and counts what the cap left out', async () => {
    const n = await neighborhood(ids.zhang, { limit: 2 });
    expect(n).toMatchObject({ truncated: true, total: 4, omitted: 2 });
    expect(n.elements.nodes).toHaveLength(2);
    // The post is kept first, and every edge returned joins two returned nodes.
    expect(n.elements.nodes[1]?.data.id).toBe(ids.party);
    const shown = new Set(n.elements.nodes.map((x) => x.data.id));
    for (const e of n.elements.edges) expect(shown.has(e.data.source) && shown.has(e.data.target)).toBe(true);
  });

  it('goes two hops out, and caps the second hop too', async () => {
    const two = await neighborhood(ids.zhang, { depth: 2 });
    expect(names(two)).toEqual(expect.arrayContaining(['吉建军', '李明', '淮阳区']));
    expect(two.truncated).toBe(false);
    expect(two.total).toBe(two.elements.nodes.length);
    const capped = await neighborhood(ids.zhang, { depth: 2, limit: 5 });
    expect(capped).toMatchObject({ truncated: true, total: two.total, omitted: two.total - 5 });
    expect(capped.elements.nodes).toHaveLength(5);
  });

  it('filters by relationship type, role and event date', async () => {
    expect(names(await neighborhood(ids.zhang, { types: 'HOLDS_POSITION' }))).toEqual(['周口市委', '张建慧']);
    expect(names(await neighborhood(ids.zhang, { roles: 'presided', types: 'APPEARED_AT' }))).toEqual(['市委常委会会议', '张建慧']);
    expect(names(await neighborhood(ids.zhang, { from: '2024-11-01', to: '2024-11-30', types: 'APPEARED_AT' })))
      .toEqual(['张建慧', '张建慧到淮阳区调研']);
  });

  it('includes the article hubs when asked', async () => {
    const n = await neighborhood(ids.zhang, { types: 'MENTIONS' });
    expect(n.elements.nodes.filter((x) => x.data.label === 'Article')).toHaveLength(2);
    expect(n.elements.nodes.find((x) => x.data.label === 'Article')?.data).not.toHaveProperty('text');
  });

  it('answers 400 for bad filters and 404 for an unknown id', async () => {
    const depth = await env.api.get(`/api/neighborhood/${ids.zhang}${qs({ depth: 3 })}`);
    expect(depth).toMatchObject({ status: 400, body: { error: { code: 'bad-request', field: 'depth' } } });
    const type = await env.api.get(`/api/neighborhood/${ids.zhang}${qs({ types: 'APPEARED_AT,KNOWS' })}`);
    expect(type).toMatchObject({ status: 400, body: { error: { field: 'types.1' } } });
    expect((await env.api.get(`/api/neighborhood/${ids.zhang}${qs({ limit: 0 })}`)).status).toBe(400);
    expect((await env.api.get('/api/neighborhood/per_ffffffffffffffff')).status).toBe(404);
  });
});

describe('GET /api/path', () => {
  it('finds the shortest path between two officials through an event', async () => {
    const r = await env.api.get(`/api/path${qs({ from: ids.zhang, to: ids.ji })}`);
    expect(r.status).toBe(200);
    const p = PathResponse.parse(r.body);
    expect(p.length).toBe(2);
    // Two shortest paths: the meeting both attended, and the party committee both hold posts in.
    expect(p.paths.map((x) => x.nodes[1]).sort()).toEqual([ids.party, ids.meeting].sort());
    for (const path of p.paths) {
      expect(path.nodes[0]).toBe(ids.zhang);
      expect(path.nodes.at(-1)).toBe(ids.ji);
      expect(path.edges).toHaveLength(2);
    }
    expect(p.elements.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining([ids.zhang, ids.ji, ids.meeting, ids.party]));
  });

  it('leaves articles out unless their relationship types are asked for', async () => {
    const without = PathResponse.parse((await env.api.get(`/api/path${qs({ from: ids.wang, to: ids.zhang })}`)).body);
    expect(without).toMatchObject({ length: null, paths: [] });
    expect(without.elements.nodes).toHaveLength(2);
    const through = PathResponse.parse((await env.api.get(`/api/path${qs({ from: ids.wang, to: ids.zhang, types: 'REPORTED,MENTIONS' })}`)).body);
    expect(through.length).toBe(2);
  });

  it('limits the number of paths and says so', async () => {
    const p = PathResponse.parse((await env.api.get(`/api/path${qs({ from: ids.zhang, to: ids.ji, limit: 1 })}`)).body);
    expect(p).toMatchObject({ truncated: true });
    expect(p.paths).toHaveLength(1);
  });

  it('answers 400 for a path to itself and 404 for an unknown end', async () => {
    expect((await env.api.get(`/api/path${qs({ from: ids.zhang, to: ids.zhang })}`)).status).toBe(400);
    expect((await env.api.get(`/api/path${qs({ from: ids.zhang })}`)).body).toMatchObject({ error: { field: 'to' } });
    const unknown = await env.api.get(`/api/path${qs({ from: ids.zhang, to: 'per_ffffffffffffffff' })}`);
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'not-found' } } });
  });
});
