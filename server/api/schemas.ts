// The API's zod schemas, one per request part and per response: they validate requests at the
// door (400 with the field and the reason), give the routes their types, and generate
// /api/openapi.json (openapi.ts). The client imports the response types from here (import type).
import * as z from 'zod';
import { LABEL_NAMES } from '../../vocab/labels.ts';
import { RELATION_TYPES, type RelationType } from '../../vocab/relations.ts';
import { APPEARANCE_ROLES, BYLINE_ROLES } from '../../vocab/roles.ts';
import { ERROR_STATUS } from './errors.ts';
import { API_LIMITS } from './limits.ts';
import { EXPORT_FORMATS } from '../export/meta.ts';

// ── building blocks ────────────────────────────────────────────────────────────────────────

const ROLES = [...APPEARANCE_ROLES, ...BYLINE_ROLES] as const;
/** The vocabulary's list as the non-empty tuple z.enum wants. */
const TYPES = RELATION_TYPES as unknown as readonly [RelationType, ...RelationType[]];

const EntityId = z.string().min(1).max(200).meta({ description: 'An entity id, e.g. per_3fb83af4aba42657', example: 'per_3fb83af4aba42657' });

/** A list in a query string: `a,b`, or the key repeated (`types=a&types=b`). */
function listParam<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(z.enum(values)))
    .meta({ description: `${description}: comma-separated, or the parameter repeated. One of ${values.join(', ')}.` });
}

const intParam = (min: number, max: number, fallback: number, description: string) =>
  z.coerce.number().int().min(min).max(max).default(fallback).meta({ description });

/** ISO prefix dates as the graph stores them: 2024, 2024-11, 2024-11-03. */
const DateParam = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u, 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD');

const RelationTypes = listParam(TYPES, 'Relationship types to follow');
const Roles = listParam(ROLES, 'Roles an APPEARED_AT or REPORTED edge must have (edges without a role pass)');

const dateRange = {
  from: DateParam.optional().meta({ description: 'Events on or after this date (ISO prefix); other nodes are not filtered' }),
  to: DateParam.optional().meta({ description: 'Events on or before this date (ISO prefix)' }),
};

/** from ≤ to, compared on the shorter prefix as the graph compares dates. */
function rangeInOrder(v: { from?: string | undefined; to?: string | undefined }): boolean {
  if (!v.from || !v.to) return true;
  const n = Math.min(v.from.length, v.to.length);
  return v.from.slice(0, n) <= v.to.slice(0, n);
}
const RANGE_ORDER = { message: 'from must not be after to', path: ['to'] };

// ── requests ───────────────────────────────────────────────────────────────────────────────

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(API_LIMITS.search.maxQueryChars)
    .meta({ description: 'Name, alias, part of a name (建慧), pinyin (zhangjianhui) or initials (zjh)' }),
  limit: intParam(1, API_LIMITS.search.maxLimit, API_LIMITS.search.limit, 'Most hits returned'),
  prefix: z.stringbool().default(false).meta({ description: 'Autocomplete: treat the last word as incomplete (zhangj finds zhangjianhui)' }),
});

export const IdParams = z.object({ id: EntityId });
export const PersonParams = z.object({ personId: EntityId });
export const EdgeParams = z.object({ edgeId: z.string().min(1).max(200).meta({ description: 'A relationship id, e.g. rel_d33d4521be94af88' }) });

const neighborhoodFields = {
  depth: z.enum(['1', '2']).default('1').transform((d) => (d === '2' ? 2 : 1) as 1 | 2).meta({ description: 'Hops from the entity' }),
  types: RelationTypes.optional(),
  roles: Roles.optional(),
  ...dateRange,
  limit: intParam(1, API_LIMITS.neighborhood.maxLimit, API_LIMITS.neighborhood.limit, 'Most nodes returned, the entity included'),
};
export const NeighborhoodQuery = z.object(neighborhoodFields).refine(rangeInOrder, RANGE_ORDER);

