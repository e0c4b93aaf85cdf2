// The loader against a real Neo4j: what one article writes, that loading it again changes
// nothing, that a newer article moves lastSeen, that batch boundaries do not matter, and that
// bad relations are counted rather than written.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../vocab/extraction.ts';
import type { Graph } from '../../../server/graph/driver.ts';
import { ensureSchema, FULLTEXT_INDEX } from '../../../server/graph/schema.ts';
import { DEFAULTS, loadExtraction, loadExtractions } from '../../../server/graph/load.ts';
import { generateExtractions } from '../../../bench/corpus/generate.ts';
import { clearGraph, connectTestGraph, graphState, readOne } from '../ingest/graph-state.ts';

const fixture = (name: string): Extraction =>
  JSON.parse(readFileSync(new URL(`../../fixtures/extractions/${name}.json`, import.meta.url), 'utf8')) as Extraction;

const inspection = fixture('inspection-one-article');
const newer = fixture('newer-article-same-post');

let graph: Graph;

beforeAll(async () => {
  graph = await connectTestGraph();
  await ensureSchema(graph);
});
afterAll(() => graph?.close());
beforeEach(() => clearGraph(graph));

const snapshot = () => graphState(graph);
const one = <T = unknown>(cypher: string, params: Record<string, unknown> = {}) => readOne<T>(graph, cypher, params);

const personId = (x: Extraction, name: string): string => {
  const e = x.entities.find((p) => p.label === 'Person' && p.name === name);
  if (!e) throw new Error(`no ${name} in ${x.doc}`);
  return e.id;
};

