// `npm run bench -- client [--nodes 5000] [--edges 20000] [--seconds 5]`: draws a generated graph
// with the explorer's own GraphView (its stylesheet, its large-graph style) in headless Chromium,
// pans and zooms it for a few seconds (from script, then with real mouse drags and wheel notches)
// and reports frames per second for the WebGL and the canvas renderer side by side. WebGL runs in
// software here (SwiftShader), so read the two as ratios measured in one run, not as figures for
// a reader's laptop.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

interface Options {
  nodes: number;
  edges: number;
  seconds: number;
}

/** How the page set up one renderer. */
interface Setup {
  readonly renderer: string;
  readonly webglAvailable: boolean;
  readonly glRenderer: string | null;
  /** From adding the elements to the first frame on screen. */
  readonly firstFrameMs: number;
}

/**
 * Animation frames the page got while the view moved: Cytoscape draws in its own frame callback,
 * so a slow draw holds the next frame back, and this counts what the reader sees.
 */
interface Frames {
  readonly frames: number;
  readonly elapsedMs: number;
}

interface Measure extends Setup {
  /** Viewport changed from script every frame: the renderer's raw drawing speed. */
  readonly scripted: Frames;
  /** Real mouse input (drag to pan, wheel to zoom): what a reader feels, texture-on-viewport included. */
  readonly mouse: Frames;
}

function parse(args: string[]): Options {
  const o: Options = { nodes: 5000, edges: 20000, seconds: 5 };
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]?.replace(/^--/u, '') as keyof Options | undefined;
    const value = Number(args[i + 1]);
    if (key && key in o && Number.isFinite(value) && value > 0) o[key] = value;
  }
  return o;
}

/**
 * The page: GraphView from client/graph/view.ts on a full-window box, a deterministic random
 * graph of the vocabulary's labels and types, then a pan-and-zoom loop on requestAnimationFrame.
 */
function pageEntry(viewModule: string): string {
  return `
import { GraphView } from ${JSON.stringify(viewModule)};

const LABELS = ['Person', 'Person', 'Person', 'Event', 'Event', 'Organization', 'Place', 'Article'];
const ROLES = ['presided', 'spoke', 'inspected', 'met', 'attended', 'attended', 'attended'];
const TYPES = ['APPEARED_AT', 'APPEARED_AT', 'APPEARED_AT', 'HOLDS_POSITION', 'HELD_IN', 'ORGANIZED_BY', 'MENTIONS'];

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

function graph(n, m) {
  const r = random(20240801);
  const side = Math.sqrt(n) * 70;
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const label = LABELS[Math.floor(r() * LABELS.length)];
    nodes.push({ group: 'nodes', data: { id: 'n' + i, label, name: label + ' ' + i, date: label === 'Event' ? '2024-0' + (1 + (i % 9)) + '-01' : undefined } });
  }
  const edges = [];
  for (let i = 0; i < m; i++) {
    const type = TYPES[Math.floor(r() * TYPES.length)];
    const a = Math.floor(r() * n);
    let b = Math.floor(r() * n);
    if (b === a) b = (a + 1) % n;
    edges.push({ group: 'edges', data: { id: 'e' + i, source: 'n' + a, target: 'n' + b, type, role: type === 'APPEARED_AT' ? ROLES[Math.floor(r() * ROLES.length)] : undefined, evidenceCount: 1 } });
  }
  const positions = nodes.map(() => ({ x: (r() - 0.5) * side, y: (r() - 0.5) * side }));
  return { nodes, edges, positions };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

let view = null;
let counting = null;

/** Draws the graph with the renderer asked for; resolves after its first frame. */
window.setup = async ({ renderer, nodes, edges }) => {
  const box = document.getElementById('graph');
  const noop = () => undefined;
  view = new GraphView(box, { tap: noop, expand: noop, background: noop, hover: noop, hoverEnd: noop, pinned: noop }, 'en', renderer);
  const g = graph(nodes, edges);
  const t0 = performance.now();
  view.replace({ nodes: g.nodes, edges: g.edges }, []);
  view.cy.nodes().positions((node, i) => g.positions[i]);
  view.cy.fit(undefined, 20);
  await frame();
  await frame();
  const canvas = document.createElement('canvas').getContext('webgl2');
  const info = canvas && canvas.getExtension('WEBGL_debug_renderer_info');
  return {
    renderer: view.renderer,
    webglAvailable: !!canvas,
    glRenderer: info ? String(canvas.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null,
    firstFrameMs: performance.now() - t0,
  };
};

/** Pans and zooms from script for the given time, one viewport change per frame. */
window.scripted = async (seconds) => {
  const cy = view.cy;
  const zoom = cy.zoom();
  const pan = cy.pan();
  let frames = 0;
  const start = performance.now();
  let now = start;
  while (now - start < seconds * 1000) {
    const t = (now - start) / 1000;
    cy.viewport({
      zoom: zoom * (1.6 + 1.2 * Math.sin(t * 1.7)),
      pan: { x: pan.x + 260 * Math.sin(t * 1.1), y: pan.y + 180 * Math.cos(t * 0.9) },
    });
    now = await frame();
    frames += 1;
  }
  cy.viewport({ zoom, pan });
  return { frames, elapsedMs: now - start };
};

/** Counts frames while the bench drives the mouse (drag to pan, wheel to zoom). */
window.startCounting = () => {
  counting = { frames: 0, start: performance.now(), running: true };
  const c = counting;
  const tick = () => {
    if (!c.running) return;
    c.frames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};
window.stopCounting = () => {
  counting.running = false;
  return { frames: counting.frames, elapsedMs: performance.now() - counting.start };
};
`;
}

const PAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>NewsGraph client bench</title>
<style>html,body{margin:0;height:100%}#graph{position:absolute;inset:0}</style></head>
<body><div id="graph"></div><script type="module" src="./entry.ts"></script></body></html>`;

async function buildPage(dir: string): Promise<string> {
  const viewModule = path.relative(dir, path.join(ROOT, 'client', 'graph', 'view.ts')).split(path.sep).join('/');
  writeFileSync(path.join(dir, 'index.html'), PAGE_HTML);
  writeFileSync(path.join(dir, 'entry.ts'), pageEntry(viewModule.startsWith('.') ? viewModule : `./${viewModule}`));
  const out = path.join(dir, 'dist');
  await build({
    root: dir, base: './', configFile: false, logLevel: 'error',
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  return out;
}

function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const file = path.join(dir, path.normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/u, ''));
    try {
      const body = readFileSync(file.endsWith(path.sep) ? path.join(file, 'index.html') : file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const fps = (f: Frames): number => (f.frames * 1000) / f.elapsedMs;

export async function run(args: string[]): Promise<void> {
  const o = parse(args);
  const work = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-client-'));
  const profile = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-chromium-'));
  let server: Server | null = null;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1366, height: 768 },
  });
  try {
    const dist = await buildPage(work);
    server = await serve(dist);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
    const results: Measure[] = [];
    // A fresh page per renderer: Cytoscape keeps renderer state per page, and neither may warm the other.
    for (const renderer of ['webgl', 'canvas'] as const) {
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`bench page (${renderer}): ${e.message}`));
      await page.goto(base);
      await page.waitForFunction(() => typeof (globalThis as { setup?: unknown }).setup === 'function');
      type Win = { setup(x: unknown): Promise<Setup>; scripted(s: number): Promise<Frames>; startCounting(): void; stopCounting(): Frames };
      const setup = await page.evaluate((p) => (globalThis as unknown as Win).setup(p), { renderer, nodes: o.nodes, edges: o.edges });
      const scripted = await page.evaluate((sec) => (globalThis as unknown as Win).scripted(sec), o.seconds);
      await page.evaluate(() => (globalThis as unknown as Win).startCounting());
      const until = Date.now() + o.seconds * 1000;
      const cx = 683;
      const cy = 384;
      for (let step = 0; Date.now() < until; step++) {
        // A drag in a small circle, then a wheel notch in or out: the gestures of a reader exploring.
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        for (let k = 1; k <= 8 && Date.now() < until; k++) {
          await page.mouse.move(cx + 120 * Math.cos((k * Math.PI) / 4), cy + 90 * Math.sin((k * Math.PI) / 4));
        }
        await page.mouse.up();
        await page.mouse.wheel(0, step % 2 === 0 ? -240 : 240);
      }
      const mouse = await page.evaluate(() => (globalThis as unknown as Win).stopCounting());
      results.push({ ...setup, scripted, mouse });
      await page.close();
    }
    const [webgl, canvas] = results as [Measure, Measure];
    console.log(`client bench: ${o.nodes.toLocaleString('en')} nodes, ${o.edges.toLocaleString('en')} edges, ${o.seconds} s of pan and zoom each way, 1366×768`);
    console.log(`WebGL: ${webgl.webglAvailable ? `available (${webgl.glRenderer ?? 'unknown GPU'})` : 'not available: the "webgl" run fell back to canvas'}`);
    console.log('');
    console.log('renderer   scripted frames/s   mouse frames/s   first frame');
    for (const m of results) {
      console.log(`${m.renderer.padEnd(9)}  ${fps(m.scripted).toFixed(2).padStart(17)}  ${fps(m.mouse).toFixed(2).padStart(15)}   ${Math.round(m.firstFrameMs).toString().padStart(8)} ms`);
    }
    console.log('');
    console.log(`WebGL / canvas: ${(fps(webgl.scripted) / fps(canvas.scripted)).toFixed(2)}× scripted, ${(fps(webgl.mouse) / fps(canvas.mouse)).toFixed(2)}× with the mouse; first frame in ${(webgl.firstFrameMs / canvas.firstFrameMs).toFixed(2)}× the time`);
    console.log(`(load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs: absolute figures move with it, the ratios less so)`);
  } finally {
    await context.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    rmSync(work, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
