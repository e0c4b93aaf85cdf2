// The ingest end to end against a real Neo4j: pages on worker threads, loaded in file order,
// failures reported by path and reason, a second run skipping what is loaded, and a run killed
// with SIGKILL and started again ending with the graph of a run that was not. Extraction is
// stood in for by test/fixtures/ingest/extractor-from-json.ts (stored Extractions of the
// synthetic corpus), so these tests measure the plumbing; the last block runs the real extractor.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../../server/graph/driver.ts';
import { loadExtractions } from '../../../server/graph/load.ts';
import { ensureSchema } from '../../../server/graph/schema.ts';
import { formatSummary, ingest } from '../../../server/ingest.ts';
import { generatePages } from '../../../bench/corpus/generate.ts';
import { clearGraph, connectTestGraph, graphState, neo4jUri, readOne } from './graph-state.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const STAND_IN = new URL('../../fixtures/ingest/extractor-from-json.ts', import.meta.url).href;
const root = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ingest-'));

let graph: Graph;

/** A synthetic corpus as pages in DIR/pages and their Extractions in DIR/extractions. */
function writeCorpus(name: string, articles: number): { pages: string; extractions: string } {
  const pages = path.join(root, name, 'pages');
  const extractions = path.join(root, name, 'extractions');
  mkdirSync(pages, { recursive: true });
  mkdirSync(extractions, { recursive: true });
  for (const page of generatePages(articles, name, { cities: 4 })) {
    writeFileSync(path.join(pages, `${page.doc}.txt`), page.text);
    writeFileSync(path.join(extractions, `${page.doc}.json`), JSON.stringify(page.extraction));
  }
  return { pages, extractions };
}

const small = () => writeCorpus('small', 60);
let corpus: { pages: string; extractions: string };

beforeAll(async () => {
  graph = await connectTestGraph();
  await ensureSchema(graph);
  corpus = small();
  process.env.NEWSGRAPH_TEST_EXTRACTIONS = corpus.extractions;
});
afterAll(async () => {
  await graph?.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => clearGraph(graph));

describe('ingest', () => {
  it('loads every page through the workers, the same graph as loading the Extractions directly', async () => {
    const extractions = [...generatePages(60, 'small', { cities: 4 })].map((p) => p.extraction);
    await loadExtractions(graph, extractions);
    const direct = await graphState(graph);
    await clearGraph(graph);

    const seen: number[] = [];
    const summary = await ingest(graph, [corpus.pages], {
      extractor: STAND_IN, workers: 2, batchSize: 300, onProgress: (s) => seen.push(s.filesDone),
    });
    expect(summary.failures).toEqual([]);
    expect(summary.files).toBe(12);
    expect(summary.load).toMatchObject({ articles: 60, extractions: 12, skippedArticles: 0 });
    expect(summary.load.batches).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(12);
    expect(await graphState(graph)).toEqual(direct);
  }, 180_000);

  it('skips every article on a second run and leaves the graph as it was', async () => {
    await ingest(graph, [corpus.pages], { extractor: STAND_IN, workers: 1 });
    const before = await graphState(graph);
    const again = await ingest(graph, [corpus.pages], { extractor: STAND_IN, workers: 1 });
    expect(again.load).toMatchObject({ articles: 0, skippedArticles: 60, skippedExtractions: 12, relationships: 0 });
    expect(await graphState(graph)).toEqual(before);
  });

  it('reports each file it cannot load with its path and reason, and loads the rest', async () => {
    const bad = path.join(root, 'bad');
    mkdirSync(bad, { recursive: true });
    const files = {
      binary: path.join(bad, 'photo.txt'),
      encoding: path.join(bad, 'latin1.txt'),
      large: path.join(bad, 'huge.txt'),
      throws: path.join(bad, 'throws.md'),
      unknown: path.join(bad, 'no-extraction.html'),
      missing: path.join(bad, 'missing.txt'),
    };
    writeFileSync(files.binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    writeFileSync(files.encoding, new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x21]));
    writeFileSync(files.large, 'x'.repeat(5000));
    writeFileSync(files.throws, 'EXTRACTOR-THROWS');
    writeFileSync(files.unknown, '<p>没有存储的抽取结果</p>');
    const summary = await ingest(graph, [bad, files.missing, corpus.pages], {
      extractor: STAND_IN, workers: 2, maxFileBytes: 4096,
    });
    const byPath = Object.fromEntries(summary.failures.map((f) => [f.path, f.code]));
    expect(byPath).toEqual({
      [files.binary]: 'binary',
      [files.encoding]: 'bad-encoding',
      [files.large]: 'too-large',
      [files.throws]: 'extract-crashed',
      [files.unknown]: 'extract-failed',
      [files.missing]: 'not-found',
    });
    expect(summary.load.articles).toBe(60);
    const text = formatSummary(summary);
    for (const file of Object.values(files)) expect(text).toContain(file);
  });

  it('fails at once when the extractor cannot be loaded', async () => {
    await expect(ingest(graph, [corpus.pages], { extractor: new URL('./no-such-extractor.ts', import.meta.url).href }))
      .rejects.toThrow(/could not start/u);
  });
});

