// Entry of the explorer: builds the parts (graph view, panels, console, menus), wires the page's
// controls and keys to the Explorer, sets the interface language, checks the server and replays
// the view the URL describes. No logic of its own beyond wiring.
import { LABEL_NAMES } from '../vocab/labels.ts';
import { APPEARANCE_ROLES } from '../vocab/roles.ts';
import { api, loadToken } from './api.ts';
import { Explorer } from './explorer.ts';
import { LAYOUT_NAMES, type LayoutName } from './graph/layouts.ts';
import { LABEL_LOOK, RELATION_LOOK, ROLE_LOOK } from './graph/style.ts';
import { GraphView } from './graph/view.ts';
import { isLang, preferredLang, t, type Lang, type MessageKey } from './i18n.ts';
import { KEY_HELP, graphCommand, pageCommand } from './keyboard.ts';
import { HoverCard } from './panels/card.ts';
import { CypherConsole } from './panels/cypher.ts';
import { byId, fill, h } from './panels/dom.ts';
import { ExportMenu } from './panels/export.ts';
import { FiltersPanel } from './panels/filters.ts';
import { SearchBox } from './panels/search.ts';
import { SidePanel } from './panels/side.ts';
import { Status } from './panels/status.ts';
import { decodeView } from './state/url.ts';
import { isOneOf } from '../vocab/roles.ts';
import type { Core } from 'cytoscape';

const LANG_KEY = 'newsgraph.lang';

function storedLang(): Lang {
  const stored = localStorage.getItem(LANG_KEY);
  return isLang(stored) ? stored : preferredLang(navigator.languages ?? [navigator.language]);
}

/** The stylesheet's colours as CSS variables, so swatches and legend lines match the graph. */
function exposeColours(): void {
  const root = document.documentElement.style;
  for (const l of LABEL_NAMES) root.setProperty(`--label-${l}`, LABEL_LOOK[l].color);
  for (const [type, look] of Object.entries(RELATION_LOOK)) root.setProperty(`--rel-${type}`, look.color);
  for (const r of APPEARANCE_ROLES) root.setProperty(`--role-${r}`, ROLE_LOOK[r].color);
}

function applyStaticTexts(lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(lang, el.dataset.i18n as MessageKey);
  for (const el of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) el.placeholder = t(lang, el.dataset.i18nPlaceholder as MessageKey);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(lang, el.dataset.i18nAriaLabel as MessageKey));
  const layout = byId<HTMLSelectElement>('layout');
  const current = layout.value;
  fill(layout, LAYOUT_NAMES.map((name) => h('option', { value: name }, t(lang, `layout.${name}` as MessageKey))));
  layout.value = current || 'fcose';
  (byId<HTMLSelectElement>('lang')).value = lang;
}

function buildHelp(dialog: HTMLDialogElement, lang: Lang): void {
  fill(dialog,
    h('h2', { id: 'help-title' }, t(lang, 'help.title')),
    h('table', { class: 'keys' }, h('tbody', {}, KEY_HELP.map((k) => h('tr', {}, h('th', { scope: 'row' }, h('kbd', {}, k.keys)), h('td', {}, k[lang]))))),
    h('form', { method: 'dialog' }, h('button', { type: 'submit', class: 'primary' }, t(lang, 'help.close'))));
}