const pathFields = {
  from: EntityId.meta({ description: 'Entity id where the paths start' }),
  to: EntityId.meta({ description: 'Entity id where the paths end' }),
  maxHops: intParam(1, API_LIMITS.path.maxMaxHops, API_LIMITS.path.maxHops, 'Longest path searched for'),
  types: RelationTypes.optional(),
  limit: intParam(1, API_LIMITS.path.maxLimit, API_LIMITS.path.limit, 'Most shortest paths returned'),
};
const distinctEnds = (v: { from: string; to: string }): boolean => v.from !== v.to;
const DISTINCT_ENDS = { message: 'from and to must be different entities', path: ['to'] };
export const PathQuery = z.object(pathFields).refine(distinctEnds, DISTINCT_ENDS);

export const CoappearQuery = z.object({
  limit: intParam(1, API_LIMITS.coappear.maxLimit, API_LIMITS.coappear.limit, 'Most people returned'),
  events: intParam(1, API_LIMITS.coappear.maxEvents, API_LIMITS.coappear.events, 'Most shared events listed per person'),
  ...dateRange,
}).refine(rangeInOrder, RANGE_ORDER);

export const TimelineQuery = z.object({
  roles: Roles.optional(),
  ...dateRange,
  limit: intParam(1, API_LIMITS.timeline.maxLimit, API_LIMITS.timeline.limit, 'Most appearances returned'),
}).refine(rangeInOrder, RANGE_ORDER);

export const CypherBody = z.object({
  query: z.string().min(1).max(API_LIMITS.cypher.maxQueryChars).meta({ description: 'Read-only Cypher' }),
  params: z.record(z.string(), z.unknown()).default({}).meta({ description: 'Query parameters ($name); whole numbers are sent as integers' }),
  limit: z.number().int().min(1).max(API_LIMITS.cypher.maxRows).optional()
    .meta({ description: `Row cap, at most the server's (default ${API_LIMITS.cypher.maxRows})` }),
  timeoutMs: z.number().int().min(100).max(API_LIMITS.cypher.timeoutMs).optional()
    .meta({ description: `Timeout, at most the server's (default ${API_LIMITS.cypher.timeoutMs} ms)` }),
});

const Format = z.enum(EXPORT_FORMATS).meta({
  description: 'graphml (yEd, Gephi), gexf (Gephi, GEXF 1.3), csv (zip of nodes.csv and edges.csv), json (Cytoscape elements), cypher (script that recreates the selection), html (standalone interactive page)',
});
const CypherParamsJson = z.string().max(API_LIMITS.cypher.maxQueryChars).transform((text, ctx) => {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: 'expected a JSON object' });
  return z.NEVER;
}).meta({ description: 'Query parameters as a JSON object (source=cypher)' });

export const ExportQuery = z.discriminatedUnion('source', [
  z.object({ format: Format, source: z.literal('neighborhood'), id: EntityId, ...neighborhoodFields }).refine(rangeInOrder, RANGE_ORDER),
  z.object({ format: Format, source: z.literal('path'), ...pathFields }).refine(distinctEnds, DISTINCT_ENDS),
  z.object({
    format: Format,
    source: z.literal('cypher'),
    query: CypherBody.shape.query,
    params: CypherParamsJson.optional(),
  }),
]);

// ── responses ──────────────────────────────────────────────────────────────────────────────

export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [string, ...string[]]),
    message: z.string(),
    field: z.string().optional().meta({ description: 'The request field that was refused (400)' }),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

const Json = z.unknown().meta({ description: 'Any JSON value' });
export const NodeElement = z.object({
  group: z.literal('nodes'),
  data: z.object({
    id: z.string(),
    label: z.string().meta({ description: `Vocabulary label: ${LABEL_NAMES.join(', ')}` }),
    name: z.string(),
  }).catchall(Json).meta({ description: 'The stored properties beside id, label and name (article text and evidence sentences left out)' }),
});
export const EdgeElement = z.object({
  group: z.literal('edges'),
  data: z.object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    type: z.string().meta({ description: `Vocabulary relationship type: ${RELATION_TYPES.join(', ')}` }),
    evidenceCount: z.number().int().meta({ description: 'Sentences behind the edge; read them at /api/evidence/{edgeId}' }),
  }).catchall(Json),
});
export const Elements = z.object({ nodes: z.array(NodeElement), edges: z.array(EdgeElement) })
  .meta({ description: 'Cytoscape elements: pass to cy.add()' });

