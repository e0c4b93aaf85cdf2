// GET /api/export: the selection as GraphML, GEXF, a CSV zip, Cytoscape JSON, a Cypher script and
// a standalone HTML page, with the right Content-Type and a file name. The XML formats are parsed
// back; the Cypher script is run into an emptied database and must recreate the selection.
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixture, loadFresh, qs, seedIds, useSeededApi } from './harness.ts';

const seed = fixture('api-seed');
const ids = seedIds(seed);
const env = useSeededApi([seed]);

const neighborhood = (format: string, extra: Record<string, string | number> = {}) =>
  `/api/export${qs({ format, source: 'neighborhood', id: ids.zhang, depth: 2, ...extra })}`;

async function download(path: string): Promise<{ response: Response; bytes: Uint8Array; text: string }> {
  const response = await env.api.fetch(path);
  expect(response.status, await response.clone().text().then((t) => t.slice(0, 300))).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder().decode(bytes) };
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });

describe('GET /api/export', () => {
  it('writes GraphML that parses and holds the nodes, edges and typed keys', async () => {
    const { response, text } = await download(neighborhood('graphml'));
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=newsgraph-neighborhood-${ids.zhang}.graphml`);
    const doc = xml.parse(text) as { graphml: { key: Record<string, string>[]; graph: { node: { '@id': string; data: unknown }[]; edge: Record<string, string>[] } } };
    const keys = new Map(doc.graphml.key.map((k) => [`${k['@for']}:${k['@attr.name']}`, k]));
    expect(keys.get('node:label')).toMatchObject({ '@attr.type': 'string' });
    expect(keys.get('node:labelV')).toBeDefined();
    expect(keys.get('edge:labelE')).toBeDefined();
    expect(keys.get('edge:evidenceCount')).toMatchObject({ '@attr.type': 'long' });
    const nodes = asArray(doc.graphml.graph.node);
    expect(nodes.map((n) => n['@id'])).toEqual(expect.arrayContaining([ids.zhang, ids.ji, ids.party, ids.meeting]));
    const zhang = nodes.find((n) => n['@id'] === ids.zhang);
    const values = asArray(zhang?.data as { '#text': string }[]).map((d) => d['#text']);
    expect(values).toEqual(expect.arrayContaining(['张建慧', 'Person', 'zhāng jiàn huì']));
    const edges = asArray(doc.graphml.graph.edge);
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) expect(nodes.some((n) => n['@id'] === e['@source'])).toBe(true);
    // Exports carry the evidence the explorer leaves to /api/evidence.
    expect(text).toContain('市委书记张建慧到淮阳区调研督导乡村振兴工作');
  });

  it('writes GEXF 1.3 that parses', async () => {
    const { response, text } = await download(neighborhood('gexf'));
    expect(response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    const doc = xml.parse(text) as { gexf: { '@version': string; graph: { nodes: { node: Record<string, string>[] }; edges: { edge: Record<string, string>[] }; attributes: unknown[] } } };
    expect(doc.gexf['@version']).toBe('1.3');
    const nodes = asArray(doc.gexf.graph.nodes.node);
    expect(nodes.find((n) => n['@id'] === ids.zhang)).toMatchObject({ '@label': '张建慧' });
    expect(asArray(doc.gexf.graph.edges.edge).map((e) => e['@label'])).toContain('HOLDS_POSITION');
  });

  it('writes nodes.csv and edges.csv in a zip', async () => {
    const { response, bytes } = await download(neighborhood('csv'));
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=newsgraph-neighborhood-.+\.zip$/u);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const nodes = strFromU8(files['nodes.csv'] as Uint8Array).replace(/^\ufeff/u, '').split('\r\n');
    expect(nodes[0]?.startsWith('id,label,name,')).toBe(true);
    expect(nodes.some((l) => l.startsWith(`${ids.zhang},Person,张建慧,`))).toBe(true);
    const edges = strFromU8(files['edges.csv'] as Uint8Array).replace(/^\ufeff/u, '').split('\r\n');
    expect(edges[0]?.startsWith('id,source,target,type,')).toBe(true);
  });

  it('writes Cytoscape JSON', async () => {
    const { response, text } = await download(neighborhood('json'));
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = JSON.parse(text) as { generator: string; elements: { nodes: { data: { id: string } }[]; edges: unknown[] } };
    expect(body.generator).toBe('NewsGraph');
    expect(body.elements.nodes[0]?.data.id).toBe(ids.zhang);
  });

  it('writes a standalone HTML page with Cytoscape inlined', async () => {
    const { response, text } = await download(neighborhood('html'));
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(text).toMatch(/^<!doctype html>/u);
    expect(text).not.toMatch(/<script[^>]+src=/u);
    expect(text).not.toMatch(/<link[^>]+href=/u);
    expect(text.length).toBeGreaterThan(400_000);
    expect((text.match(/<\/script>/gu) ?? []).length).toBe(4);
    const json = /<script id="newsgraph-elements" type="application\/json">([^<]*)<\/script>/u.exec(text)?.[1] ?? '';
    expect((JSON.parse(json) as { nodes: unknown[] }).nodes.length).toBeGreaterThan(3);
  });

  it('exports a path and a Cypher query', async () => {
    const path = await download(`/api/export${qs({ format: 'json', source: 'path', from: ids.zhang, to: ids.ji })}`);
    expect(path.response.headers.get('content-disposition')).toContain(`newsgraph-path-${ids.zhang}-${ids.ji}.json`);
    expect((JSON.parse(path.text) as { elements: { nodes: unknown[] } }).elements.nodes).toHaveLength(4);
    const query = await download(`/api/export${qs({ format: 'graphml', source: 'cypher', query: 'MATCH (p:Person)-[r:HOLDS_POSITION]->(o) WHERE p.name = $name RETURN p, r, o', params: JSON.stringify({ name: '吉建军' }) })}`);
    expect(query.text).toContain('周口市人民政府');
  });

  it('refuses bad parameters, unknown ids and console writes', async () => {
    expect((await env.api.get(`/api/export${qs({ format: 'pdf', source: 'neighborhood', id: ids.zhang })}`)).body).toMatchObject({ error: { field: 'format' } });
    expect((await env.api.get(`/api/export${qs({ format: 'json', source: 'neighborhood' })}`)).body).toMatchObject({ error: { field: 'id' } });
    expect((await env.api.get(`/api/export${qs({ format: 'json', source: 'cypher', query: 'RETURN 1', params: '[1' })}`)).body).toMatchObject({ error: { field: 'params' } });
    expect((await env.api.get(`/api/export${qs({ format: 'json', source: 'neighborhood', id: 'per_ffffffffffffffff' })}`)).status).toBe(404);
    expect((await env.api.get(`/api/export${qs({ format: 'json', source: 'cypher', query: 'MATCH (n) DETACH DELETE n' })}`)).status).toBe(422);
  });

  it('writes a Cypher script that recreates the selection, twice over without change', async () => {
    const { response, text } = await download(neighborhood('cypher', { depth: 1 }));
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    // Everything stored around 张建慧 but the search key, which the loader derives and the script leaves to it.
    const withoutSearchText = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([k]) => k !== 'searchText'));
    const state = () => env.graph.read(async (tx) => {
      const record = (await tx.run(
        `MATCH (p:Person {id: $id})-[r]->(x) WHERE NOT x:Article
         WITH p, r, x ORDER BY r.id
         RETURN properties(p) AS person, collect([type(r), properties(r), properties(x)]) AS around`,
        { id: ids.zhang },
      )).records[0];
      const around = record?.get('around') as [string, Record<string, unknown>, Record<string, unknown>][];
      return {
        person: withoutSearchText(record?.get('person') as Record<string, unknown>),
        around: around.map(([type, rel, other]) => [type, rel, withoutSearchText(other)]),
      };
    });
    const before = await state();
    await env.graph.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    const statements = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('//'));
    for (let round = 0; round < 2; round += 1) {
      for (const statement of statements) await env.graph.write((tx) => tx.run(statement.replace(/;$/u, '')));
    }
    const after = await state();
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).toContain('市委书记张建慧主持召开市委常委会会议');
    const count = await env.graph.read(async (tx) => (await tx.run('MATCH (n) RETURN count(n) AS n')).records[0]?.get('n'));
    expect(Number(count)).toBe(4);
    // Leave the shared database as the next file expects to find it: reloaded.
    await loadFresh(env.graph, [seed]);
  });
});