describe('loadExtraction', () => {
  it('writes the entities, relationships, evidence and mentions of one article', async () => {
    const counts = await loadExtraction(graph, inspection);
    expect(counts).toMatchObject({ extractions: 1, articles: 1, nodes: 9, dangling: 0, rejected: 0, batches: 1 });
    // 5 asserted + 2 PART_OF + 1 LOCATED_IN + 6 MENTIONS (张建慧, 淮阳区, 王艳, 市委, 李明… once per pair)
    expect(counts.relationships).toBe(5 + 2 + 1 + 5);
    expect(counts.relationshipsCreated).toBe(counts.relationships);

    const zhang = personId(inspection, '张建慧');
    const position = await one<Record<string, unknown>>(
      'MATCH (:Person {id: $id})-[r:HOLDS_POSITION]->(o:Organization) RETURN properties(r)', { id: zhang },
    );
    expect(position).toMatchObject({
      title: '市委书记', firstSeen: '2024-11-03', lastSeen: '2024-11-03',
      evidenceArticles: [inspection.entities.find((e) => e.label === 'Article')?.id],
      evidenceSentences: ['本报讯(记者王艳)11月3日，市委书记张建慧到淮阳区调研督导乡村振兴工作。'],
    });
    const evidence = inspection.relations.find((r) => r.type === 'HOLDS_POSITION')?.evidence[0];
    expect(position).toMatchObject({ evidenceStarts: [evidence?.start], evidenceEnds: [evidence?.end] });

    // Offsets and counts are stored as Neo4j integers, not floats.
    const types = await one<string[]>(
      'MATCH (:Article)-[m:MENTIONS]->(:Person {id: $id}) MATCH ()-[h:HOLDS_POSITION]->() ' +
        'RETURN [valueType(m.count), valueType(h.evidenceStarts)]', { id: zhang },
    );
    expect(types).toEqual(['INTEGER NOT NULL', 'LIST<INTEGER NOT NULL> NOT NULL']);
    expect(await one('MATCH (:Article)-[m:MENTIONS]->(:Person {id: $id}) RETURN m.count', { id: zhang })).toBe(2);

    expect(await one("MATCH p = (:Place {name: '淮阳区'})-[:PART_OF*]->(top:Place) RETURN [n IN nodes(p) | n.name] ORDER BY length(p) DESC LIMIT 1"))
      .toEqual(['淮阳区', '周口市', '河南省']);
    expect(await one("MATCH (:Organization {name: '周口市委'})-[:LOCATED_IN]->(p:Place) RETURN p.name")).toBe('周口市');
    expect(await one('MATCH (p:Person)-[r:REPORTED]->(:Article) RETURN [p.name, r.role]')).toEqual(['王艳', 'reporter']);
  });

  it('changes nothing when the same article is loaded again', async () => {
    await loadExtraction(graph, inspection);
    const before = await snapshot();
    const again = await loadExtraction(graph, inspection);
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsCreated).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('moves lastSeen forward, keeps firstSeen, and merges evidence, aliases and roles from a newer article', async () => {
    await loadExtraction(graph, inspection);
    await loadExtraction(graph, newer);
    const zhang = personId(inspection, '张建慧');
    const position = await one<Record<string, unknown[]>>(
      'MATCH (:Person {id: $id})-[r:HOLDS_POSITION]->() RETURN properties(r)', { id: zhang },
    );
    expect(position).toMatchObject({ firstSeen: '2024-11-03', lastSeen: '2024-12-01' });
    expect(position.evidenceArticles).toHaveLength(2);
    expect(position.evidenceSentences).toHaveLength(2);
    expect(position.evidenceStarts).toHaveLength(2);
    expect(position.evidenceEnds).toHaveLength(2);
    expect(await one('MATCH (p:Person {id: $id}) RETURN p.aliases', { id: zhang })).toEqual(['张书记']);
    expect(await one("MATCH (o:Organization {name: '周口市委'}) RETURN o.aliases")).toEqual(['市委', '中共周口市委']);
    // 李明 attended in the first report and spoke in the second: the stronger claim stays.
    expect(await one("MATCH (:Person {name: '李明'})-[r:APPEARED_AT]->(:Event {kind: 'inspection'}) RETURN r.role")).toBe('spoke');

    // Reloading either article now changes nothing: evidence is not appended twice.
    const before = await snapshot();
    await loadExtraction(graph, newer);
    await loadExtraction(graph, inspection);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the earliest firstSeen and latest lastSeen whatever the order of loading', async () => {
    await loadExtraction(graph, newer);
    await loadExtraction(graph, inspection);
    expect(await one('MATCH ()-[r:HOLDS_POSITION]->() RETURN [r.firstSeen, r.lastSeen]')).toEqual(['2024-11-03', '2024-12-01']);
    expect(await one("MATCH (:Person {name: '李明'})-[r:APPEARED_AT]->(:Event {kind: 'inspection'}) RETURN r.role")).toBe('spoke');
  });

  it('keeps at most maxEvidence entries per relationship', async () => {
    await loadExtraction(graph, inspection, { maxEvidence: 1 });
    await loadExtraction(graph, newer, { maxEvidence: 1 });
    const position = await one<Record<string, unknown[]>>('MATCH ()-[r:HOLDS_POSITION]->() RETURN properties(r)');
    expect(position.evidenceArticles).toHaveLength(1);
    expect(position.lastSeen).toBe('2024-12-01');
  });

  it('counts relations whose endpoint is missing or forbidden instead of writing them', async () => {
    const counts = await loadExtraction(graph, fixture('relations-with-bad-endpoints'));
    // Dangling: the ghost person, and 周口市's parent 河南省 (PART_OF), which the page does not carry.
    expect(counts).toMatchObject({ dangling: 2, rejected: 1, relationships: 2 });
    expect(await one('MATCH ()-[r:APPEARED_AT]->() RETURN count(r)')).toBe(1);
    expect(await one('MATCH (:Person)-[r:HELD_IN]->() RETURN count(r)')).toBe(0);
  });

  it('keeps the first page of an article reprinted on another page', async () => {
    await loadExtraction(graph, inspection);
    const before = await snapshot();
    const counts = await loadExtraction(graph, fixture('reprint-on-another-page'));
    expect(counts.nodesCreated).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('skips extractions whose articles are all loaded when asked to', async () => {
    await loadExtraction(graph, inspection);
    const counts = await loadExtractions(graph, [inspection, newer], { skipLoaded: true });
    expect(counts).toMatchObject({ extractions: 1, articles: 1, skippedExtractions: 1, skippedArticles: 1 });
  });

  it('finds people by part of the name, by alias, by pinyin and by initials', async () => {
    await loadExtraction(graph, inspection);
    await loadExtraction(graph, newer);
    const find = (q: string) => graph.read(async (tx) => {
      const r = await tx.run(`CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $q) YIELD node RETURN node.name AS name`, { q });
      return r.records.map((x) => x.get('name') as string);
    });
    await graph.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
    for (const q of ['张建慧', '建慧', '张书记', 'zhangjianhui', 'zjh', 'jian AND hui']) {
      expect(await find(q), q).toContain('张建慧');
    }
    expect(await find('淮阳')).toContain('淮阳区');
    expect(await find('中共周口市委')).toContain('周口市委');
  });
});

describe('loadExtractions', () => {
  it('gives the same graph whatever the batch size, a batch at a time or one row at a time', async () => {
    const corpus = [...generateExtractions(60, 'batches', { cities: 3 })];
    const whole = await loadExtractions(graph, corpus, { batchSize: 100_000 });
    expect(whole.batches).toBe(1);
    const big = await snapshot();
    await clearGraph(graph);
    const small = await loadExtractions(graph, corpus, { batchSize: 1 });
    expect(small.batches).toBe(corpus.length);
    expect(small.relationshipsCreated).toBe(whole.relationshipsCreated);
    expect(await snapshot()).toEqual(big);
  }, 180_000);

  it('reads the source lazily, a batch ahead at most', async () => {
    let pulled = 0;
    const pulledAtCommit: number[] = [];
    async function* source() {
      for (const x of generateExtractions(40, 'lazy', { cities: 2 })) {
        pulled += 1;
        yield x;
      }
    }
    const counts = await loadExtractions(graph, source(), {
      batchSize: 200,
      onBatch: () => pulledAtCommit.push(pulled),
    });
    expect(counts.articles).toBe(40);
    expect(pulledAtCommit.length).toBeGreaterThan(2);
    // When the first batch commits, the source has been read no further than the next batch.
    expect(pulledAtCommit[0]).toBeLessThan(pulled);
  });

  it('has defaults within the documented range', () => {
    expect(DEFAULTS.batchSize).toBeGreaterThanOrEqual(1000);
    expect(DEFAULTS.batchSize).toBeLessThanOrEqual(10_000);
  });
});