const Context = z.object({
  line: z.string().meta({ description: 'One line to show beside the name: 市委书记 · 周口市委' }),
  title: z.string().nullable(),
  organization: z.string().nullable(),
  place: z.string().nullable(),
  date: z.string().nullable(),
});

export const SearchResponse = z.object({
  query: z.string(),
  hits: z.array(z.object({
    id: z.string(),
    label: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    score: z.number(),
    exact: z.enum(['name', 'alias']).nullable(),
    context: Context,
  })),
});

export const EntityResponse = z.object({
  id: z.string(),
  label: z.string(),
  name: z.string(),
  properties: z.record(z.string(), Json),
  context: Context,
  degree: z.object({
    total: z.number().int(),
    byType: z.array(z.object({ type: z.enum(TYPES), direction: z.enum(['out', 'in']), count: z.number().int() })),
  }),
  appearances: z.object({ first: z.string().nullable(), last: z.string().nullable(), events: z.number().int() }),
});

const SubgraphFields = {
  elements: Elements,
  truncated: z.boolean().meta({ description: 'True when the cap left something out' }),
  total: z.number().int().meta({ description: 'Nodes within reach that pass the filters' }),
  omitted: z.number().int().meta({ description: 'Nodes within reach left out by the cap' }),
};
export const NeighborhoodResponse = z.object({ center: z.string(), ...SubgraphFields });
export const PathResponse = z.object({
  from: z.string(),
  to: z.string(),
  length: z.number().int().nullable().meta({ description: 'Hops of the shortest path; null when none within maxHops' }),
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  ...SubgraphFields,
});

const Ref = z.object({ id: z.string(), name: z.string() });
export const CoappearResponse = z.object({
  person: Ref,
  total: z.number().int(),
  truncated: z.boolean(),
  coappearances: z.array(z.object({
    person: z.object({ id: z.string(), name: z.string(), scope: z.string().nullable() }),
    count: z.number().int(),
    events: z.array(z.object({
      id: z.string(), name: z.string(), date: z.string().nullable(), kind: z.string().nullable(),
      role: z.string().nullable(), edge: z.string().nullable(), otherRole: z.string().nullable(), otherEdge: z.string().nullable(),
    })),
  })),
});

export const TimelineResponse = z.object({
  entity: z.object({ id: z.string(), label: z.string(), name: z.string() }),
  total: z.number().int(),
  truncated: z.boolean(),
  items: z.array(z.object({
    date: z.string().nullable(),
    event: z.object({ id: z.string(), name: z.string(), kind: z.string().nullable(), date: z.string().nullable() }),
    relation: z.string().nullable(),
    role: z.string().nullable(),
    edge: z.string().nullable(),
    places: z.array(Ref),
    organizations: z.array(Ref),
  })),
});

const EndRef = z.object({ id: z.string(), label: z.string(), name: z.string() });
export const EvidenceResponse = z.object({
  edge: z.object({
    id: z.string(),
    type: z.string(),
    source: EndRef,
    target: EndRef,
    properties: z.record(z.string(), Json),
  }),
  evidence: z.array(z.object({
    articleId: z.string(),
    sentence: z.string(),
    start: z.number().int().meta({ description: 'Offset in the page (UTF-16, end exclusive)' }),
    end: z.number().int(),
    articleStart: z.number().int().nullable().meta({ description: "Offset of the article's text in the page" }),
    title: z.string().nullable(),
    date: z.string().nullable(),
    source: z.string().nullable(),
    doc: z.string().nullable(),
  })),
});

export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(Json)).meta({
    description: 'Nodes: {"@type":"node",id,elementId,labels,properties}; relationships: {"@type":"relationship",id,elementId,type,source,target,properties}; paths: {"@type":"path",nodes,relationships}',
  }),
  truncated: z.boolean().meta({ description: 'More rows than the cap; the rest were not read' }),
  elements: Elements,
  notifications: z.array(z.object({ code: z.string(), title: z.string(), description: z.string() })),
});

