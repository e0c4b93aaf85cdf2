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

/** The fields of a query schema: an object's shape, or every option's of a discriminated union. */
function queryFields(schema: z.ZodType): { shape: Record<string, z.ZodType>; required: (key: string) => boolean } {
  const def = (schema as unknown as { def: { type: string; options?: z.ZodType[] } }).def;
  const objects: z.ZodObject[] = def.type === 'union' && def.options
    ? (def.options as unknown as z.ZodObject[]).map(unwrap)
    : [unwrap(schema)];
  const shape: Record<string, z.ZodType> = {};
  for (const o of objects) for (const [k, v] of Object.entries(o.shape)) shape[k] ??= v as z.ZodType;
  const required = (key: string): boolean =>
    objects.every((o) => {
      const field = o.shape[key] as z.ZodType | undefined;
      return field !== undefined && !field.safeParse(undefined).success;
    });
  return { shape, required };
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
    const { shape, required } = queryFields(route.query);
    for (const [name, field] of Object.entries(shape)) {
      const schema = jsonSchema(field, 'input');
      const description = typeof schema.description === 'string' ? schema.description : undefined;
      out.push({ name, in: 'query', required: required(name), ...(description ? { description } : {}), schema });
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
