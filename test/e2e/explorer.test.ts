// The explorer end to end: the seed corpus through the real extractor and loader into the test
// Neo4j, the real app and the Vite-built client, driven in headless Chromium. From a name to the
// evidence: search 张建慧, expand an event, read the sentence behind an edge, filter by role, run
// Cypher, export, share the link; and a page that says so when the server is gone.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../server/graph/driver.ts';
import type { EvidenceResponse, NeighborhoodResponse, SearchResponse } from '../../server/api/schemas.ts';
import {
  buildClient, clickElement, connectTestGraph, drawnEdges, drawnNodes, idle, launchBrowser, loadSeeds, screenshot, startExplorer,
  type Browser, type Explorer,
} from './harness.ts';

let graph: Graph;
let explorer: Explorer;
let browser: Browser;
let zhang: string;
/** Uncaught errors in any page of the current test: there must be none. */
let pageErrors: string[] = [];

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${explorer.base}${path}`);
  expect(res.ok, path).toBe(true);
  return (await res.json()) as T;
}

async function openPage(query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // The server's CSP (helmet) must let the client run: a refused script or style is a failure.
  page.on('console', (m) => {
    if (/Content Security Policy/iu.test(m.text())) pageErrors.push(m.text());
  });
  await page.goto(`${explorer.base}/${query}`);
  await idle(page);
  return page;
}

beforeAll(async () => {
  graph = await connectTestGraph();
  await Promise.all([loadSeeds(graph), buildClient()]);
  explorer = await startExplorer(graph);
  browser = await launchBrowser();
  const found = await getJson<SearchResponse>(`/api/search?q=${encodeURIComponent('张建慧')}`);
  const hit = found.hits.find((h) => h.name === '张建慧' && h.label === 'Person');
  if (!hit) throw new Error('the seed corpus should hold 张建慧');
  zhang = hit.id;
}, 300_000);

afterEach(() => {
  const errors = pageErrors;
  pageErrors = [];
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await explorer?.close();
  await graph?.close();
});

describe('the explorer', () => {
  it('search 张建慧 → his neighbourhood is drawn with the events he appeared at', async () => {
    const page = await openPage('?lang=zh');
    // The script ran under the server's CSP: its static "loading" line is gone.
    expect(await page.locator('#boot').count()).toBe(0);
    await page.locator('#empty').waitFor({ state: 'visible' });
    await page.locator('#search-input').fill('张建慧');
    const suggestion = page.locator('#search-list .search-hit', { hasText: '张建慧' }).first();
    await suggestion.waitFor();
    // Type, best-known title and home place beside the name.
    const context = await suggestion.locator('.hit-context').textContent();
    expect(context).toContain('人物');
    expect(context).toContain('市委书记');
    await page.locator('#search-input').press('Enter');
    await idle(page);

    const nodes = await drawnNodes(page);
    const edges = await drawnEdges(page);
    const root = nodes.find((n) => n.id === zhang);
    expect(root?.classes).toContain('root');
    const events = edges.filter((e) => e.source === zhang && e.type === 'APPEARED_AT').map((e) => e.target);
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const id of events) expect(nodes.find((n) => n.id === id)?.label).toBe('Event');
    expect(page.url()).toContain(`n=${zhang}`);
    await page.locator('#empty').waitFor({ state: 'hidden' });
    await screenshot(page, '01-search-neighbourhood');
    await page.close();
  });

  it('expanding an event (double-click) → its participants appear (WebGL renderer)', async () => {
    // Software WebGL is slow, so the explorer picks canvas here by itself; this test forces
    // WebGL to check its drawing and picking (the double-click lands on the right node).
    const page = await openPage(`?n=${zhang}&lang=zh&renderer=webgl`);
    expect(await page.evaluate(() => (globalThis as unknown as { newsgraph: { renderer: string } }).newsgraph.renderer)).toBe('webgl');
    const before = await drawnNodes(page);
    // The event with most people besides 张建慧, asked of the API the explorer uses.
    let best: { id: string; people: string[] } | null = null;
    for (const e of before.filter((n) => n.label === 'Event')) {
      const around = await getJson<NeighborhoodResponse>(`/api/neighborhood/${e.id}`);
      const people = around.elements.nodes.filter((n) => n.data.label === 'Person' && n.data.id !== zhang).map((n) => n.data.id);
      if (!best || people.length > best.people.length) best = { id: e.id, people };
    }
    expect(best?.people.length).toBeGreaterThan(0);
    const event = best as { id: string; people: string[] };

    await clickElement(page, event.id, true);
    await idle(page);
    const nodes = await drawnNodes(page);
    const edges = await drawnEdges(page);
    for (const person of event.people) {
      expect(nodes.some((n) => n.id === person), person).toBe(true);
      expect(edges.some((e) => e.source === person && e.target === event.id && e.type === 'APPEARED_AT'), person).toBe(true);
    }
    expect(nodes.find((n) => n.id === event.id)?.classes).toContain('expanded');
    expect(decodeURIComponent(page.url())).toContain(`op=e:${event.id}`);
    await page.mouse.move(5, 300);
    // The panel on the event: its details and its sentences, read in.
    await page.locator('#side .event-evidence .evidence-item').first().waitFor();
    await page.locator('#side .entity-details .loading').waitFor({ state: 'detached' });
    await screenshot(page, '02-expand-event');
    await page.close();
  });

  it('clicking an edge → the evidence sentence is shown, with both names, and the article is one click away', async () => {
    const page = await openPage(`?n=${zhang}&lang=zh`);
    const nodes = await drawnNodes(page);
    const nameOf = new Map(nodes.map((n) => [n.id, n.name]));
    // An edge whose sentence names both ends (for 市委书记张建慧, the post edge does).
    let chosen: { id: string; names: [string, string] } | null = null;
    for (const e of await drawnEdges(page)) {
      const ev = await getJson<EvidenceResponse>(`/api/evidence/${e.id}`).catch(() => null);
      const names: [string, string] = [nameOf.get(e.source) ?? '', nameOf.get(e.target) ?? ''];
      if (ev?.evidence.some((s) => s.sentence.includes(names[0]) && s.sentence.includes(names[1]))) {
        chosen = { id: e.id, names };
        break;
      }
    }
    expect(chosen).not.toBeNull();
    const edge = chosen as { id: string; names: [string, string] };

    await clickElement(page, edge.id);
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { newsgraph: { state(): { selected: string | null } } }).newsgraph.state().selected)).toBe(edge.id);
    const item = page.locator('#side .evidence-item').filter({ hasText: edge.names[0] }).filter({ hasText: edge.names[1] }).first();
    await item.waitFor();
    const marks = await item.locator('blockquote mark').allTextContents();
    expect(marks).toContain(edge.names[0]);
    expect(marks).toContain(edge.names[1]);
    expect((await item.locator('.evidence-meta').textContent())?.trim()).not.toBe('');
    await page.mouse.move(5, 300);
    await screenshot(page, '03-evidence');

    await item.locator('.evidence-open').click();
    const article = page.locator('#side .article-text');
    await article.waitFor();
    expect(await article.locator('mark').textContent()).toContain(edge.names[1]);
    await screenshot(page, '04-article');
    await page.close();
  });

  it('filtering by role → only matching edges remain, and the URL says so', async () => {
    const page = await openPage(`?n=${zhang}&lang=en`);
    for (const role of ['spoke', 'inspected', 'met', 'attended', 'other']) {
      await page.locator(`#filters input[name="roles"][value="${role}"]`).uncheck();
    }
    const edges = await drawnEdges(page);
    const shown = edges.filter((e) => !e.hidden && e.type === 'APPEARED_AT');
    expect(shown.length).toBeGreaterThan(0);
    for (const e of shown) expect(e.role).toBe('presided');
    expect(edges.filter((e) => e.hidden && e.type === 'APPEARED_AT').length).toBeGreaterThan(0);
    expect(page.url()).toContain('roles=presided');
    await screenshot(page, '05-filter-role');

    // The link keeps the filter: a reload draws the same filtered view.
    await page.reload();
    await idle(page);
    const again = await drawnEdges(page);
    expect(again.filter((e) => !e.hidden).map((e) => e.id).sort()).toEqual(edges.filter((e) => !e.hidden).map((e) => e.id).sort());
    await page.close();
  });

  it('a Cypher query → its nodes drawn as a graph; a write is refused with a clear message', async () => {
    const page = await openPage('?lang=en');
    await page.locator('#cypher').click();
    const editor = page.locator('#console .cm-content');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type("MATCH (p:Person {name: '张建慧'})-[r:APPEARED_AT]->(e:Event) RETURN p, r, e");
    await page.keyboard.press('Control+Enter');
    await page.locator('#console .cypher-summary').waitFor();
    await idle(page);
    const nodes = await drawnNodes(page);
    expect(nodes.some((n) => n.id === zhang)).toBe(true);
    expect(nodes.filter((n) => n.label === 'Event').length).toBeGreaterThanOrEqual(3);
    expect((await drawnEdges(page)).every((e) => e.type === 'APPEARED_AT')).toBe(true);
    await page.locator('#console .cypher-table tbody tr').first().waitFor({ state: 'visible' });
    expect(page.url()).toContain('q=MATCH');
    await page.locator('#console .cypher-limits', { hasText: 'Read-only' }).waitFor();
    await screenshot(page, '06-cypher');

    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('MATCH (n) DETACH DELETE n');
    await page.keyboard.press('Control+Enter');
    const refusal = page.locator('#console .cypher-messages .error[data-code="query-rejected"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/read/iu);
    expect((await drawnNodes(page)).length).toBe(nodes.length);
    await screenshot(page, '07-cypher-refused');
    await page.close();
  });

  it('export GraphML and SVG → files downloaded that parse, holding the drawn graph', async () => {
    const page = await openPage(`?n=${zhang}&lang=zh`);
    const drawn = await drawnNodes(page);
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['node', 'edge', 'g', 'text'].includes(name) });

    const download = async (format: string): Promise<string> => {
      await page.locator('#export summary').click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`#export [data-export="${format}"]`).click()]);
      const saved = await file.path();
      expect(saved).toBeTruthy();
      return readFileSync(saved as string, 'utf8');
    };

    const graphml = parser.parse(await download('graphml')) as { graphml: { graph: { node: { '@_id': string }[]; edge?: unknown[] } } };
    const ids = graphml.graphml.graph.node.map((n) => n['@_id']);
    expect(ids.length).toBe(drawn.length);
    const svgText = await download('svg');
    const svg = parser.parse(svgText) as { svg?: unknown };
    expect(svg.svg).toBeDefined();
    expect(svgText).toContain('张建慧');
    await screenshot(page, '08-export');
    await page.close();
  });

  it('a shared link → the same graph after expansion and removal', async () => {
    const page = await openPage(`?n=${zhang}&lang=zh`);
    const event = (await drawnNodes(page)).find((n) => n.label === 'Event');
    expect(event).toBeDefined();
    await clickElement(page, (event as { id: string }).id, true);
    await idle(page);
    const org = (await drawnNodes(page)).find((n) => n.label === 'Organization');
    if (org) {
      await clickElement(page, org.id);
      await page.locator('#graph').press('Delete');
    }
    const ids = (await drawnNodes(page)).map((n) => n.id).sort();
    const link = page.url();

    const other = await browser.context.newPage();
    other.on('pageerror', (e) => pageErrors.push(e.message));
    await other.goto(link);
    await idle(other);
    expect((await drawnNodes(other)).map((n) => n.id).sort()).toEqual(ids);
    await other.mouse.move(5, 300);
    await screenshot(other, '09-shared-link');

    // Undo brings the removed organization back.
    if (org) {
      await page.locator('#undo').click();
      expect((await drawnNodes(page)).some((n) => n.id === org.id)).toBe(true);
    }
    await other.close();
    await page.close();
  });

  it('above the cap → says what was left out and how to narrow', async () => {
    const page = await openPage(`?n=${zhang}&limit=3&lang=en`);
    const notice = page.locator('#notice.notice-warning');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/Showing 3 of \d+ nodes: \d+ left out by the cap of 3/u);
    expect(text).toContain('Narrow it');
    expect((await drawnNodes(page)).length).toBe(3);
    await screenshot(page, '10-cap-notice');

    // The way out the notice offers: raise the cap.
    await notice.locator('button', { hasText: 'Show up to' }).click();
    await idle(page);
    expect((await drawnNodes(page)).length).toBeGreaterThan(3);
    expect(page.url()).toContain('limit=5000');
    await page.close();
  });

  it('keyboard only: search, move between nodes, expand, read the evidence, switch language', async () => {
    const page = await openPage('?lang=en');
    await page.keyboard.press('/');
    await page.keyboard.type('zhangjianhui');
    await page.locator('#search-list .search-hit').first().waitFor();
    await page.keyboard.press('Enter');
    await idle(page);
    await page.locator('#graph').focus();
    await page.keyboard.press('ArrowRight');
    const selected = await page.evaluate(() => (globalThis as unknown as { newsgraph: { state(): { selected: string | null } } }).newsgraph.state().selected);
    expect(selected).not.toBeNull();
    const before = (await drawnNodes(page)).length;
    // Enter on the chosen node expands it (or says it has nothing more).
    await page.keyboard.press('Enter');
    await idle(page);
    expect((await drawnNodes(page)).length).toBeGreaterThanOrEqual(before);
    expect(decodeURIComponent(page.url())).toContain(`op=e:${String(selected)}`);
    // ] steps onto an edge of the node, Enter opens its evidence.
    await page.keyboard.press(']');
    await page.keyboard.press('Enter');
    await page.locator('#side .evidence-item, #side .evidence .empty-note, #side .evidence .error').first().waitFor();
    await page.locator('#lang').selectOption('zh');
    await page.locator('#filters h2', { hasText: '筛选' }).waitFor();
    expect(await page.locator('#status').textContent()).toContain('个节点');
    await screenshot(page, '11-keyboard-zh');
    await page.close();
  });

  it('the server gone → a clear message, never a blank page', async () => {
    const page = await browser.context.newPage();
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto(`${explorer.base}/?lang=en&n=${zhang}`);
    const alert = page.locator('#notice[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('does not answer');
    await alert.locator('button', { hasText: 'Try again' }).waitFor({ state: 'visible' });
    expect(await page.locator('#search-input').isVisible()).toBe(true);
    await screenshot(page, '12-server-down');
    await page.close();
  });
});