export const HealthResponse = z.object({
  status: z.literal('ok'),
  neo4jVersion: z.string(),
  edition: z.string(),
  counts: z.record(z.string(), z.number().int()),
  loading: z.string().nullable(),
});

export type SearchResponse = z.output<typeof SearchResponse>;
export type EntityResponse = z.output<typeof EntityResponse>;
export type NeighborhoodResponse = z.output<typeof NeighborhoodResponse>;
export type PathResponse = z.output<typeof PathResponse>;
export type CoappearResponse = z.output<typeof CoappearResponse>;
export type TimelineResponse = z.output<typeof TimelineResponse>;
export type EvidenceResponse = z.output<typeof EvidenceResponse>;
export type CypherResponse = z.output<typeof CypherResponse>;
export type ErrorBody = z.output<typeof ErrorBody>;

// ── the route table: what openapi.ts documents ────────────────────────────────────────────

export interface RouteSpec {
  readonly method: 'get' | 'post';
  /** OpenAPI form: /api/entity/{id} */
  readonly path: string;
  readonly summary: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** JSON response; files name their content types instead. */
  readonly response?: z.ZodType;
  readonly files?: readonly string[];
  /** Needs the token when the server is not on loopback. */
  readonly token?: boolean;
  readonly errors: readonly (keyof typeof ERROR_STATUS)[];
}

const COMMON_ERRORS = ['bad-request', 'neo4j-unavailable', 'neo4j-busy', 'starting'] as const;

export const ROUTES: readonly RouteSpec[] = [
  { method: 'get', path: '/api/health', summary: 'Database version and node counts', response: HealthResponse, errors: ['neo4j-unavailable', 'neo4j-busy', 'starting'] },
  { method: 'get', path: '/api/search', summary: 'Full-text search over names, aliases and pinyin', query: SearchQuery, response: SearchResponse, errors: COMMON_ERRORS },
  { method: 'get', path: '/api/entity/{id}', summary: 'An entity: properties, degree by type, first and last appearance', params: IdParams, response: EntityResponse, errors: [...COMMON_ERRORS, 'not-found'] },
  { method: 'get', path: '/api/neighborhood/{id}', summary: 'The subgraph around an entity, filtered and capped', params: IdParams, query: NeighborhoodQuery, response: NeighborhoodResponse, errors: [...COMMON_ERRORS, 'not-found'] },
  { method: 'get', path: '/api/path', summary: 'Shortest paths between two entities, as a subgraph', query: PathQuery, response: PathResponse, errors: [...COMMON_ERRORS, 'not-found'] },
  { method: 'get', path: '/api/coappear/{personId}', summary: 'People who appeared at the same events', params: PersonParams, query: CoappearQuery, response: CoappearResponse, errors: [...COMMON_ERRORS, 'not-found'] },
  { method: 'get', path: '/api/timeline/{id}', summary: 'Appearances by date, with event, role and place', params: IdParams, query: TimelineQuery, response: TimelineResponse, errors: [...COMMON_ERRORS, 'not-found'] },
  { method: 'get', path: '/api/evidence/{edgeId}', summary: 'The sentences behind a relationship', params: EdgeParams, response: EvidenceResponse, errors: [...COMMON_ERRORS, 'not-found'] },
  { method: 'post', path: '/api/cypher', summary: 'Read-only Cypher: a table and graph elements', body: CypherBody, response: CypherResponse, token: true, errors: [...COMMON_ERRORS, 'unauthorized', 'query-rejected', 'query-failed', 'query-timeout', 'too-large'] },
  {
    method: 'get', path: '/api/export', summary: 'The selection (neighborhood, path or Cypher) as a file', query: ExportQuery, token: true,
    files: ['application/graphml+xml', 'application/gexf+xml', 'application/zip', 'application/json', 'text/plain', 'text/html'],
    errors: [...COMMON_ERRORS, 'unauthorized', 'not-found', 'query-rejected', 'query-failed', 'query-timeout'],
  },
  { method: 'get', path: '/api/openapi.json', summary: 'This document', errors: [] },
];
