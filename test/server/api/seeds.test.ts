// The API over the shipped seed pages, extracted by the real extractor and loaded by the real
// loader: whoever appears most is found by name and by pinyin, has a neighbourhood, and every
// edge's evidence is a sentence at its offsets in its article.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../vocab/extraction.ts';
import { extractPage } from '../../../extract/index.ts';
import type { Graph } from '../../../server/graph/driver.ts';
import { EvidenceResponse, NeighborhoodResponse, SearchResponse } from '../../../server/api/schemas.ts';
import { readTransaction } from '../../../server/graph/queries/read.ts';
import { connectTestGraph, loadFresh, qs, startApi, type TestApi } from './harness.ts';

const SEEDS = new URL('../../../seeds/', import.meta.url);

function extractSeeds(): Extraction[] {
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const r = extractPage(readFileSync(new URL(file, SEEDS)), file.replace(/\.txt$/u, ''));
    if (!r.ok) throw new Error(`${file}: ${r.error.message}`);
    return r.value;
  });
}

let graph: Graph;
let api: TestApi;
let extractions: Extraction[];

beforeAll(async () => {
  extractions = extractSeeds();
  graph = await connectTestGraph();
  await loadFresh(graph, extractions);
  api = await startApi({ graph });
}, 180_000);
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

/** The person with most appearances, with the pinyin the loader indexed. */
async function busiestPerson(): Promise<{ id: string; name: string; pinyin: string }> {
  return readTransaction(graph, async (tx) => {
    const r = (await tx.run(
      'MATCH (p:Person)-[:APPEARED_AT]->() WITH p, count(*) AS n ORDER BY n DESC, p.id LIMIT 1 RETURN p.id AS id, p.name AS name, p.searchText AS s',
    )).records[0];
    const words = String(r?.get('s') ?? '').split(' ').filter((w) => /^[a-z]+$/u.test(w));
    return { id: String(r?.get('id')), name: String(r?.get('name')), pinyin: words.sort((a, b) => b.length - a.length)[0] ?? '' };
  });
}

describe('the API over the seed pages', () => {
  it('finds the busiest person by name and by pinyin, and shows their neighbourhood', async () => {
    const person = await busiestPerson();
    expect(person.pinyin).not.toBe('');
    for (const q of [person.name, person.pinyin]) {
      const hits = SearchResponse.parse((await api.get(`/api/search${qs({ q })}`)).body).hits;
      expect(hits.map((h) => h.id), q).toContain(person.id);
    }
    const n = NeighborhoodResponse.parse((await api.get(`/api/neighborhood/${person.id}${qs({ depth: 2 })}`)).body);
    expect(n.elements.edges.length).toBeGreaterThan(0);
  });

  it('gives, for every evidenced edge, sentences that sit at their offsets in their articles', async () => {
    const articles = new Map<string, { text: string; start: number }>();
    for (const x of extractions) for (const e of x.entities) if (e.label === 'Article') articles.set(e.id, e);
    const edgeIds = await readTransaction(graph, async (tx) =>
      (await tx.run('MATCH ()-[r]->() WHERE size(r.evidenceArticles) > 0 RETURN r.id AS id ORDER BY id LIMIT 40')).records.map((r) => String(r.get('id'))));
    expect(edgeIds.length).toBeGreaterThan(0);
    for (const id of edgeIds) {
      const body = EvidenceResponse.parse((await api.get(`/api/evidence/${id}`)).body);
      expect(body.evidence.length, id).toBeGreaterThan(0);
      for (const e of body.evidence) {
        const article = articles.get(e.articleId);
        expect(article, e.articleId).toBeDefined();
        expect(e.articleStart).toBe(article?.start);
        expect(article?.text.slice(e.start - (article?.start ?? 0), e.end - (article?.start ?? 0)), id).toBe(e.sentence);
      }
    }
  });
});
