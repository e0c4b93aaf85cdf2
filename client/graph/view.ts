// GraphView owns the Cytoscape instance: it adds and removes elements, marks state classes
// (root, expanded, pinned, path, filtered, faded, dense), runs layouts, moves the selection by
// keyboard, takes snapshots for undo, and renders images. It reports what the user does on the
// canvas through GraphEvents and never touches the DOM around the graph (panels/ do that).
import type { Collection, Core, EdgeSingular, ElementDefinition, EventObject, NodeSingular, Position } from 'cytoscape';
import type { EdgeElement, Elements, NodeElement } from '../api.ts';
import type { Lang } from '../i18n.ts';
import type { EdgeFacts, Hidden, NodeFacts } from '../state/filters.ts';
import { appearanceCounts, edgeCaption } from './captions.ts';
import { createCy, type RendererChoice, type RendererName } from './cy.ts';
import { LARGE_GRAPH, layoutOptions, timelinePositions, type LayoutName } from './layouts.ts';

export type ElementKind = 'node' | 'edge';

export interface GraphEvents {
  tap(kind: ElementKind, id: string): void;
  /** Double-click (or double-tap) on a node: expand it. */
  expand(id: string): void;
  background(): void;
  /** The pointer rests on an element; `at` is in the graph container's pixels. */
  hover(kind: ElementKind, id: string, at: Position): void;
  hoverEnd(): void;
  /** A node was dragged and let go: it is pinned now. */
  pinned(id: string): void;
}

export interface Snapshot {
  readonly elements: readonly ElementDefinition[];
  readonly zoom: number;
  readonly pan: Position;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Beyond this many elements the hover highlight (a class on every element) costs more than it helps. */
const HOVER_FADE_MAX = 1200;
/** The closest a layout's fit zooms in: labels at about one and a half times their size. */
const MAX_FIT_ZOOM = 1.5;
/** Views with more edges than this get the .dense style (straight, unlabelled edges). */
const DENSE_EDGES = 4000;

const isString = (v: unknown): v is string => typeof v === 'string';

export class GraphView {
  readonly cy: Core;
  readonly renderer: RendererName;
  private lang: Lang;
  private layoutRun: { stop(): void } | null = null;
  /** Whether elements carry the .dense class (large views). */
  private dense = false;
  private hoverTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(container: HTMLElement, private readonly events: GraphEvents, lang: Lang, renderer: RendererChoice = 'auto') {
    const created = createCy(container, renderer);
    this.cy = created.cy;
    this.renderer = created.renderer;
    this.lang = lang;
    this.listen();
    // The side panel and the console change the graph's box; Cytoscape only watches the window.
    // Half the change goes to the pan, so what was in the middle stays in the middle.
    let size = { w: container.clientWidth, h: container.clientHeight };
    new ResizeObserver(() => {
      const next = { w: container.clientWidth, h: container.clientHeight };
      this.cy.resize();
      if (size.w > 0 && size.h > 0) this.cy.panBy({ x: (next.w - size.w) / 2, y: (next.h - size.h) / 2 });
      size = next;
    }).observe(container);
  }

  private listen(): void {
    const cy = this.cy;
    cy.on('tap', 'node', (e) => this.events.tap('node', e.target.id()));
    cy.on('tap', 'edge', (e) => this.events.tap('edge', e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) this.events.background();
    });
    cy.on('dbltap', 'node', (e) => this.events.expand(e.target.id()));
    cy.on('dragfree', 'node', (e) => {
      e.target.addClass('pinned');
      this.events.pinned(e.target.id());
    });
    const over = (kind: ElementKind) => (e: EventObject): void => {
      const id = e.target.id() as string;
      const at = e.renderedPosition ?? { x: 0, y: 0 };
      if (this.hoverTimer) clearTimeout(this.hoverTimer);
      // A short rest before the card: sweeping the pointer across the graph should not flicker cards.
      this.hoverTimer = setTimeout(() => this.events.hover(kind, id, at), 180);
      if (kind === 'node' && cy.elements().length <= HOVER_FADE_MAX) this.fadeAllBut(e.target.closedNeighborhood());
    };
    cy.on('mouseover', 'node', over('node'));
    cy.on('mouseover', 'edge', over('edge'));
    const out = (): void => {
      if (this.hoverTimer) clearTimeout(this.hoverTimer);
      this.hoverTimer = null;
      cy.elements('.faded').removeClass('faded');
      this.events.hoverEnd();
    };
    cy.on('mouseout', 'node, edge', out);
    // Leaving the canvas fast skips Cytoscape's mouseout: the card must not stay behind.
    cy.container()?.addEventListener('mouseleave', out);
  }

