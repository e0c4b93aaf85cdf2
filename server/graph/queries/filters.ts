// Cypher conditions shared by the subgraph queries: which relationships pass the role filter and
// which nodes pass the event date range. Fragments over fixed variable names; the values they
// compare come only as $roles, $from and $to.
import { L } from './names.ts';

/** Relationships that carry a role (APPEARED_AT, REPORTED) must have one of $roles; others pass. */
export const ROLE_OK = (r: string): string => `($roles IS NULL OR ${r}.role IS NULL OR ${r}.role IN $roles)`;

/**
 * Events must fall in [$from, $to]; other nodes pass. Dates are ISO prefixes (2024, 2024-11,
 * 2024-11-03): both sides are cut to the shorter length, so a month overlaps the days in it and a
 * day the month it is in. A date without a year (--11-03) cannot be placed, so a range excludes it.
 */
export const DATE_OK = (v: string): string =>
  `(NOT ${v}:${L.Event} OR ($from IS NULL AND $to IS NULL) OR (${v}.date IS NOT NULL AND NOT ${v}.date STARTS WITH '--'` +
  ` AND ($from IS NULL OR left(${v}.date, size($from)) >= left($from, size(${v}.date)))` +
  ` AND ($to IS NULL OR left(${v}.date, size($to)) <= left($to, size(${v}.date)))))`;

export interface FilterParams {
  readonly roles: readonly string[] | null;
  readonly from: string | null;
  readonly to: string | null;
}

export const filterParams = (f: FilterParams): Record<string, unknown> => ({
  roles: f.roles && f.roles.length > 0 ? [...f.roles] : null,
  from: f.from,
  to: f.to,
});