/** Runs `npm run ingest` as a child process on the test's Neo4j. */
function runCli(args: readonly string[], extractions: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'server/ingest-cli.ts'), ...args], {
    cwd: REPO,
    env: { ...process.env, NEO4J_URI: neo4jUri(), NEWSGRAPH_TEST_EXTRACTIONS: extractions, NEO4J_USER: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('npm run ingest', () => {
  const articles = 600;
  let big: { pages: string; extractions: string };
  beforeAll(() => {
    big = writeCorpus('killed', articles);
  });

  it('ends a run killed with SIGKILL and started again with the graph of an uninterrupted run', async () => {
    const args = ['--extractor', 'test/fixtures/ingest/extractor-from-json.ts', '--batch-size', '100', '--workers', '1', big.pages];
    const whole = runCli(args, big.extractions);
    expect((await whole.exited).code, whole.output().stderr).toBe(0);
    expect(whole.output().stdout).toContain(`${articles} articles loaded`);
    const uninterrupted = await graphState(graph);
    await clearGraph(graph);

    const first = runCli(args, big.extractions);
    // Kill it once some batches, not all, have committed.
    let loaded = 0;
    for (let i = 0; i < 3000; i++) {
      loaded = await readOne<number>(graph, 'MATCH (a:Article) RETURN count(a)');
      if (loaded >= articles / 10) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const atKill = await readOne<number>(graph, 'MATCH (a:Article) RETURN count(a)');
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(articles);

    const second = runCli(args, big.extractions);
    const status = await second.exited;
    expect(status.code, second.output().stderr).toBe(0);
    expect(second.output().stdout).toMatch(/already in the graph/u);
    expect(await graphState(graph)).toEqual(uninterrupted);
  }, 300_000);

  it('exits non-zero and names the file when a file fails', async () => {
    const dir = path.join(root, 'one-bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'broken.txt'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    const run = runCli(['--extractor', 'test/fixtures/ingest/extractor-from-json.ts', '--quiet', dir], big.extractions);
    expect((await run.exited).code).toBe(1);
    expect(run.output().stdout).toContain(`${path.join(dir, 'broken.txt')}: binary`);
  });
});

describe.skipIf(!existsSync(path.join(REPO, 'extract/index.ts')))('ingest with the real extractor', () => {
  it('loads the seed pages and an HTML page', async () => {
    const summary = await ingest(graph, [path.join(REPO, 'seeds'), fileURLToPath(new URL('../../fixtures/ingest/pages', import.meta.url))]);
    expect(summary.failures).toEqual([]);
    expect(summary.load.articles).toBeGreaterThan(5);
    expect(await readOne(graph, "MATCH (p:Person {name: '张建慧'}) RETURN count(p) > 0")).toBe(true);
    expect(await readOne(graph, "MATCH (a:Article) WHERE a.doc = 'inspection-page' RETURN count(a) > 0")).toBe(true);
    expect(await readOne(graph, "MATCH (a:Article) WHERE a.text CONTAINS '<p>' RETURN count(a)")).toBe(0);
    const again = await ingest(graph, [path.join(REPO, 'seeds')]);
    expect(again.load.articles).toBe(0);
  }, 180_000);
});
