// The view as a URL and back: what was loaded (a neighbourhood, a path, a Cypher query), the
// steps taken since (expand, collapse, remove, in order), the filters, the layout, the language
// and the selection. Sharing or reloading the link replays the same steps and draws the same
// graph. Pure: decodeView never throws; values it does not understand are dropped.
import { LABEL_NAMES, type Label } from '../../vocab/labels.ts';
import { RELATION_TYPES, type RelationType } from '../../vocab/relations.ts';
import { APPEARANCE_ROLES, isOneOf, type AppearanceRole } from '../../vocab/roles.ts';
import type { RendererChoice } from '../graph/cy.ts';
import { LAYOUT_NAMES, type LayoutName } from '../graph/layouts.ts';
import { isLang, type Lang } from '../i18n.ts';
import { DEFAULT_FILTERS, type Filters } from './filters.ts';
import { binKey } from './timeline.ts';

export type Source =
  | {
      readonly kind: 'neighborhood';
      readonly id: string;
      readonly depth: 1 | 2;
      /** Node cap asked of the API; null: the server's default. */
      readonly limit: number | null;
      /** True when the filters were sent to the server, so the cap counted matching nodes only. */
      readonly narrow: boolean;
    }
  | { readonly kind: 'path'; readonly from: string; readonly to: string; readonly maxHops: number }
  | { readonly kind: 'cypher'; readonly query: string };

export type OpKind = 'expand' | 'collapse' | 'remove';
export interface Op {
  readonly kind: OpKind;
  readonly id: string;
}

export interface ViewState {
  readonly source: Source | null;
  readonly ops: readonly Op[];
  readonly filters: Filters;
  readonly layout: LayoutName;
  readonly lang: Lang;
  /** The selected node or edge id. */
  readonly selected: string | null;
  /** Cytoscape's renderer: auto (WebGL on a GPU, else canvas), or forced. */
  readonly renderer: RendererChoice;
}

export const DEFAULT_LAYOUT: LayoutName = 'fcose';
export const DEFAULT_MAX_HOPS = 6;

export function initialView(lang: Lang): ViewState {
  return { source: null, ops: [], filters: DEFAULT_FILTERS, layout: DEFAULT_LAYOUT, lang, selected: null, renderer: 'auto' };
}

const OP_CODES: Record<OpKind, string> = { expand: 'e', collapse: 'c', remove: 'r' };
const OP_KINDS = new Map(Object.entries(OP_CODES).map(([kind, code]) => [code, kind as OpKind]));

/** Ids are content ids (per_…) or, for Cypher results without one, Neo4j elementIds (4:…:12). */
const ID = /^[\w:.-]{1,200}$/u;

function list<T extends string>(all: readonly T[], value: string | null): readonly T[] | null {
  if (value === null) return null;
  const wanted = new Set(value.split(',').map((s) => s.trim()));
  return all.filter((v) => wanted.has(v));
}

export function encodeView(v: ViewState): string {
  const p = new URLSearchParams();
  const s = v.source;
  if (s?.kind === 'neighborhood') {
    p.set('n', s.id);
    if (s.depth !== 1) p.set('depth', String(s.depth));
    if (s.limit !== null) p.set('limit', String(s.limit));
    if (s.narrow) p.set('narrow', '1');
  } else if (s?.kind === 'path') {
    p.set('path', `${s.from},${s.to}`);
    if (s.maxHops !== DEFAULT_MAX_HOPS) p.set('hops', String(s.maxHops));
  } else if (s?.kind === 'cypher') {
    p.set('q', s.query);
  }
  for (const op of v.ops) p.append('op', `${OP_CODES[op.kind]}:${op.id}`);
  const f = v.filters;
  if (f.labels.length !== LABEL_NAMES.length) p.set('labels', f.labels.join(','));
  if (f.types.length !== RELATION_TYPES.length) p.set('types', f.types.join(','));
  if (f.roles.length !== APPEARANCE_ROLES.length) p.set('roles', f.roles.join(','));
  if (f.from !== null) p.set('from', f.from);
  if (f.to !== null) p.set('to', f.to);
  if (v.layout !== DEFAULT_LAYOUT) p.set('layout', v.layout);
  p.set('lang', v.lang);
  if (v.selected !== null) p.set('sel', v.selected);
  if (v.renderer !== 'auto') p.set('renderer', v.renderer);
  return p.toString();
}

function int(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/u.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function decodeSource(p: URLSearchParams): Source | null {
  const n = p.get('n');
  if (n !== null && ID.test(n)) {
    return {
      kind: 'neighborhood', id: n, depth: p.get('depth') === '2' ? 2 : 1,
      limit: int(p.get('limit'), 1, 100_000), narrow: p.get('narrow') === '1',
    };
  }
  const path = p.get('path')?.split(',');
  if (path?.length === 2 && path.every((x) => ID.test(x)) && path[0] !== path[1]) {
    return { kind: 'path', from: path[0] as string, to: path[1] as string, maxHops: int(p.get('hops'), 1, 50) ?? DEFAULT_MAX_HOPS };
  }
  const q = p.get('q');
  if (q !== null && q.trim() !== '') return { kind: 'cypher', query: q };
  return null;
}

function decodeOps(p: URLSearchParams): Op[] {
  const ops: Op[] = [];
  for (const raw of p.getAll('op')) {
    const kind = OP_KINDS.get(raw.slice(0, 1));
    const id = raw.slice(2);
    if (kind && raw[1] === ':' && ID.test(id)) ops.push({ kind, id });
  }
  return ops;
}

function dateKey(value: string | null): string | null {
  return value !== null && binKey(value) === value ? value : null;
}

/** The view a query string describes; `fallbackLang` when it names none. */
export function decodeView(search: string, fallbackLang: Lang): ViewState {
  const p = new URLSearchParams(search);
  const layout = p.get('layout');
  const lang = p.get('lang');
  const sel = p.get('sel');
  const renderer = p.get('renderer');
  const filters: Filters = {
    labels: list<Label>(LABEL_NAMES, p.get('labels')) ?? DEFAULT_FILTERS.labels,
    types: list<RelationType>(RELATION_TYPES, p.get('types')) ?? DEFAULT_FILTERS.types,
    roles: list<AppearanceRole>(APPEARANCE_ROLES, p.get('roles')) ?? DEFAULT_FILTERS.roles,
    from: dateKey(p.get('from')),
    to: dateKey(p.get('to')),
  };
  return {
    source: decodeSource(p),
    ops: decodeOps(p),
    filters,
    layout: isOneOf(LAYOUT_NAMES, layout) ? layout : DEFAULT_LAYOUT,
    lang: isLang(lang) ? lang : fallbackLang,
    selected: sel !== null && ID.test(sel) ? sel : null,
    renderer: renderer === 'webgl' || renderer === 'canvas' ? renderer : 'auto',
  };
}
