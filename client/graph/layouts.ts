// Layouts of the explorer: their defaults (a comment on every option, as Cytoscape's own
// src/extensions/layout/grid.mjs does), the options for one run (animation, pinned nodes,
// incremental after an expansion, draft quality on large graphs), and the timeline-by-date
// positions, computed here as plain numbers so they can be tested without a browser.
import type { LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { EdgeFacts, NodeFacts } from '../state/filters.ts';

export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'timeline'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** From this many nodes on, layouts skip animation and fcose runs in draft quality. */
export const LARGE_GRAPH = 1500;

const ANIMATION_MS = 500;

export const FCOSE_DEFAULTS = {
  name: 'fcose',
  // 'default' untangles a neighbourhood of a few hundred nodes in well under a second.
  quality: 'default',
  // A fresh view starts from a spectral layout; incremental runs (after expand) set this false.
  randomize: true,
  // Nodes glide to their places, so the reader sees where the new ones came from.
  animate: true,
  animationDuration: ANIMATION_MS,
  // The whole graph in view after a run.
  fit: true,
  // Room around the graph for the hover card and labels at the border.
  padding: 40,
  // Chinese names are wide: count labels in node size, or they overlap.
  nodeDimensionsIncludeLabels: true,
  // Nodes differ in size (people by appearances), so fcose must not assume one size.
  uniformNodeDimensions: false,
  // Pieces of a Cypher result sit side by side instead of on top of each other.
  packComponents: true,
  // Strong repulsion: events with many participants otherwise clump into unreadable stars.
  nodeRepulsion: 6500,
  // About two node widths: edge labels (roles) fit between the ends.
  idealEdgeLength: 110,
  // fcose's default; stiffer edges crumple long chains.
  edgeElasticity: 0.45,
  // Mild pull to the centre keeps separate components from drifting off screen.
  gravity: 0.25,
  // Enough iterations for 500 nodes; draft runs on large graphs stop earlier anyway.
  numIter: 2500,
  // Nodes without edges (lone Cypher results) are tiled in a grid rather than scattered.
  tile: true,
  // Spacing between tiled lone nodes.
  tilingPaddingVertical: 20,
  tilingPaddingHorizontal: 20,
  // Minimum spacing kept between nodes by the constraint step.
  nodeSeparation: 75,
} as const;

export const CONCENTRIC_DEFAULTS = {
  name: 'concentric',
  // The entity the view is about in the middle, the best-connected around it, leaves outside.
  concentric: (node: NodeSingular): number => (node.hasClass('root') ? 1e6 : node.degree(false)),
  // Nodes whose degree differs by less than this share a ring.
  levelWidth: (): number => 2,
  // Names need room on each ring.
  minNodeSpacing: 30,
  // Keep labels from overlapping across rings.
  avoidOverlap: true,
  // Start at 12 o'clock, as people read a clock face.
  startAngle: (3 / 2) * Math.PI,
  animate: true,
  animationDuration: ANIMATION_MS,
  fit: true,
  padding: 40,
} as const;

export const BREADTHFIRST_DEFAULTS = {
  name: 'breadthfirst',
  // Relationships read both ways (appeared at / attended by): the tree follows either direction.
  directed: false,
  // Rows from the entity the view is about; Cytoscape picks roots itself when none is marked.
  roots: '.root',
  // A little more room than default: edge labels sit between rows.
  spacingFactor: 1.2,
  // Rows, not rings: a tree reads top to bottom.
  circle: false,
  avoidOverlap: true,
  animate: true,
  animationDuration: ANIMATION_MS,
  fit: true,
  padding: 40,
} as const;

export const TIMELINE_DEFAULTS = {
  // Positions come from timelinePositions(); the preset layout only moves nodes there.
  name: 'preset',
  animate: true,
  animationDuration: ANIMATION_MS,
  fit: true,
  padding: 40,
} as const;

/** Spacing of the timeline layout, in model pixels. */
export const TIMELINE_SPACING = {
  /** Between two successive dates on the axis. */
  column: 130,
  /** Between two things in one column (events on one day, people at one place on the axis). */
  row: 56,
  /** Least horizontal room for one name in a lane before the next row is used. */
  minGap: 90,
  /** Where each kind of node lives, above or below the events' axis at y = 0. */
  lanes: { Person: -200, Organization: 200, Place: 320, Article: 460, other: 580 } as Readonly<Record<string, number>>,
} as const;

export interface PinnedNode {
  readonly id: string;
  readonly position: Position;
}

export interface LayoutRun {
  readonly nodeCount: number;
  /** After an expansion: start from current positions instead of from scratch. */
  readonly incremental: boolean;
  /** Nodes the user dragged: they stay where they are. */
  readonly pinned: readonly PinnedNode[];
  /** For the timeline layout. */
  readonly positions?: ReadonlyMap<string, Position>;
  /** False when the user asked for reduced motion. */
  readonly motion: boolean;
}

/** Options for one run of the named layout. */
export function layoutOptions(name: LayoutName, run: LayoutRun): LayoutOptions {
  const large = run.nodeCount >= LARGE_GRAPH;
  const animate = run.motion && !large;
  const pinned = new Set(run.pinned.map((p) => p.id));
  // Base layouts place every node; the transform puts pinned ones back where the user left them.
  const keepPinned = (node: NodeSingular, pos: Position): Position => (pinned.has(node.id()) ? node.position() : pos);
  let options: Record<string, unknown>;
  switch (name) {
    case 'fcose':
      options = {
        ...FCOSE_DEFAULTS,
        animate,
        // fcose refuses randomize:false below proof quality; incremental runs are small anyway.
        ...(run.incremental ? { randomize: false, quality: 'proof' } : {}),
        ...(large ? { quality: 'draft', randomize: true, numIter: 1000 } : {}),
        fixedNodeConstraint: run.pinned.length > 0 ? run.pinned.map((p) => ({ nodeId: p.id, position: p.position })) : undefined,
      };
      break;
    case 'concentric':
      options = { ...CONCENTRIC_DEFAULTS, animate, transform: keepPinned };
      break;
    case 'breadthfirst':
      options = { ...BREADTHFIRST_DEFAULTS, animate, transform: keepPinned };
      break;
    case 'timeline': {
      const positions = run.positions ?? new Map<string, Position>();
      options = {
        ...TIMELINE_DEFAULTS,
        animate,
        positions: (node: NodeSingular) => positions.get(node.id()) ?? node.position(),
        transform: keepPinned,
      };
      break;
    }
  }
  return options as unknown as LayoutOptions;
}

/** Full dates first in order, then dates without a year, then none: the server's order. */
function dateOrder(a: unknown, b: unknown): number {
  const rank = (d: unknown): number => (typeof d !== 'string' ? 2 : d.startsWith('--') ? 1 : 0);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a !== 'string' || typeof b !== 'string' || a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Timeline-by-date: events along the x axis by date (one column per distinct date, in order),
 * several on one date stacked; everything else in a lane by label above or below, at the mean
 * x of the events it is linked to, moved to a further row when a name would overlap.
 */
export function timelinePositions(nodes: readonly NodeFacts[], edges: readonly EdgeFacts[]): Map<string, Position> {
  const { column, row, minGap, lanes } = TIMELINE_SPACING;
  const out = new Map<string, Position>();
  const events = nodes.filter((n) => n.label === 'Event').sort((a, b) => dateOrder(a.date, b.date) || (a.id < b.id ? -1 : 1));
  let col = -1;
  let stack = 0;
  let previous: unknown = Symbol('none');
  for (const e of events) {
    const date = typeof e.date === 'string' ? e.date : null;
    if (date !== previous) {
      col += 1;
      stack = 0;
      previous = date;
    } else stack += 1;
    out.set(e.id, { x: col * column, y: stack * row });
  }

  const linked = new Map<string, number[]>();
  for (const e of edges) {
    for (const [a, b] of [[e.source, e.target], [e.target, e.source]] as const) {
      const p = out.get(b);
      if (p && !out.has(a)) (linked.get(a) ?? linked.set(a, []).get(a))?.push(p.x);
    }
  }

  const others = nodes
    .filter((n) => !out.has(n.id))
    .map((n) => {
      const xs = linked.get(n.id);
      return { n, x: xs && xs.length > 0 ? xs.reduce((s, x) => s + x, 0) / xs.length : null };
    });
  // The participants of one event share a mean x: fan them out side by side around it first.
  const groups = new Map<string, typeof others>();
  for (const o of others) {
    if (o.x === null) continue;
    const key = `${lanes[o.n.label] ?? lanes.other}:${Math.round(o.x)}`;
    (groups.get(key) ?? groups.set(key, []).get(key))?.push(o);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => (a.n.id < b.n.id ? -1 : 1));
    group.forEach((o, i) => {
      o.x = (o.x as number) + (i - (group.length - 1) / 2) * minGap;
    });
  }
  const left = -column * 1.5;
  // Each lane fills rows away from the axis; a row remembers the right end of its last name.
  const rowsByLane = new Map<number, number[]>();
  const loose = new Map<number, number>();
  const placed = others.filter((o) => o.x !== null).sort((a, b) => (a.x as number) - (b.x as number) || (a.n.id < b.n.id ? -1 : 1));
  for (const { n, x } of placed) {
    const laneY = lanes[n.label] ?? lanes.other ?? 0;
    const rows = rowsByLane.get(laneY) ?? rowsByLane.set(laneY, []).get(laneY) ?? [];
    let r = rows.findIndex((end) => (x as number) - end >= minGap);
    if (r === -1) {
      rows.push(Number.NEGATIVE_INFINITY);
      r = rows.length - 1;
    }
    rows[r] = x as number;
    out.set(n.id, { x: x as number, y: laneY + Math.sign(laneY || 1) * r * row });
  }
  for (const { n } of others.filter((o) => o.x === null).sort((a, b) => (a.n.id < b.n.id ? -1 : 1))) {
    const laneY = lanes[n.label] ?? lanes.other ?? 0;
    const k = loose.get(laneY) ?? 0;
    loose.set(laneY, k + 1);
    out.set(n.id, { x: left - (k % 4) * minGap, y: laneY + Math.sign(laneY || 1) * Math.floor(k / 4) * row });
  }
  return out;
}
