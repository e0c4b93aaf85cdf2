// How two observations of one node or relationship combine. The rules here and the Cypher in
// statements.ts must agree, so that merging rows in memory before a batch and merging them in
// the database across batches give the same graph: a run cut into different batches (say, one
// resumed after a crash) ends where an uninterrupted run ends.
import { APPEARANCE_ROLES, BYLINE_ROLES } from '../../../vocab/roles.ts';

/** Strongest first: when two articles disagree about a role, the stronger claim is kept. */
export const ROLE_ORDER: readonly string[] = [...APPEARANCE_ROLES, ...BYLINE_ROLES];

export function strongerOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  const ia = ROLE_ORDER.indexOf(a);
  const ib = ROLE_ORDER.indexOf(b);
  if (ia < 0) return ib < 0 ? a : b;
  if (ib < 0) return a;
  return ia <= ib ? a : b;
}

/** `--MM-DD` means the year was not certain: any dated observation beats it. */
const yearless = (d: string): boolean => d.startsWith('--');

export function earlierDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  if (yearless(a) !== yearless(b)) return yearless(a) ? b : a;
  return b < a ? b : a;
}

export function laterDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  if (yearless(a) !== yearless(b)) return yearless(a) ? b : a;
  return b > a ? b : a;
}

/** The same rules as Cypher expressions over two property expressions (never over values). */
export const cypherRules = {
  earlierDate: (old: string, fresh: string): string =>
    `CASE WHEN ${old} IS NULL THEN ${fresh} WHEN ${fresh} IS NULL THEN ${old} ` +
    `WHEN ${old} STARTS WITH '--' AND NOT ${fresh} STARTS WITH '--' THEN ${fresh} ` +
    `WHEN ${fresh} STARTS WITH '--' AND NOT ${old} STARTS WITH '--' THEN ${old} ` +
    `WHEN ${fresh} < ${old} THEN ${fresh} ELSE ${old} END`,
  laterDate: (old: string, fresh: string): string =>
    `CASE WHEN ${old} IS NULL THEN ${fresh} WHEN ${fresh} IS NULL THEN ${old} ` +
    `WHEN ${old} STARTS WITH '--' AND NOT ${fresh} STARTS WITH '--' THEN ${fresh} ` +
    `WHEN ${fresh} STARTS WITH '--' AND NOT ${old} STARTS WITH '--' THEN ${old} ` +
    `WHEN ${fresh} > ${old} THEN ${fresh} ELSE ${old} END`,
  /** $roleOrder is ROLE_ORDER passed as a parameter. */
  strongerRole: (old: string, fresh: string): string =>
    `coalesce([x IN $roleOrder WHERE x = ${old} OR x = ${fresh}][0], ${old}, ${fresh})`,
  larger: (old: string, fresh: string): string =>
    `CASE WHEN ${old} IS NULL OR ${fresh} > ${old} THEN ${fresh} ELSE ${old} END`,
} as const;
