// End-to-end helpers: the seed corpus through the real extractor and loader into the test Neo4j,
// the client built once with Vite, the real app listening on a free port, and a headless
// Chromium (Debian's, fresh profile) to drive it. Screenshots go to test/e2e/screenshots/.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { inject } from 'vitest';
import { extractPage } from '../../extract/index.ts';
import { createApp } from '../../server/app.ts';
import { createGraph, type Graph } from '../../server/graph/driver.ts';
import { loadExtraction } from '../../server/graph/load.ts';
import { ensureSchema } from '../../server/graph/schema.ts';
import { connectNeo4j } from '../../server/launcher/connect.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLIENT_DIST = path.join(ROOT, 'client', 'dist');
export const SCREENSHOTS = path.join(ROOT, 'test', 'e2e', 'screenshots');
const SEEDS = path.join(ROOT, 'seeds');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags headless Chromium needs here (DESIGN.md); WebGL then runs in software. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export async function connectTestGraph(): Promise<Graph> {
  return createGraph(await connectNeo4j({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') }));
}

/** An empty graph with the schema, then every seed page through the real extractor and loader. */
export async function loadSeeds(graph: Graph): Promise<void> {
  await graph.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await ensureSchema(graph);
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const r = extractPage(readFileSync(path.join(SEEDS, file)), file.replace(/\.txt$/u, ''));
    if (!r.ok) throw new Error(`seed ${file} did not extract: ${r.error.message}`);
    await loadExtraction(graph, r.value);
  }
}

/** `vite build client` into client/dist, as postinstall does. */
export async function buildClient(): Promise<void> {
  await build({ configFile: path.join(ROOT, 'client', 'vite.config.ts'), logLevel: 'error' });
}

export interface Explorer {
  readonly base: string;
  close(): Promise<void>;
}

export async function startExplorer(graph: Graph): Promise<Explorer> {
  const app = createApp({ graph, clientDir: CLIENT_DIST });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile; closing it removes the profile. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// ── looking at the page through window.newsgraph (client/main.ts) ────────────────────────

export interface DrawnNode {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly hidden: boolean;
  readonly classes: string[];
}

export interface DrawnEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly role: string | null;
  readonly hidden: boolean;
}

interface Inspect {
  cy(): {
    nodes(): { map<T>(f: (n: { id(): string; data(k: string): unknown; hasClass(c: string): boolean; classes(): string[] }) => T): T[] };
    edges(): { map<T>(f: (e: { id(): string; data(k: string): unknown; hasClass(c: string): boolean }) => T): T[] };
  };
  idle(): Promise<void>;
  pagePosition(id: string): { x: number; y: number } | null;
  state(): { selected: string | null };
}

declare const newsgraph: Inspect;

/** Waits until nothing loads and the last layout has settled. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof (globalThis as { newsgraph?: unknown }).newsgraph === 'object');
  await page.evaluate(() => newsgraph.idle());
}

export function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() => newsgraph.cy().nodes().map((n) => ({
    id: n.id(), label: String(n.data('label')), name: String(n.data('name')), hidden: n.hasClass('filtered'), classes: n.classes(),
  })));
}

export function drawnEdges(page: Page): Promise<DrawnEdge[]> {
  return page.evaluate(() => newsgraph.cy().edges().map((e) => ({
    id: e.id(), source: String(e.data('source')), target: String(e.data('target')), type: String(e.data('type')),
    role: typeof e.data('role') === 'string' ? String(e.data('role')) : null, hidden: e.hasClass('filtered'),
  })));
}

/** Clicks (or double-clicks) an element where it is drawn. */
export async function clickElement(page: Page, id: string, double = false): Promise<void> {
  const at = await page.evaluate((x) => newsgraph.pagePosition(x), id);
  if (!at) throw new Error(`${id} is not drawn`);
  if (double) await page.mouse.dblclick(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}
