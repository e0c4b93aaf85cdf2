// GET /api/entity, /api/timeline, /api/coappear and /api/evidence on api-seed.json: what the
// explorer's side panels show about one entity or one edge.
import { describe, expect, it } from 'vitest';
import { CoappearResponse, EntityResponse, EvidenceResponse, TimelineResponse } from '../../../server/api/schemas.ts';
import { fixture, qs, seedIds, useSeededApi } from './harness.ts';

const seed = fixture('api-seed');
const ids = seedIds(seed);
const env = useSeededApi([seed]);

describe('GET /api/entity/:id', () => {
  it('gives properties, degree by type and direction, and first and last appearance', async () => {
    const r = await env.api.get(`/api/entity/${ids.zhang}`);
    expect(r.status).toBe(200);
    const entity = EntityResponse.parse(r.body);
    expect(entity).toMatchObject({ id: ids.zhang, label: 'Person', name: '张建慧', properties: { pinyin: 'zhāng jiàn huì', scope: '周口市' } });
    expect(entity.properties).not.toHaveProperty('searchText');
    expect(entity.degree.byType).toEqual(expect.arrayContaining([
      { type: 'APPEARED_AT', direction: 'out', count: 2 },
      { type: 'HOLDS_POSITION', direction: 'out', count: 1 },
      { type: 'MENTIONS', direction: 'in', count: 2 },
    ]));
    expect(entity.appearances).toEqual({ first: '2024-11-03', last: '2024-12-01', events: 2 });
    expect(entity.context.line).toBe('市委书记 · 周口市委');
  });

  it('answers 404 for an id that is not in the env.graph, and for one that is no id at all', async () => {
    for (const id of ['per_0000000000000000', 'nonsense']) {
      const r = await env.api.get(`/api/entity/${id}`);
      expect(r.status).toBe(404);
      expect(r.body).toMatchObject({ error: { code: 'not-found' } });
    }
  });
});

describe('GET /api/timeline/:id', () => {
  it('lists appearances in date order with event, role and place', async () => {
    const r = await env.api.get(`/api/timeline/${ids.li}`);
    const timeline = TimelineResponse.parse(r.body);
    expect(timeline.items.map((i) => [i.date, i.event.name, i.role, i.places.map((p) => p.name)])).toEqual([
      ['2024-11-03', '张建慧到淮阳区调研', 'attended', ['淮阳区']],
      ['2025-01-10', '吉建军到川汇区调研', 'attended', ['川汇区']],
    ]);
    expect(timeline.items[0]?.edge).toMatch(/^rel_/u);
  });

  it('filters by date range and role', async () => {
    const inRange = TimelineResponse.parse((await env.api.get(`/api/timeline/${ids.li}${qs({ from: '2025', to: '2025-12' })}`)).body);
    expect(inRange.items.map((i) => i.event.name)).toEqual(['吉建军到川汇区调研']);
    const presided = TimelineResponse.parse((await env.api.get(`/api/timeline/${ids.zhang}${qs({ roles: 'presided' })}`)).body);
    expect(presided.items.map((i) => i.role)).toEqual(['presided']);
  });

  it('gives an organization the events it organized', async () => {
    const timeline = TimelineResponse.parse((await env.api.get(`/api/timeline/${ids.party}`)).body);
    expect(timeline.items.map((i) => [i.event.name, i.relation])).toEqual([['市委常委会会议', 'ORGANIZED_BY']]);
  });

  it('refuses a date range the wrong way round', async () => {
    const r = await env.api.get(`/api/timeline/${ids.li}${qs({ from: '2025-02', to: '2025-01' })}`);
    expect(r).toMatchObject({ status: 400, body: { error: { code: 'bad-request', field: 'to' } } });
    const bad = await env.api.get(`/api/timeline/${ids.li}${qs({ from: '2025-13' })}`);
    expect(bad).toMatchObject({ status: 400, body: { error: { field: 'from' } } });
  });
});

describe('GET /api/coappear/:personId', () => {
  it('counts the events two people shared and lists them with both roles', async () => {
    const r = await env.api.get(`/api/coappear/${ids.zhang}`);
    const co = CoappearResponse.parse(r.body);
    expect(co.coappearances.map((c) => [c.person.name, c.count])).toEqual([['吉建军', 1], ['李明', 1]]);
    expect(co.coappearances[0]?.events[0]).toMatchObject({ name: '市委常委会会议', role: 'presided', otherRole: 'spoke' });
  });

  it('answers 404 for an id that is not a person', async () => {
    expect((await env.api.get(`/api/coappear/${ids.party}`)).status).toBe(404);
  });
});

describe('GET /api/evidence/:edgeId', () => {
  it('gives the sentences behind an edge with article title, date, source and offsets', async () => {
    const relation = seed.relations.find((r) => r.type === 'HOLDS_POSITION' && r.from === ids.zhang);
    const r = await env.api.get(`/api/evidence/${relation?.id}`);
    expect(r.status).toBe(200);
    const body = EvidenceResponse.parse(r.body);
    expect(body.edge).toMatchObject({
      type: 'HOLDS_POSITION', source: { id: ids.zhang, name: '张建慧' }, target: { id: ids.party, name: '周口市委' },
      properties: { title: '市委书记', firstSeen: '2024-11-04', lastSeen: '2024-12-02' },
    });
    expect(body.evidence).toHaveLength(2);
    const first = body.evidence[0];
    expect(first?.sentence).toContain('市委书记张建慧到淮阳区调研');
    expect(first).toMatchObject({ title: '张建慧在淮阳区调研', date: '2024-11-04', source: '周口日报', doc: 'api-seed' });
    // The offsets point at the sentence in the article's text.
    const article = seed.entities.find((e) => e.id === first?.articleId);
    const text = article && article.label === 'Article' ? article.text : '';
    expect(text.slice((first?.start ?? 0) - (first?.articleStart ?? 0), (first?.end ?? 0) - (first?.articleStart ?? 0))).toBe(first?.sentence);
  });

  it('answers 404 for an unknown edge', async () => {
    expect((await env.api.get('/api/evidence/rel_0000000000000000')).status).toBe(404);
  });
});