  private fadeAllBut(keep: Collection): void {
    this.cy.batch(() => {
      this.cy.elements().not(keep).addClass('faded');
      keep.removeClass('faded');
    });
  }

  // ── reading ─────────────────────────────────────────────────────────────────────────────

  isEmpty(): boolean {
    return this.cy.elements().empty();
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  data(id: string): Record<string, unknown> | null {
    const ele = this.cy.getElementById(id);
    return ele.nonempty() ? (ele.data() as Record<string, unknown>) : null;
  }

  kindOf(id: string): ElementKind | null {
    const ele = this.cy.getElementById(id);
    if (ele.empty()) return null;
    return ele.isNode() ? 'node' : 'edge';
  }

  nodeFacts(onlyVisible = false): NodeFacts[] {
    const nodes = onlyVisible ? this.cy.nodes().not('.filtered') : this.cy.nodes();
    return nodes.map((n) => {
      const d = n.data() as Record<string, unknown>;
      return { id: n.id(), label: String(d.label ?? ''), date: d.date };
    });
  }

  edgeFacts(onlyVisible = false): EdgeFacts[] {
    const edges = onlyVisible ? this.cy.edges().not('.filtered') : this.cy.edges();
    return edges.map((e) => {
      const d = e.data() as Record<string, unknown>;
      return { id: e.id(), source: String(d.source), target: String(d.target), type: String(d.type ?? ''), role: d.role };
    });
  }

  counts(): { nodes: number; edges: number; hiddenNodes: number; hiddenEdges: number } {
    const hidden = this.cy.elements('.filtered');
    return {
      nodes: this.cy.nodes().length,
      edges: this.cy.edges().length,
      hiddenNodes: hidden.nodes().length,
      hiddenEdges: hidden.edges().length,
    };
  }

  /** Visible edges at a node, with the node at the other end, for the panels' lists. */
  connections(id: string): { edge: Record<string, unknown>; other: Record<string, unknown>; outgoing: boolean }[] {
    const node = this.cy.getElementById(id);
    if (node.empty() || !node.isNode()) return [];
    return (node as NodeSingular).connectedEdges().filter((e: EdgeSingular) => !e.hasClass('filtered')).map((e: EdgeSingular) => {
      const outgoing = e.source().id() === id;
      return { edge: e.data() as Record<string, unknown>, other: (outgoing ? e.target() : e.source()).data() as Record<string, unknown>, outgoing };
    });
  }

  isExpanded(id: string): boolean {
    return this.cy.getElementById(id).hasClass('expanded');
  }

  isPinned(id: string): boolean {
    return this.cy.getElementById(id).hasClass('pinned');
  }

  rootIds(): string[] {
    return this.cy.nodes('.root').map((n) => n.id());
  }

  /** Elements for an export or a snapshot: what is drawn, not what the filters hide. */
  visibleIds(selectedOnly: boolean): { nodes: string[]; edges: string[] } {
    let nodes = this.cy.nodes().not('.filtered');
    if (selectedOnly) nodes = nodes.filter(':selected');
    const edges = nodes.edgesWith(nodes).not('.filtered');
    return { nodes: nodes.map((n) => n.id()), edges: edges.map((e) => e.id()) };
  }

  // ── changing ────────────────────────────────────────────────────────────────────────────

  // Derived data and classes go into the definitions, so 25,000 elements get their style once.
  private nodeDefinition(n: NodeElement, extra: { position?: Position; appearances?: number; root?: boolean } = {}): ElementDefinition {
    const classes = [this.dense ? 'dense' : '', extra.root ? 'root' : ''].filter((c) => c !== '').join(' ');
    const data: Record<string, unknown> = { ...n.data };
    if (n.data.label === 'Person') data.appearances = extra.appearances ?? 0;
    return { group: 'nodes', data, ...(classes ? { classes } : {}), ...(extra.position ? { position: extra.position } : {}) };
  }

  private edgeDefinition(e: EdgeElement): ElementDefinition {
    const data = { ...e.data } as Record<string, unknown> & EdgeFacts;
    return { group: 'edges', data: { ...data, caption: edgeCaption(data, this.lang) }, ...(this.dense ? { classes: 'dense' } : {}) };
  }

  /** Draws a fresh view: everything before is removed. */
  replace(elements: Elements, roots: readonly string[]): void {
    this.stopLayout();
    const counts = appearanceCounts(elements.edges.map((e) => e.data as unknown as EdgeFacts));
    this.dense = elements.nodes.length >= LARGE_GRAPH || elements.edges.length >= DENSE_EDGES;
    const rootSet = new Set(roots);
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([
        ...elements.nodes.map((n) => this.nodeDefinition(n, { appearances: counts.get(n.data.id), root: rootSet.has(n.data.id) })),
        ...elements.edges.map((e) => this.edgeDefinition(e)),
      ]);
    });
  }

  /**
   * Adds what is not drawn yet; new nodes start on a ring around `around` so an incremental
   * layout moves them out from where they came. Returns the ids of the nodes added.
   */
  merge(elements: Elements, around: string | null): string[] {
    const centre = around ? this.cy.getElementById(around) : null;
    const origin = centre && centre.nonempty() && centre.isNode() ? (centre as NodeSingular).position() : this.viewportCentre();
    const fresh = elements.nodes.filter((n) => !this.has(n.data.id));
    const radius = 90 + 12 * Math.sqrt(fresh.length);
    const added: string[] = [];
    this.cy.batch(() => {
      this.cy.add(fresh.map((n, i) => {
        const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
        added.push(n.data.id);
        return this.nodeDefinition(n, { position: { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) } });
      }));
      this.cy.add(elements.edges.filter((e) => !this.has(e.data.id)).map((e) => this.edgeDefinition(e)));
    });
    this.refreshDerived();
    return added;
  }

  private viewportCentre(): Position {
    const ext = this.cy.extent();
    return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  }

  remove(ids: readonly string[]): void {
    this.cy.batch(() => {
      for (const id of ids) this.cy.getElementById(id).remove();
    });
    this.refreshDerived();
  }

  /**
   * Collapse: removes the neighbours hanging off this node only (no other edge in view), unless
   * they are roots, expanded or pinned themselves. Returns the removed node ids.
   */
  collapseTargets(id: string): string[] {
    const node = this.cy.getElementById(id);
    if (node.empty() || !node.isNode()) return [];
    return (node as NodeSingular).neighborhood().nodes()
      .filter((n) => !n.hasClass('root') && !n.hasClass('expanded') && !n.hasClass('pinned') && n.connectedEdges().connectedNodes().not(n).same(node))
      .map((n) => n.id());
  }

  setClass(id: string, cls: 'expanded' | 'pinned' | 'root', on: boolean): void {
    const ele = this.cy.getElementById(id);
    if (on) ele.addClass(cls);
    else ele.removeClass(cls);
  }

  setPath(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    this.cy.batch(() => {
      this.cy.elements('.path').removeClass('path');
      for (const id of [...nodeIds, ...edgeIds]) this.cy.getElementById(id).addClass('path');
    });
  }

  /** Hides what the filters hide (class .filtered → display: none). */
  applyHidden(hidden: Hidden): void {
    this.cy.batch(() => {
      this.cy.elements().forEach((ele) => {
        const id = ele.id();
        const off = ele.isNode() ? hidden.nodes.has(id) : hidden.edges.has(id);
        if (off !== ele.hasClass('filtered')) {
          if (off) ele.addClass('filtered').unselect();
          else ele.removeClass('filtered');
        }
      });
    });
  }

  /** Appearance counts (people's size) and the dense style, after elements came or went. */
  refreshDerived(): void {
    const counts = appearanceCounts(this.edgeFacts());
    const dense = this.cy.nodes().length >= LARGE_GRAPH || this.cy.edges().length >= DENSE_EDGES;
    this.cy.batch(() => {
      this.cy.nodes('[label = "Person"]').forEach((n) => {
        const c = counts.get(n.id()) ?? 0;
        if (n.data('appearances') !== c) n.data('appearances', c);
      });
      if (dense !== this.dense) {
        if (dense) this.cy.elements().addClass('dense');
        else this.cy.elements().removeClass('dense');
        this.dense = dense;
      }
    });
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.cy.batch(() => {
      this.cy.edges().forEach((e) => {
        e.data('caption', edgeCaption(e.data() as EdgeFacts & { title?: unknown }, lang));
      });
    });
  }

  // ── layout ──────────────────────────────────────────────────────────────────────────────

  stopLayout(): void {
    this.layoutRun?.stop();
    this.layoutRun = null;
  }

  /** Runs the layout on what is visible; resolves when nodes have reached their places. */
  runLayout(name: LayoutName, incremental: boolean): Promise<void> {
    this.stopLayout();
    const eles = this.cy.elements().not('.filtered');
    if (eles.nodes().empty()) return Promise.resolve();
    const pinned = eles.nodes('.pinned').map((n) => ({ id: n.id(), position: { ...n.position() } }));
    const motion = !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const positions = name === 'timeline' ? timelinePositions(this.nodeFacts(true), this.edgeFacts(true)) : undefined;
    const layout = eles.layout(layoutOptions(name, { nodeCount: eles.nodes().length, incremental, pinned, motion, ...(positions ? { positions } : {}) }));
    this.layoutRun = layout;
    // Fitting three nodes would blow them up to fill the screen: a layout's fit stops at reading size.
    const maxZoom = this.cy.maxZoom();
    this.cy.maxZoom(MAX_FIT_ZOOM);
    const done = new Promise<void>((resolve) => {
      layout.one('layoutstop', () => {
        this.cy.maxZoom(maxZoom);
        resolve();
      });
    });
    layout.run();
    return done;
  }

  // ── selection, viewport, keyboard ───────────────────────────────────────────────────────

  select(id: string | null, reveal = false): void {
    this.cy.$(':selected').unselect();
    if (id === null) return;
    const ele = this.cy.getElementById(id);
    if (ele.empty()) return;
    ele.select();
    if (reveal && !this.inViewport(ele)) this.cy.animate({ center: { eles: ele } }, { duration: 250 });
  }

  selectedId(): string | null {
    const s = this.cy.$(':selected');
    return s.length === 1 ? s.id() : s.length > 1 ? s[0]?.id() ?? null : null;
  }

  private inViewport(ele: Collection): boolean {
    const bb = ele.boundingBox();
    const ext = this.cy.extent();
    return bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2;
  }

  /** Keyboard: the visible node nearest in that direction from the selection (or the centre). */
  moveSelection(direction: Direction): string | null {
    const current = this.cy.$('node:selected').first();
    const from = current.nonempty() ? (current as NodeSingular).position() : this.viewportCentre();
    const [dx, dy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction] as [number, number];
    let best: NodeSingular | null = null;
    let bestScore = Infinity;
    this.cy.nodes().not('.filtered').forEach((n) => {
      if (current.nonempty() && n.same(current)) return;
      const p = n.position();
      const vx = p.x - from.x;
      const vy = p.y - from.y;
      const along = vx * dx + vy * dy;
      if (current.nonempty() && along <= 0) return;
      const across = Math.abs(vx * dy - vy * dx);
      // Straight ahead beats diagonal: sideways distance counts double.
      const score = Math.max(along, 0) + 2 * across;
      if (score < bestScore) {
        bestScore = score;
        best = n;
      }
    });
    const chosen = best as NodeSingular | null;
    if (!chosen) return null;
    this.select(chosen.id(), true);
    return chosen.id();
  }

  /** Keyboard: the next visible edge at the selected node (or at the selected edge's source). */
  cycleEdges(step: 1 | -1, anchor: string | null): string | null {
    const node = anchor ? this.cy.getElementById(anchor) : this.cy.$('node:selected').first();
    if (node.empty() || !node.isNode()) return null;
    const edges = (node as NodeSingular).connectedEdges().not('.filtered').toArray().sort((a, b) => (a.id() < b.id() ? -1 : 1));
    if (edges.length === 0) return null;
    const current = this.cy.$('edge:selected').first();
    const i = current.nonempty() ? edges.findIndex((e) => e.same(current)) : -1;
    const next = edges[(i + step + edges.length) % edges.length];
    if (!next) return null;
    this.select(next.id(), true);
    return next.id();
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements().not('.filtered'), padding: 40 } }, { duration: 250 });
  }

  zoomBy(factor: number): void {
    const ext = this.cy.extent();
    this.cy.zoom({ level: this.cy.zoom() * factor, position: { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 } });
  }

  /** Where an element is drawn, in the container's pixels (for the hover card and tests). */
  renderedCentre(id: string): Position | null {
    const ele = this.cy.getElementById(id);
    if (ele.empty()) return null;
    return ele.isNode() ? (ele as NodeSingular).renderedPosition() : (ele as EdgeSingular).renderedMidpoint();
  }

  // ── snapshots and images ────────────────────────────────────────────────────────────────

  snapshot(): Snapshot {
    return {
      elements: this.cy.elements().map((e) => e.json() as ElementDefinition),
      zoom: this.cy.zoom(),
      pan: { ...this.cy.pan() },
    };
  }

  restore(s: Snapshot): void {
    this.stopLayout();
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(s.elements.map((e) => ({ ...e, selected: false })));
    });
    this.cy.viewport({ zoom: s.zoom, pan: s.pan });
    this.dense = this.cy.elements('.dense').nonempty();
    this.refreshDerived();
    this.setLang(this.lang);
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  }

  svg(): string {
    return this.cy.svg({ full: true, bg: '#ffffff' });
  }

  /** Names (and aliases) of the ends of an edge or of a node, for highlighting sentences. */
  namesAround(id: string): string[] {
    const ele = this.cy.getElementById(id);
    if (ele.empty()) return [];
    const nodes = ele.isNode() ? (ele as NodeSingular).closedNeighborhood().nodes() : (ele as EdgeSingular).connectedNodes();
    return nodes.map((n: NodeSingular) => [n.data('name'), ...(Array.isArray(n.data('aliases')) ? (n.data('aliases') as unknown[]) : [])]).flat().filter(isString);
  }
}
