// The explorer's controller: the view state (state/url.ts) and every step that changes it — open
// a neighbourhood, a path or a Cypher result, expand, collapse, remove, filter, lay out, undo,
// export — each keeping the graph, the panels and the URL in agreement. Panels call it through
// Actions; main.ts wires the page to it. The graph itself is GraphView's.
import { LABEL_NAMES } from '../vocab/labels.ts';
import { api, setToken, type ApiError, type ApiResult, type CypherResponse, type Elements } from './api.ts';
import type { LayoutName } from './graph/layouts.ts';
import type { GraphView, Snapshot } from './graph/view.ts';
import { t, type Lang } from './i18n.ts';
import type { Actions, PanelContext } from './panels/actions.ts';
import type { HoverCard } from './panels/card.ts';
import { h } from './panels/dom.ts';
import { coappearPage, entityPage, timelinePage } from './panels/entity.ts';
import { articlePage, edgeEvidencePage } from './panels/evidence.ts';
import { saveFile } from './panels/export.ts';
import type { FiltersPanel } from './panels/filters.ts';
import { pathsPage, type PathsState } from './panels/paths.ts';
import type { Page, SidePanel } from './panels/side.ts';
import type { Status } from './panels/status.ts';
import { exportRequest, type ExportFormat } from './state/export.ts';
import { apiFilterParams, hiddenBy, isDefaultFilters, type Filters } from './state/filters.ts';
import { UndoStack } from './state/history.ts';
import { binDates } from './state/timeline.ts';
import { DEFAULT_MAX_HOPS, encodeView, type Op, type Source, type ViewState } from './state/url.ts';

/** What undo brings back: the drawn graph and the steps that made it. */
interface Entry {
  readonly snapshot: Snapshot;
  readonly source: Source | null;
  readonly ops: readonly Op[];
}

interface Loaded {
  readonly elements: Elements;
  readonly roots: readonly string[];
  readonly cut: { readonly total: number; readonly omitted: number; readonly limit: number | null } | null;
  readonly paths: PathsState['result'];
  readonly cypher: CypherResponse | null;
}

/** The API's neighbourhood ceiling (server/api/limits.ts): the most the "raise the cap" button asks for. */
const MAX_NEIGHBORHOOD = 5000;

export interface ExplorerParts {
  readonly view: GraphView;
  readonly side: SidePanel;
  readonly status: Status;
  readonly card: HoverCard;
  readonly filters: FiltersPanel;
  /** Called after every change, to update the toolbar (undo/redo) and the empty-state overlay. */
  readonly changed: () => void;
}

export class Explorer implements Actions {
  private state: ViewState;
  private readonly undoStack = new UndoStack<Entry>();
  private pending = 0;
  private idleWaiters: (() => void)[] = [];
  private layoutDone: Promise<void> = Promise.resolve();
  private pageFactory: (() => Page) | null = null;
  private readonly paths: PathsState = { from: null, to: null, maxHops: DEFAULT_MAX_HOPS, result: null };

  constructor(private readonly p: ExplorerParts, initial: ViewState) {
    this.state = initial;
  }

  get view(): ViewState {
    return this.state;
  }

  get lang(): Lang {
    return this.state.lang;
  }

  get canUndo(): boolean {
    return this.undoStack.canUndo;
  }

  get canRedo(): boolean {
    return this.undoStack.canRedo;
  }

  private ctx(): PanelContext {
    return { lang: this.state.lang, view: this.p.view, actions: this, side: this.p.side, status: this.p.status };
  }

  // ── bookkeeping ─────────────────────────────────────────────────────────────────────────

  private set(patch: Partial<ViewState>): void {
    this.state = { ...this.state, ...patch };
    this.syncUrl();
  }

  private syncUrl(): void {
    const qs = encodeView(this.state);
    if (qs !== window.location.search.replace(/^\?/u, '')) window.history.replaceState(null, '', `${window.location.pathname}?${qs}`);
  }

  private entry(): Entry {
    return { snapshot: this.p.view.snapshot(), source: this.state.source, ops: this.state.ops };
  }

  /** Counts work in flight, so tests and the status line know when the explorer is idle. */
  private async track<T>(what: string, work: () => Promise<T>): Promise<T> {
    this.pending += 1;
    const done = this.p.status.busy(what);
    try {
      return await work();
    } finally {
      done();
      this.pending -= 1;
      if (this.pending === 0) void this.layoutDone.then(() => this.flushIdle());
    }
  }

