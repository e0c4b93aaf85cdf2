// Test helpers for the API: the real app from createApp, listening on a free loopback port, and
// the db project's Neo4j loaded with hand-written Extraction fixtures through the real loader.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Extraction } from '../../../vocab/extraction.ts';
import { createApp, type AppOptions } from '../../../server/app.ts';
import { createGraph, type Graph } from '../../../server/graph/driver.ts';
import { loadExtraction } from '../../../server/graph/load.ts';
import { ensureSchema } from '../../../server/graph/schema.ts';
import { connectNeo4j } from '../../../server/launcher/connect.ts';

export function fixture(name: string): Extraction {
  return JSON.parse(readFileSync(new URL(`../../fixtures/extractions/${name}.json`, import.meta.url), 'utf8')) as Extraction;
}

export async function connectTestGraph(): Promise<Graph> {
  return createGraph(await connectNeo4j({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') }));
}

/** An empty graph with the schema, then the fixtures loaded in order. */
export async function loadFresh(graph: Graph, extractions: readonly Extraction[]): Promise<void> {
  await graph.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await ensureSchema(graph);
  for (const x of extractions) await loadExtraction(graph, x);
}

export interface Reply<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface TestApi {
  readonly base: string;
  get<T = Record<string, unknown>>(path: string, headers?: Record<string, string>): Promise<Reply<T>>;
  post<T = Record<string, unknown>>(path: string, body: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  /** The raw response, for files. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

async function reply<T>(response: Response): Promise<Reply<T>> {
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, headers: response.headers, body: (type.includes('json') ? JSON.parse(text) : text) as T };
}

export async function startApi(options: AppOptions): Promise<TestApi> {
  const app = createApp(options);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    get: async (path, headers) => reply(await fetch(`${base}${path}`, { headers })),
    post: async (path, body, headers) =>
      reply(await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })),
    fetch: (path, init) => fetch(`${base}${path}`, init),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Query strings with Chinese and commas encoded the way a browser would. */
export const qs = (params: Record<string, string | number | boolean>): string =>
  `?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`;

export interface SeedIds {
  readonly zhang: string;
  readonly ji: string;
  readonly li: string;
  readonly wang: string;
  readonly party: string;
  readonly government: string;
  readonly huaiyang: string;
  readonly meeting: string;
  readonly inspection: string;
}

/** Ids of api-seed.json by name, so tests read as the story the fixture tells. */
export function seedIds(x: Extraction): SeedIds {
  const id = (name: string): string => {
    const e = x.entities.find((n) => n.name === name);
    if (!e) throw new Error(`api-seed has no ${name}`);
    return e.id;
  };
  return {
    zhang: id('张建慧'), ji: id('吉建军'), li: id('李明'), wang: id('王艳'), party: id('周口市委'), government: id('周口市人民政府'),
    huaiyang: id('淮阳区'), meeting: id('市委常委会会议'), inspection: id('张建慧到淮阳区调研'),
  };
}

/**
 * The usual setup of an API test file: the test graph holding `extractions` and the app on it,
 * opened before the file's tests (or a describe's) and closed after. Read `graph` and `api` from
 * the returned object inside tests, once beforeAll has run.
 */
export function useSeededApi(extractions: readonly Extraction[], options: Omit<AppOptions, 'graph'> = {}): { readonly graph: Graph; readonly api: TestApi } {
  let graph: Graph | undefined;
  let api: TestApi | undefined;
  beforeAll(async () => {
    graph = await connectTestGraph();
    await loadFresh(graph, extractions);
    api = await startApi({ graph, ...options });
  });
  afterAll(async () => {
    await api?.close();
    await graph?.close();
  });
  return {
    get graph(): Graph {
      if (!graph) throw new Error('useSeededApi: graph read before beforeAll ran');
      return graph;
    },
    get api(): TestApi {
      if (!api) throw new Error('useSeededApi: api read before beforeAll ran');
      return api;
    },
  };
}
