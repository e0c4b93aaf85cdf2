// Error codes of the API and the HTTP status each maps to: one table, used by every route.
import type { ErrorRequestHandler, Response } from 'express';
import { isUnavailable } from '../graph/driver.ts';
import { isBusy } from '../graph/queries/read.ts';

export const ERROR_STATUS = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'too-large': 413,
  'query-rejected': 422,
  /** Neo4j refused the console's query: syntax, unknown procedure, type error. The user's to fix. */
  'query-failed': 400,
  'query-timeout': 504,
  'neo4j-unavailable': 503,
  /** Neo4j is up but out of threads or memory for now; the client may retry shortly (Retry-After). */
  'neo4j-busy': 503,
  starting: 503,
  internal: 500,
} as const;

export type ApiErrorCode = keyof typeof ERROR_STATUS;

export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

export interface ApiErrorBody {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly field?: string;
    readonly issues?: readonly FieldIssue[];
  };
}

export function sendError(res: Response, code: ApiErrorCode, message: string, field?: string, issues?: readonly FieldIssue[]): void {
  const body: ApiErrorBody = { error: { code, message, ...(field ? { field } : {}), ...(issues ? { issues } : {}) } };
  res.status(ERROR_STATUS[code]).json(body);
}

export function isApiErrorCode(code: string): code is ApiErrorCode {
  return Object.hasOwn(ERROR_STATUS, code);
}

/** A query's expected failure, sent with the status of its code (codes the table lacks are bugs: 500). */
export function sendFailure(res: Response, error: { readonly code: string; readonly message: string }): void {
  if (isApiErrorCode(error.code)) sendError(res, error.code, error.message);
  else {
    console.error(`newsgraph: query failed with a code the API does not know: ${error.code}: ${error.message}`);
    sendError(res, 'internal', 'internal error; the server log has the details');
  }
}

/** The last handler: a database that went away is 503 with a clear message; anything else is a bug (500). */
export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (isUnavailable(error)) {
    sendError(res, 'neo4j-unavailable', 'Neo4j is not reachable right now; NewsGraph retries on the next request.');
    return;
  }
  if (isBusy(error)) {
    res.set('Retry-After', '1');
    sendError(res, 'neo4j-busy', 'Neo4j is busy right now; try again in a moment.');
    return;
  }
  const status = (error as { status?: unknown; type?: unknown } | null)?.status;
  if (status === 413) {
    sendError(res, 'too-large', 'request body too large');
    return;
  }
  if (status === 400) {
    // express.json() on a body that is not JSON.
    sendError(res, 'bad-request', error instanceof Error ? error.message : 'malformed request', 'body');
    return;
  }
  console.error('newsgraph: unexpected error', error);
  sendError(res, 'internal', 'internal error; the server log has the details');
};