  private flushIdle(): void {
    if (this.pending > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when nothing is loading and the last layout has finished. */
  idle(): Promise<void> {
    if (this.pending === 0) return this.layoutDone;
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private failed(error: ApiError, retry: () => void): void {
    if (error.code === 'aborted') return;
    if (error.code === 'unauthorized') {
      this.askToken(retry);
      return;
    }
    this.p.status.error(error, retry);
  }

  private askToken(retry: () => void): void {
    const lang = this.state.lang;
    const input = h('input', { type: 'password', id: 'token-input', autocomplete: 'off', 'aria-label': t(lang, 'error.tokenLabel') });
    const form = h('form', {
      class: 'token-form',
      onsubmit: (e) => {
        e.preventDefault();
        setToken(input.value);
        this.p.status.clear();
        retry();
      },
    }, h('label', { for: 'token-input' }, t(lang, 'error.tokenLabel')), input, h('button', { type: 'submit' }, t(lang, 'error.tokenSave')));
    this.p.status.show('error', t(lang, 'error.token'), [], form);
    input.focus();
  }

  /** Filters, counts, status and URL after the graph changed. */
  private refresh(): void {
    this.applyFilters();
    this.syncUrl();
    this.p.changed();
  }

  // ── loading ─────────────────────────────────────────────────────────────────────────────

  private async fetchSource(source: Source): Promise<ApiResult<Loaded>> {
    switch (source.kind) {
      case 'neighborhood': {
        const r = await api.neighborhood(source.id, {
          depth: source.depth, limit: source.limit, ...(source.narrow ? apiFilterParams(this.state.filters) : {}),
        });
        if (!r.ok) return r;
        const v = r.value;
        return { ok: true, value: { elements: v.elements, roots: [source.id], cut: v.truncated ? { total: v.total, omitted: v.omitted, limit: source.limit } : null, paths: null, cypher: null } };
      }
      case 'path': {
        const r = await api.path(source.from, source.to, source.maxHops);
        if (!r.ok) return r;
        const v = r.value;
        return {
          ok: true,
          value: { elements: v.elements, roots: [source.from, source.to], cut: v.truncated ? { total: v.total, omitted: v.omitted, limit: null } : null, paths: { length: v.length, paths: v.paths }, cypher: null },
        };
      }
      case 'cypher': {
        const r = await api.cypher(source.query);
        if (!r.ok) return r;
        return { ok: true, value: { elements: r.value.elements, roots: [], cut: null, paths: null, cypher: r.value } };
      }
    }
  }

  private describeSource(source: Source): string {
    if (source.kind === 'neighborhood') return String(this.p.view.data(source.id)?.name ?? source.id);
    if (source.kind === 'path') return t(this.state.lang, 'paths.title');
    return 'Cypher';
  }

  /** Draws a new view from a source; the one before can be brought back with undo. */
  async openSource(source: Source, o: { record?: boolean; layout?: boolean; quiet?: boolean } = {}): Promise<ApiResult<Loaded>> {
    const lang = this.state.lang;
    const r = await this.track(t(lang, 'loading.source', { what: this.describeSource(source) }), () => this.fetchSource(source));
    if (!r.ok) {
      // The console words its own refusals (read-only, timeout, syntax); a banner would say it twice.
      const consoleSays = o.quiet && ['query-rejected', 'query-failed', 'query-timeout', 'too-large', 'bad-request'].includes(r.error.code);
      if (!consoleSays) this.failed(r.error, () => void this.openSource(source, o));
      return r;
    }
    if (source.kind === 'cypher' && r.value.elements.nodes.length === 0) return r;
    this.p.status.clear();
    if ((o.record ?? true) && !this.p.view.isEmpty()) this.undoStack.record(this.entry());
    this.p.view.replace(r.value.elements, r.value.roots);
    this.state = { ...this.state, source, ops: [], selected: null };
    if (r.value.paths) {
      this.paths.result = r.value.paths;
      const all = r.value.paths.paths;
      this.p.view.setPath(all.flatMap((x) => x.nodes), all.flatMap((x) => x.edges));
    }
    this.noticeAfterLoad(source, r.value);
    this.refresh();
    if (o.layout ?? true) await this.layout(false);
    return r;
  }

  private noticeAfterLoad(source: Source, loaded: Loaded): void {
    const lang = this.state.lang;
    if (loaded.elements.nodes.length === 0) {
      this.p.status.show('info', t(lang, 'notice.empty'));
      return;
    }
    if (source.kind === 'path' && (loaded.paths?.length ?? null) === null) {
      this.p.status.show('info', t(lang, 'notice.pathNone', { hops: source.maxHops }));
    }
    if (loaded.cut) this.noticeCut(source, loaded.cut, loaded.elements.nodes.length);
  }

  /** Above the API's cap: what was left out, and the two ways to see it. */
  private noticeCut(source: Source, cut: NonNullable<Loaded['cut']>, shown: number): void {
    const lang = this.state.lang;
    const actions = [];
    if (source.kind === 'neighborhood') {
      if (!isDefaultFilters(this.state.filters) && !source.narrow) {
        actions.push({ label: t(lang, 'notice.loadFiltered'), run: () => void this.openSource({ ...source, narrow: true }) });
      }
      if ((source.limit ?? 0) < MAX_NEIGHBORHOOD) {
        actions.push({ label: t(lang, 'notice.raiseCap', { max: MAX_NEIGHBORHOOD }), run: () => void this.openSource({ ...source, limit: MAX_NEIGHBORHOOD }) });
      }
    }
    this.p.status.show('warning',
      `${t(lang, 'notice.truncated', { shown, total: cut.total, omitted: cut.omitted, limit: cut.limit ?? shown })} ${t(lang, 'notice.narrow')}`,
      actions);
  }

  open(id: string): void {
    void this.openSource({ kind: 'neighborhood', id, depth: 1, limit: null, narrow: false });
  }

  /** Adds an entity's neighbours to the view (it need not be drawn yet). */
  async expandNode(id: string, o: { record?: boolean; layout?: boolean } = {}): Promise<void> {
    const lang = this.state.lang;
    const name = String(this.p.view.data(id)?.name ?? id);
    const r = await this.track(t(lang, 'loading.expand', { name }), () => api.neighborhood(id, { depth: 1 }));
    if (!r.ok) {
      this.failed(r.error, () => void this.expandNode(id, o));
      return;
    }
    if (o.record ?? true) this.undoStack.record(this.entry());
    const added = this.p.view.merge(r.value.elements, id);
    this.p.view.setClass(id, 'expanded', true);
    this.state = { ...this.state, ops: [...this.state.ops, { kind: 'expand', id }] };
    if (added.length === 0) this.p.status.show('info', t(lang, 'notice.expandedNothing', { name: String(this.p.view.data(id)?.name ?? name) }));
    else if (r.value.truncated) {
      this.noticeCut({ kind: 'neighborhood', id, depth: 1, limit: null, narrow: false }, { total: r.value.total, omitted: r.value.omitted, limit: null }, r.value.elements.nodes.length);
    }
    this.refresh();
    this.p.side.refresh();
    if (o.layout ?? true) await this.layout(true);
  }

  expand(id: string): void {
    void this.expandNode(id);
  }

  collapse(id: string, o: { record?: boolean } = {}): void {
    if (o.record ?? true) this.undoStack.record(this.entry());
    this.p.view.remove(this.p.view.collapseTargets(id));
    this.p.view.setClass(id, 'expanded', false);
    this.state = { ...this.state, ops: [...this.state.ops, { kind: 'collapse', id }] };
    this.refresh();
    this.p.side.refresh();
  }

  remove(ids: readonly string[], o: { record?: boolean } = {}): void {
    const present = ids.filter((id) => this.p.view.has(id));
    if (present.length === 0) return;
    if (o.record ?? true) this.undoStack.record(this.entry());
    this.p.view.remove(present);
    const removedSelected = this.state.selected !== null && !this.p.view.has(this.state.selected);
    this.state = { ...this.state, ops: [...this.state.ops, ...present.map((id): Op => ({ kind: 'remove', id }))], selected: removedSelected ? null : this.state.selected };
    if (this.p.side.currentKey && present.some((id) => this.p.side.currentKey?.endsWith(`:${id}`))) this.p.side.close();
    this.p.card.hide();
    this.refresh();
  }

  togglePin(id: string): void {
    this.p.view.setClass(id, 'pinned', !this.p.view.isPinned(id));
    this.p.side.refresh();
  }

  /** Replays a URL: the source, then each step, then one layout. */
  async replay(target: ViewState): Promise<void> {
    this.state = { ...this.state, filters: target.filters, layout: target.layout, lang: target.lang };
    const loaded = target.source ? (await this.openSource(target.source, { record: false, layout: false })).ok : true;
    // Steps after a source that failed would build a different view: leave the page as it is.
    for (const op of loaded ? target.ops : []) {
      if (op.kind === 'expand') await this.expandNode(op.id, { record: false, layout: false });
      else if (op.kind === 'collapse') this.collapse(op.id, { record: false });
      else this.remove([op.id], { record: false });
    }
    this.refresh();
    await this.layout(false);
    // A shared link with a selection opens its panel too: the evidence someone wanted to show.
    if (target.selected && this.p.view.has(target.selected)) this.inspect(target.selected);
  }

  // ── filters, layout, language ───────────────────────────────────────────────────────────

  setFilters(filters: Filters): void {
    this.state = { ...this.state, filters };
    this.refresh();
  }

  private applyFilters(): void {
    const view = this.p.view;
    const nodes = view.nodeFacts();
    const edges = view.edgeFacts();
    const keep = new Set(view.rootIds());
    view.applyHidden(hiddenBy(this.state.filters, nodes, edges, keep));
    const count = (list: readonly string[]): Map<string, number> => {
      const m = new Map<string, number>();
      for (const k of list) m.set(k, (m.get(k) ?? 0) + 1);
      return m;
    };
    this.p.filters.render(this.state.filters, {
      labels: count(nodes.map((n) => n.label)),
      types: count(edges.map((e) => e.type)),
      roles: count(edges.filter((e) => typeof e.role === 'string').map((e) => String(e.role))),
    }, binDates(nodes.filter((n) => n.label === 'Event').map((n) => n.date)));
    const c = view.counts();
    if (c.nodes > 0 && c.hiddenNodes === c.nodes) this.p.status.show('info', t(this.state.lang, 'graph.nothingVisible'));
  }

  async layout(incremental: boolean): Promise<void> {
    const run = this.p.view.runLayout(this.state.layout, incremental);
    this.layoutDone = run;
    await run;
    if (this.pending === 0) this.flushIdle();
  }

  setLayout(name: LayoutName): void {
    this.set({ layout: name });
    void this.layout(false);
  }

  setLang(lang: Lang): void {
    this.set({ lang });
    this.p.view.setLang(lang);
    this.applyFilters();
    if (this.pageFactory && this.p.side.isOpen) this.p.side.show(this.pageFactory());
    this.p.changed();
  }

  // ── selection and panels ────────────────────────────────────────────────────────────────

  private showPage(factory: () => Page, stack = false): void {
    this.pageFactory = factory;
    this.p.side.show(factory(), stack);
  }

  /** A tap (or Enter/Space) on an element: select it and open what explains it. */
  inspect(id: string): void {
    const kind = this.p.view.kindOf(id);
    if (!kind) return;
    this.select(id);
    if (kind === 'edge') this.showEvidence(id);
    else this.showEntity(id);
  }

  select(id: string): void {
    this.p.view.select(id, true);
    this.set({ selected: id });
    const d = this.p.view.data(id);
    if (d) this.p.status.announce(t(this.state.lang, 'status.selected', { name: String(d.name ?? d.type ?? id), label: String(d.label ?? d.type ?? '') }));
  }

  clearSelection(): void {
    this.p.view.select(null);
    this.set({ selected: null });
  }

  showEntity(id: string): void {
    if (this.p.view.has(id)) {
      this.p.view.select(id, true);
      this.set({ selected: id });
    }
    this.showPage(() => entityPage(this.ctx(), id));
  }

  showEvidence(edgeId: string): void {
    if (this.p.view.has(edgeId)) {
      this.p.view.select(edgeId, true);
      this.set({ selected: edgeId });
    }
    this.showPage(() => edgeEvidencePage(this.ctx(), edgeId), this.p.side.isOpen && !this.p.side.currentKey?.startsWith('edge:'));
  }

  showArticle(articleId: string, mark: { start: number; end: number } | null): void {
    this.showPage(() => articlePage(this.ctx(), articleId, mark), true);
  }

  showCoappear(personId: string): void {
    this.showPage(() => coappearPage(this.ctx(), personId), true);
  }

  showTimeline(id: string): void {
    this.showPage(() => timelinePage(this.ctx(), id), true);
  }

  showPaths(from: string | null, to: string | null): void {
    const end = (id: string | null): PathsState['from'] => {
      if (id === null) return null;
      const d = this.p.view.data(id);
      return { id, name: String(d?.name ?? id), label: String(d?.label ?? '') };
    };
    if (from !== null) this.paths.from = end(from);
    if (to !== null) this.paths.to = end(to);
    this.paths.result = this.state.source?.kind === 'path' ? this.paths.result : null;
    this.showPage(() => pathsPage(this.ctx(), this.paths));
  }

  findPaths(from: string, to: string, maxHops: number): void {
    this.paths.maxHops = maxHops;
    void this.openSource({ kind: 'path', from, to, maxHops }).then((r) => {
      if (r.ok) this.showPage(() => pathsPage(this.ctx(), this.paths));
    });
  }

  /** The Cypher console's run: the graph part replaces the view when there is one. */
  async runCypher(query: string): Promise<ApiResult<CypherResponse>> {
    const r = await this.openSource({ kind: 'cypher', query }, { quiet: true });
    if (!r.ok) return r;
    const cypher = r.value.cypher;
    return cypher ? { ok: true, value: cypher } : { ok: false, error: { code: 'bad-response', message: 'no table in the answer', status: 200 } };
  }

  // ── undo ────────────────────────────────────────────────────────────────────────────────

  private restore(e: Entry): void {
    this.p.view.restore(e.snapshot);
    this.state = { ...this.state, source: e.source, ops: e.ops, selected: null };
    this.p.card.hide();
    this.refresh();
    const key = this.p.side.currentKey;
    const id = key?.slice(key.indexOf(':') + 1);
    if (id && (key?.startsWith('entity:') || key?.startsWith('edge:')) && !this.p.view.has(id)) this.p.side.close();
    else this.p.side.refresh();
  }

  undo(): void {
    const previous = this.undoStack.undo(this.entry());
    if (previous) this.restore(previous);
    else this.p.status.announce(t(this.state.lang, 'undo.nothing'));
  }

  redo(): void {
    const next = this.undoStack.redo(this.entry());
    if (next) this.restore(next);
  }

  // ── export ──────────────────────────────────────────────────────────────────────────────

  private fileStem(): string {
    const s = this.state.source;
    const slug = s?.kind === 'neighborhood' ? s.id : s?.kind === 'path' ? `${s.from}-${s.to}` : s?.kind === 'cypher' ? 'query' : 'view';
    return `newsgraph-${slug}`;
  }

  exportImage(kind: 'png' | 'svg'): void {
    const lang = this.state.lang;
    if (this.p.view.isEmpty()) {
      this.p.status.show('info', t(lang, 'export.nothing'));
      return;
    }
    const fileName = `${this.fileStem()}.${kind}`;
    const blob = kind === 'png' ? this.p.view.png() : new Blob([this.p.view.svg()], { type: 'image/svg+xml' });
    saveFile(blob, fileName);
    this.p.status.announce(t(lang, 'export.done', { file: fileName }));
  }

  async exportFile(format: ExportFormat): Promise<void> {
    const lang = this.state.lang;
    const selected = this.p.view.cy.nodes(':selected').length;
    const subset = selected >= 2;
    const ids = this.p.view.visibleIds(subset);
    const s = this.state;
    const pristine = !subset && s.ops.length === 0 &&
      (isDefaultFilters(s.filters) || (s.source?.kind === 'neighborhood' && s.filters.labels.length === LABEL_NAMES.length));
    const req = exportRequest(format, s.source, s.filters, { ...ids, pristine });
    if (!req) {
      this.p.status.show('info', t(lang, 'export.nothing'));
      return;
    }
    const r = await this.track(t(lang, 'tools.export'), () => api.exportFile(req.params));
    if (!r.ok) {
      this.failed(r.error, () => void this.exportFile(format));
      return;
    }
    saveFile(r.value.blob, r.value.fileName);
    this.p.status.announce(t(lang, 'export.done', { file: r.value.fileName }));
    if (!req.exact) this.p.status.show('warning', t(lang, 'export.tooBig'));
  }

  async copyLink(): Promise<void> {
    const lang = this.state.lang;
    try {
      await navigator.clipboard.writeText(window.location.href);
      this.p.status.announce(t(lang, 'export.copied'));
      this.p.status.show('info', t(lang, 'export.copied'));
    } catch {
      // No clipboard (insecure origin, permission): show the link to copy by hand.
      const field = h('input', { type: 'text', readonly: true, value: window.location.href, class: 'link-field' });
      this.p.status.show('info', t(lang, 'export.copyLink'), [], field);
      field.select();
    }
  }
}
