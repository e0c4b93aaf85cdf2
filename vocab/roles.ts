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

/** Chinese words for every value of the lists above, for interfaces and exports. */
export const ZH_WORDS: Readonly<Record<AppearanceRole | BylineRole | EventKind | OrganizationKind | PlaceLevel, string>> = {
  presided: '主持', spoke: '讲话', inspected: '调研', met: '会见', attended: '出席', other: '其他',
  reporter: '记者', correspondent: '通讯员', photographer: '摄影',
  meeting: '会议', inspection: '调研', talks: '会谈', ceremony: '仪式',
  party: '党委', government: '政府', congress: '人大', court: '法院', company: '企业', association: '协会', media: '媒体', school: '学校',
  country: '国家', province: '省', city: '市', county: '县区', town: '乡镇', village: '村',
};

const ZH_BY_VALUE: ReadonlyMap<string, string> = new Map(Object.entries(ZH_WORDS));

/** The Chinese word for a value read from outside (element data, URLs), when it is one of ours. */
export function zhWord(value: string): string | undefined {
  return ZH_BY_VALUE.get(value);
}
