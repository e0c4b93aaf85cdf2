// The explorer's filters (entity types, relationship types, appearance roles, date range) and
// what they hide in the drawn graph. Pure: takes element data, returns ids to hide, so it runs the
// same in a unit test and on 25,000 elements in the browser. The semantics follow the API's
// (server/graph/queries/filters.ts): edges without a role pass the role filter; the date range
// applies to events only, and an event whose date cannot be placed is outside any range.
import { LABEL_NAMES, isLabel, type Label } from '../../vocab/labels.ts';
import { RELATION_TYPES, isRelationType, type RelationType } from '../../vocab/relations.ts';
import { APPEARANCE_ROLES, BYLINE_ROLES, isOneOf, type AppearanceRole } from '../../vocab/roles.ts';
import { apiDate, inDateRange, type BinKey } from './timeline.ts';

export interface Filters {
  /** Node labels shown. */
  readonly labels: readonly Label[];
  /** Relationship types shown. */
  readonly types: readonly RelationType[];
  /** Appearance roles shown (APPEARED_AT edges); byline roles are governed by the REPORTED type. */
  readonly roles: readonly AppearanceRole[];
  /** Timeline bin keys (timeline.ts), inclusive; null: open. */
  readonly from: BinKey | null;
  readonly to: BinKey | null;
}

export const DEFAULT_FILTERS: Filters = {
  labels: LABEL_NAMES,
  types: RELATION_TYPES,
  roles: APPEARANCE_ROLES,
  from: null,
  to: null,
};

export function isDefaultFilters(f: Filters): boolean {
  return f.labels.length === LABEL_NAMES.length && f.types.length === RELATION_TYPES.length &&
    f.roles.length === APPEARANCE_ROLES.length && f.from === null && f.to === null;
}

/** The minimum a filter function reads of a node's data. */
export interface NodeFacts {
  readonly id: string;
  readonly label: string;
  readonly date?: unknown;
}

export interface EdgeFacts {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly role?: unknown;
}

export interface Hidden {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/**
 * What the filters hide. A node is hidden by its label or (events) its date; an edge by its type,
 * its role, or a hidden end. A node left with edges but none of them shown is hidden too, unless
 * it is in `keep` (the entity the view is about, the ends of a path): a filter on roles should
 * leave the people who took that role, not every name still floating loose.
 * Labels and types outside the vocabulary (a Cypher result) are never hidden.
 */
export function hiddenBy(filters: Filters, nodes: readonly NodeFacts[], edges: readonly EdgeFacts[], keep: ReadonlySet<string>): Hidden {
  if (isDefaultFilters(filters)) return { nodes: new Set(), edges: new Set() };
  const labels = new Set<string>(filters.labels);
  const types = new Set<string>(filters.types);
  const roles = new Set<string>(filters.roles);
  const dated = filters.from !== null || filters.to !== null;

  const hiddenNodes = new Set<string>();
  for (const n of nodes) {
    if (isLabel(n.label) && !labels.has(n.label)) hiddenNodes.add(n.id);
    else if (dated && n.label === 'Event' && !inDateRange(n.date, filters.from, filters.to)) hiddenNodes.add(n.id);
  }

  const hiddenEdges = new Set<string>();
  const shownDegree = new Map<string, number>();
  const anyDegree = new Map<string, number>();
  for (const e of edges) {
    anyDegree.set(e.source, (anyDegree.get(e.source) ?? 0) + 1);
    anyDegree.set(e.target, (anyDegree.get(e.target) ?? 0) + 1);
    const hidden =
      (isRelationType(e.type) && !types.has(e.type)) ||
      (isOneOf(APPEARANCE_ROLES, e.role) && !roles.has(e.role)) ||
      hiddenNodes.has(e.source) || hiddenNodes.has(e.target);
    if (hidden) hiddenEdges.add(e.id);
    else {
      shownDegree.set(e.source, (shownDegree.get(e.source) ?? 0) + 1);
      shownDegree.set(e.target, (shownDegree.get(e.target) ?? 0) + 1);
    }
  }
  for (const n of nodes) {
    if (hiddenNodes.has(n.id) || keep.has(n.id)) continue;
    if ((anyDegree.get(n.id) ?? 0) > 0 && (shownDegree.get(n.id) ?? 0) === 0) hiddenNodes.add(n.id);
  }
  return { nodes: hiddenNodes, edges: hiddenEdges };
}

/** The filters as API query parameters (neighbourhood, export): only what the server can apply. */
export function apiFilterParams(f: Filters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.types.length < RELATION_TYPES.length && f.types.length > 0) out.types = f.types.join(',');
  // Byline roles ride along: the role filter is about appearances, REPORTED has its own type box.
  if (f.roles.length < APPEARANCE_ROLES.length && f.roles.length > 0) out.roles = [...f.roles, ...BYLINE_ROLES].join(',');
  const from = apiDate(f.from);
  const to = apiDate(f.to);
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}

/** A list value toggled, kept in the vocabulary's order. */
export function toggled<T extends string>(all: readonly T[], current: readonly T[], value: T, on: boolean): T[] {
  const set = new Set(current);
  if (on) set.add(value);
  else set.delete(value);
  return all.filter((v) => set.has(v));
}
