// The closed word lists of the domain: appearance roles, byline roles, place levels,
// organization and event kinds. Every other module imports these; none retypes them.

/** How a person took part in an event; ordered from strongest to weakest claim. */
export const APPEARANCE_ROLES = ['presided', 'spoke', 'inspected', 'met', 'attended', 'other'] as const;
export type AppearanceRole = (typeof APPEARANCE_ROLES)[number];

/** When one person gets two roles at one event, the stronger one is kept (presides and speaks: presided). */
export function strongerRole(a: AppearanceRole, b: AppearanceRole): AppearanceRole {
  return APPEARANCE_ROLES.indexOf(a) <= APPEARANCE_ROLES.indexOf(b) ? a : b;
}

/** What a byline says a person did for an article. */
export const BYLINE_ROLES = ['reporter', 'correspondent', 'photographer'] as const;
export type BylineRole = (typeof BYLINE_ROLES)[number];

/** Administrative levels of GB/T 2260, plus `other` for rivers, parks and the like. */
export const PLACE_LEVELS = ['country', 'province', 'city', 'county', 'town', 'village', 'other'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export const ORGANIZATION_KINDS = [
  'party', 'government', 'congress', 'court', 'company', 'association', 'media', 'school', 'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const EVENT_KINDS = ['meeting', 'inspection', 'talks', 'ceremony', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Type guard for values read from outside (HTTP parameters, JSON files). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
