// The OpenAPI 3.1 document of the API, generated from the zod schemas that validate the requests
// (schemas.ts, ROUTES), so the document cannot drift from what the server accepts. JSON Schema
// 2020-12, which is what OpenAPI 3.1 speaks, is zod's default target.
import * as z from 'zod';
import { ERROR_STATUS, type ApiErrorCode } from './errors.ts';
import { ErrorBody, ROUTES, type RouteSpec } from './schemas.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

interface QueryField {
  readonly schema: JsonSchema;
  readonly required: boolean;
  readonly description?: string;
}

/** The literal an option of a discriminated union is chosen by (source=neighborhood), for descriptions. */
function discriminant(o: z.ZodObject): string | null {
  const source = o.shape.source as z.ZodType | undefined;
  const values = (source as unknown as { def?: { values?: unknown[] } } | undefined)?.def?.values;
  return Array.isArray(values) && typeof values[0] === 'string' ? `source=${values[0]}` : null;
}

/**
 * The query parameters of a schema: an object's fields, or, for a discriminated union, every
 * option's, required only when every option requires it. A name whose meaning differs between
 * options (from: a date for neighborhood, an entity id for path) gets each schema under anyOf.
 */
function queryFields(schema: z.ZodType): Map<string, QueryField> {
  const def = (schema as unknown as { def: { type: string; options?: z.ZodType[] } }).def;
  const objects: z.ZodObject[] = def.type === 'union' && def.options
    ? (def.options as unknown as z.ZodObject[]).map(unwrap)
    : [unwrap(schema)];
  const seen = new Map<string, { schemas: Map<string, JsonSchema>; notes: Map<string, string[]> }>();
  for (const o of objects) {
    for (const [key, field] of Object.entries(o.shape)) {
      const json = jsonSchema(field as z.ZodType, 'input');
      const entry = seen.get(key) ?? { schemas: new Map<string, JsonSchema>(), notes: new Map<string, string[]>() };
      entry.schemas.set(JSON.stringify(json), json);
      if (typeof json.description === 'string') {
        entry.notes.set(json.description, [...(entry.notes.get(json.description) ?? []), discriminant(o) ?? '']);
      }
      seen.set(key, entry);
    }
  }
  const fields = new Map<string, QueryField>();
  for (const [key, { schemas, notes }] of seen) {
    const required = objects.every((o) => {
      const field = o.shape[key] as z.ZodType | undefined;
      return field !== undefined && !field.safeParse(undefined).success;
    });
    // One description said once; different ones each with the option it belongs to.
    const description = notes.size <= 1
      ? [...notes.keys()][0]
      : [...notes].map(([text, where]) => `${where.join(', ')}: ${text}`).join('; ');
    fields.set(key, { schema: merged([...schemas.values()]), required, ...(description ? { description } : {}) });
  }
  return fields;
}

/** One schema; several string constants as one enum; otherwise anyOf. */
function merged(schemas: readonly JsonSchema[]): JsonSchema {
  if (schemas.length === 1) return schemas[0] as JsonSchema;
  if (schemas.every((x) => x.type === 'string' && typeof x.const === 'string')) {
    return { type: 'string', enum: schemas.map((x) => x.const) };
  }
  return { anyOf: [...schemas] };
}

/** A refined object (z.object(...).refine(...)) is still the object underneath. */
function unwrap(schema: z.ZodType): z.ZodObject {
  if (schema instanceof z.ZodObject) return schema;
  const inner = (schema as unknown as { def: { in?: z.ZodType; innerType?: z.ZodType; schema?: z.ZodType } }).def;
  const next = inner.in ?? inner.innerType ?? inner.schema;
  if (!next) throw new Error('server/api/openapi: a query schema must be an object');
  return unwrap(next);
}

function parameters(route: RouteSpec): JsonSchema[] {
  const out: JsonSchema[] = [];
  if (route.params) {
    for (const [name, field] of Object.entries(route.params.shape)) {
      out.push({ name, in: 'path', required: true, schema: jsonSchema(field as z.ZodType, 'input') });
    }
  }
  if (route.query) {
    for (const [name, field] of queryFields(route.query)) {
      out.push({ name, in: 'query', required: field.required, ...(field.description ? { description: field.description } : {}), schema: field.schema });
    }
  }
  if (route.token) {
    out.push({ name: 'token', in: 'query', required: false, description: 'NEWSGRAPH_TOKEN, for links the browser opens itself; or send Authorization: Bearer', schema: { type: 'string' } });
  }
  return out;
}

function responses(route: RouteSpec): JsonSchema {
  const out: JsonSchema = {};
  if (route.response) {
    out['200'] = { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } };
  } else if (route.files) {
    out['200'] = {
      description: 'The file, with Content-Disposition: attachment; filename=…',
      content: Object.fromEntries(route.files.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    };
  } else {
    out['200'] = { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } };
  }
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of route.errors) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    out[String(status)] = { description: `error.code: ${codes.join(', ')}`, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  }
  return out;
}

let cached: JsonSchema | null = null;

export function openApiDocument(): JsonSchema {
  if (cached) return cached;
  const paths: Record<string, JsonSchema> = {};
  for (const route of ROUTES) {
    const operation: JsonSchema = {
      summary: route.summary,
      operationId: `${route.method}${route.path.replace(/^\/api/u, '').replace(/[{}]/gu, '').replace(/[^A-Za-z0-9]+(.)?/gu, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      parameters: parameters(route),
      responses: responses(route),
      ...(route.token ? { security: [{}, { bearer: [] }] } : {}),
    };
    if (route.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } };
    }
    paths[route.path] = { ...(paths[route.path] ?? {}), [route.method]: operation };
  }
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'NewsGraph API',
      version: '0.1.0',
      description: 'Who appeared at what: search, subgraphs, paths, timelines, evidence, read-only Cypher and exports over the NewsGraph Neo4j graph. ' +
        'Graphs are Cytoscape elements. The token is needed for /api/cypher and /api/export only when the server listens beyond loopback.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: { Error: jsonSchema(ErrorBody, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'NEWSGRAPH_TOKEN' } },
    },
  };
  return cached;
}