/** True while the user types in a field or the Cypher editor: page keys step aside. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

function start(): void {
  // The static "loading" line stays only when this script never ran (blocked, failed to load).
  document.getElementById('boot')?.remove();
  loadToken();
  exposeColours();
  const initial = decodeView(window.location.search, storedLang());
  const lang = (): Lang => explorer.lang;

  const status = new Status(byId('status'), byId('notice'), byId('live'), lang);
  const card = new HoverCard(byId('card'), lang);
  // The callbacks below run on user input, after `explorer` is built at the end of this block.
  const view = new GraphView(byId('graph'), {
    tap: (_kind, id) => {
      card.hide();
      explorer.inspect(id);
    },
    expand: (id) => explorer.expand(id),
    background: () => {
      card.hide();
      explorer.clearSelection();
    },
    hover: (kind, id, at) => {
      const data = view.data(id);
      if (!data) return;
      if (kind === 'node') card.showNode(id, data, at);
      else card.showEdge(id, data, at);
    },
    hoverEnd: () => card.hide(),
    pinned: () => undefined,
  }, initial.lang, initial.renderer);
  const side = new SidePanel(byId('side'), lang, () => byId('graph').focus({ preventScroll: true }));
  const filters = new FiltersPanel({ root: byId('filters'), lang, change: (f) => explorer.setFilters(f) });

  const undoButton = byId<HTMLButtonElement>('undo');
  const redoButton = byId<HTMLButtonElement>('redo');
  const changed = (): void => {
    undoButton.disabled = !explorer.canUndo;
    redoButton.disabled = !explorer.canRedo;
    byId('empty').hidden = !view.isEmpty();
    const c = view.counts();
    status.update({ nodes: c.nodes, edges: c.edges, hidden: c.hiddenNodes, renderer: view.renderer });
  };
  const explorer: Explorer = new Explorer({ view, side, status, card, filters, changed }, initial);

  new SearchBox({
    input: byId<HTMLInputElement>('search-input'),
    list: byId('search-list'),
    lang,
    choose: (hit, add) => (add ? explorer.expand(hit.id) : explorer.open(hit.id)),
  });
  const consolePanel = new CypherConsole({
    root: byId('console'),
    lang,
    execute: (q) => explorer.runCypher(q),
    closed: () => byId('cypher').focus(),
  });
  const exportMenu = new ExportMenu({
    root: byId<HTMLDetailsElement>('export'),
    lang,
    image: (kind) => explorer.exportImage(kind),
    file: (format) => void explorer.exportFile(format),
    copyLink: () => void explorer.copyLink(),
  });
  const help = byId<HTMLDialogElement>('help');

  const setLanguage = (l: Lang): void => {
    localStorage.setItem(LANG_KEY, l);
    // The explorer first: the panels below ask it for the language.
    explorer.setLang(l);
    applyStaticTexts(l);
    buildHelp(help, l);
    exportMenu.render();
    consolePanel.relabel();
  };

  // ── toolbar ──
  undoButton.addEventListener('click', () => explorer.undo());
  redoButton.addEventListener('click', () => explorer.redo());
  byId('fit').addEventListener('click', () => view.fit());
  byId('paths').addEventListener('click', () => explorer.showPaths(null, null));
  byId('cypher').addEventListener('click', () => {
    if (consolePanel.isOpen) consolePanel.close();
    else void consolePanel.open(explorer.view.source?.kind === 'cypher' ? explorer.view.source.query : undefined);
  });
  byId<HTMLSelectElement>('layout').addEventListener('change', (e) => {
    const value = (e.target as HTMLSelectElement).value;
    if (isOneOf(LAYOUT_NAMES, value)) explorer.setLayout(value as LayoutName);
  });
  byId<HTMLSelectElement>('lang').addEventListener('change', (e) => {
    const value = (e.target as HTMLSelectElement).value;
    if (isLang(value)) setLanguage(value);
  });
  byId('help-open').addEventListener('click', () => help.showModal());
  for (const b of document.querySelectorAll<HTMLButtonElement>('.example')) {
    b.addEventListener('click', () => {
      const input = byId<HTMLInputElement>('search-input');
      input.value = b.dataset.query ?? '';
      input.focus();
      input.dispatchEvent(new Event('input'));
    });
  }

  // ── keys ──
  const graphBox = byId('graph');
  graphBox.addEventListener('keydown', (e) => {
    const cmd = graphCommand(e);
    if (!cmd) return;
    e.preventDefault();
    const sel = view.selectedId();
    switch (cmd.kind) {
      case 'move': {
        const id = view.moveSelection(cmd.direction);
        if (id) explorer.select(id);
        break;
      }
      case 'expand':
        if (sel && view.kindOf(sel) === 'node') explorer.expand(sel);
        else if (sel) explorer.showEvidence(sel);
        break;
      case 'inspect':
        if (sel) explorer.inspect(sel);
        break;
      case 'remove': {
        const ids = view.cy.nodes(':selected').map((n) => n.id());
        if (ids.length > 0) explorer.remove(ids);
        break;
      }
      case 'collapse':
        if (sel && view.kindOf(sel) === 'node') explorer.collapse(sel);
        break;
      case 'pin':
        if (sel && view.kindOf(sel) === 'node') explorer.togglePin(sel);
        break;
      case 'edge': {
        const anchor = sel && view.kindOf(sel) === 'edge' ? String(view.data(sel)?.source ?? '') : sel;
        const id = view.cycleEdges(cmd.step, anchor || null);
        if (id) explorer.select(id);
        break;
      }
      case 'fit':
        view.fit();
        break;
      case 'zoom':
        view.zoomBy(cmd.factor);
        break;
      case 'escape':
        if (side.isOpen) side.close();
        else explorer.clearSelection();
        break;
    }
  });
  document.addEventListener('keydown', (e) => {
    const cmd = pageCommand(e, typing(e.target));
    if (!cmd) return;
    e.preventDefault();
    if (cmd === 'undo') explorer.undo();
    else if (cmd === 'redo') explorer.redo();
    else if (cmd === 'search') byId('search-input').focus();
    else help.showModal();
  });

  // For the browser console and the end-to-end tests: read-only looks at what is drawn.
  (globalThis as { newsgraph?: unknown }).newsgraph = {
    cy: (): Core => view.cy,
    renderer: view.renderer,
    idle: () => explorer.idle(),
    state: () => explorer.view,
    /** Where an element is drawn, in page pixels (to click it). */
    pagePosition: (id: string) => {
      const p = view.renderedCentre(id);
      const box = graphBox.getBoundingClientRect();
      return p ? { x: box.left + p.x, y: box.top + p.y } : null;
    },
  };

  applyStaticTexts(initial.lang);
  buildHelp(help, initial.lang);
  exportMenu.render();
  byId<HTMLSelectElement>('layout').value = initial.layout;
  changed();
  void checkHealth(status, lang);
  void explorer.replay(initial).then(changed);
}

/** Says at once when the server is down or still loading; the page stays usable either way. */
async function checkHealth(status: Status, lang: () => Lang, said = false): Promise<void> {
  const r = await api.health();
  if (!r.ok) {
    status.error(r.error, () => void checkHealth(status, lang, true));
    return;
  }
  if (r.value.loading) {
    status.show('info', t(lang(), 'health.loading', { message: r.value.loading }));
    setTimeout(() => void checkHealth(status, lang, true), 2000);
  } else if (said) {
    status.clear();
  }
}

start();
