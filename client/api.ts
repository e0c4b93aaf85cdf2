// The only door to the server: typed fetches of the NewsGraph API. Response types come from
// server/api/schemas.ts (type-only import); failures come back as values with the API's error
// code ('not-found', 'query-rejected', …), or 'network' when the server does not answer and
// 'aborted' when a newer request replaced this one. Nothing here touches the DOM.
import type * as z from 'zod';
import type {
  CoappearResponse, CypherResponse, EntityResponse, EvidenceResponse, HealthResponse as HealthSchema,
  NeighborhoodResponse, PathResponse, SearchResponse, TimelineResponse,
} from '../server/api/schemas.ts';

export type {
  CoappearResponse, CypherResponse, EntityResponse, EvidenceResponse, NeighborhoodResponse, PathResponse, SearchResponse, TimelineResponse,
};
export type HealthResponse = z.output<typeof HealthSchema>;
export type Elements = NeighborhoodResponse['elements'];
export type NodeElement = Elements['nodes'][number];
export type EdgeElement = Elements['edges'][number];
export type SearchHit = SearchResponse['hits'][number];

export interface ApiError {
  /** The API's code (server/api/errors.ts), or network / aborted / bad-response from this side. */
  readonly code: string;
  readonly message: string;
  /** HTTP status; 0 when there was no answer. */
  readonly status: number;
  readonly field?: string;
}

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/** Where the API lives: the page's own origin, as the server serves both. */
const BASE = '/api';

const TOKEN_KEY = 'newsgraph.token';
let token: string | null = null;

/** The access token for the Cypher console and exports on a server off loopback (kept for the tab). */
export function setToken(value: string | null, storage: Storage | null = globalThis.sessionStorage ?? null): void {
  token = value?.trim() || null;
  if (storage) {
    if (token) storage.setItem(TOKEN_KEY, token);
    else storage.removeItem(TOKEN_KEY);
  }
}

export function loadToken(storage: Storage | null = globalThis.sessionStorage ?? null): void {
  token = storage?.getItem(TOKEN_KEY) ?? null;
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return token ? { ...extra, authorization: `Bearer ${token}` } : extra;
}

function failure(code: string, message: string, status: number, field?: string): ApiResult<never> {
  return { ok: false, error: { code, message, status, ...(field ? { field } : {}) } };
}

async function send(path: string, init: RequestInit): Promise<Response | ApiResult<never>> {
  try {
    return await fetch(`${BASE}${path}`, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return failure('aborted', 'replaced by a newer request', 0);
    return failure('network', error instanceof Error ? error.message : String(error), 0);
  }
}

async function errorOf(res: Response): Promise<ApiResult<never>> {
  try {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown; field?: unknown } };
    const e = body.error;
    if (e && typeof e.code === 'string') {
      return failure(e.code, typeof e.message === 'string' ? e.message : res.statusText, res.status, typeof e.field === 'string' ? e.field : undefined);
    }
  } catch {
    // Not JSON: a proxy's error page, say. Fall through to the status line.
  }
  return failure(res.status === 502 || res.status === 504 ? 'network' : 'http', `${res.status} ${res.statusText}`, res.status);
}

async function json<T>(path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  const res = await send(path, { ...init, headers: headers({ accept: 'application/json', ...(init.headers as Record<string, string> | undefined) }) });
  if (!(res instanceof Response)) return res;
  if (!res.ok) return errorOf(res);
  try {
    return { ok: true, value: (await res.json()) as T };
  } catch (error) {
    return failure('bad-response', `the server's answer is not JSON (${String(error)})`, res.status);
  }
}

type Params = Readonly<Record<string, string | number | boolean | null | undefined>>;

function query(params: Params): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

const enc = encodeURIComponent;

export const api = {
  health: (): Promise<ApiResult<HealthResponse>> => json('/health'),

  search: (q: string, options: { limit?: number; prefix?: boolean; signal?: AbortSignal } = {}): Promise<ApiResult<SearchResponse>> =>
    json(`/search${query({ q, limit: options.limit, prefix: options.prefix })}`, options.signal ? { signal: options.signal } : {}),

  entity: (id: string): Promise<ApiResult<EntityResponse>> => json(`/entity/${enc(id)}`),

  neighborhood: (id: string, params: Params = {}): Promise<ApiResult<NeighborhoodResponse>> =>
    json(`/neighborhood/${enc(id)}${query(params)}`),

  path: (from: string, to: string, maxHops: number): Promise<ApiResult<PathResponse>> =>
    json(`/path${query({ from, to, maxHops })}`),

  coappear: (personId: string, params: Params = {}): Promise<ApiResult<CoappearResponse>> =>
    json(`/coappear/${enc(personId)}${query(params)}`),

  timeline: (id: string): Promise<ApiResult<TimelineResponse>> => json(`/timeline/${enc(id)}`),

  evidence: (edgeId: string): Promise<ApiResult<EvidenceResponse>> => json(`/evidence/${enc(edgeId)}`),

  cypher: (q: string, params: Record<string, unknown> = {}): Promise<ApiResult<CypherResponse>> =>
    json('/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, params }) }),

  /** The console's row cap and timeout, read from the OpenAPI document (the server's own numbers). */
  async cypherLimits(): Promise<ApiResult<{ rows: number; timeoutMs: number }>> {
    const r = await json<unknown>('/openapi.json');
    if (!r.ok) return r;
    const props = (r.value as {
      paths?: Record<string, { post?: { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, { maximum?: unknown }> } }> } } }>;
    }).paths?.['/api/cypher']?.post?.requestBody?.content?.['application/json']?.schema?.properties;
    const rows = props?.limit?.maximum;
    const timeoutMs = props?.timeoutMs?.maximum;
    if (typeof rows !== 'number' || typeof timeoutMs !== 'number') return failure('bad-response', 'the API document does not state the console limits', 200);
    return { ok: true, value: { rows, timeoutMs } };
  },

  /** GET /api/export as a file: the bytes and the name the server gave it. */
  async exportFile(params: Params): Promise<ApiResult<{ blob: Blob; fileName: string }>> {
    const res = await send(`/export${query(params)}`, { headers: headers() });
    if (!(res instanceof Response)) return res;
    if (!res.ok) return errorOf(res);
    const disposition = res.headers.get('content-disposition') ?? '';
    const star = /filename\*=UTF-8''([^;]+)/iu.exec(disposition)?.[1];
    const plain = /filename="?([^";]+)"?/iu.exec(disposition)?.[1];
    const fileName = star ? decodeURIComponent(star) : plain ?? `newsgraph-export.${String(params.format ?? 'dat')}`;
    return { ok: true, value: { blob: await res.blob(), fileName } };
  },
};
