// GET /api/search against the real loader's graph: 张建慧 is found by his name, part of it, his
// pinyin and his initials; exact names come first; Lucene syntax typed by a user is only text.
import { describe, expect, it } from 'vitest';
import { SearchResponse } from '../../../server/api/schemas.ts';
import { fixture, qs, seedIds, useSeededApi } from './harness.ts';

const seed = fixture('api-seed');
const ids = seedIds(seed);
const env = useSeededApi([seed]);

async function search(q: string, extra: Record<string, string | number | boolean> = {}) {
  const r = await env.api.get(`/api/search${qs({ q, ...extra })}`);
  expect(r.status).toBe(200);
  return SearchResponse.parse(r.body);
}

describe('GET /api/search', () => {
  it.each(['张建慧', '建慧', 'zhangjianhui', 'zjh', 'ZJH', 'zhang jian hui'])('finds 张建慧 by %s', async (q) => {
    const { hits } = await search(q);
    expect(hits[0]).toMatchObject({ id: ids.zhang, label: 'Person', name: '张建慧' });
  });

  it('puts the exact name first and gives the best-known title as context', async () => {
    const { hits } = await search('张建慧');
    expect(hits[0]).toMatchObject({ exact: 'name', context: { title: '市委书记', organization: '周口市委', line: '市委书记 · 周口市委' } });
    // The event named after him matches too, ranked after him.
    expect(hits.map((h) => h.name)).toContain('张建慧到淮阳区调研');
  });

  it('completes a prefix for autocomplete, in pinyin and in Chinese', async () => {
    expect((await search('zhangj', { prefix: true })).hits[0]?.id).toBe(ids.zhang);
    expect((await search('zhangj')).hits).toEqual([]);
    expect((await search('吉', { prefix: true })).hits[0]?.id).toBe(ids.ji);
  });

  it('finds an alias and says so', async () => {
    const { hits } = await search('市政府');
    expect(hits[0]).toMatchObject({ id: ids.government, exact: 'alias', context: { place: '周口市' } });
  });

  it('gives places their enclosing places and events their date and place', async () => {
    expect((await search('淮阳区')).hits[0]?.context.line).toBe('周口市 · 河南省');
    const event = (await search('川汇区调研')).hits[0];
    expect(event).toMatchObject({ label: 'Event', context: { date: '2025-01-10', place: '川汇区' } });
  });

  it('takes Lucene syntax as plain text', async () => {
    for (const q of ['张建慧 OR *', 'name:张建慧', '"张建慧', 'zjh~', '(zjh', 'AND', '\\', '*:*', '张建慧 AND NOT 李明']) {
      const r = await env.api.get(`/api/search${qs({ q })}`);
      expect(r.status, q).toBe(200);
    }
    // A wildcard typed by the user is escaped: it does not match everything.
    expect((await search('*')).hits).toEqual([]);
    expect((await search('z*')).hits).toEqual([]);
  });

  it('caps the hits at limit', async () => {
    expect((await search('市', { limit: 1, prefix: true })).hits.length).toBe(1);
  });

  it('refuses a missing or oversized query with 400 and the field', async () => {
    const missing = await env.api.get('/api/search');
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { code: 'bad-request', field: 'q' } });
    const big = await env.api.get(`/api/search${qs({ q: '张', limit: 1000 })}`);
    expect(big.body).toMatchObject({ error: { code: 'bad-request', field: 'limit' } });
    const prefix = await env.api.get(`/api/search${qs({ q: '张', prefix: 'maybe' })}`);
    expect(prefix.body).toMatchObject({ error: { field: 'prefix' } });
  });
});
