// createApp({ graph }): the Express app without a listener, so tests drive it against the real
// test Neo4j and main.ts decides where it listens. Owns middleware order; routes live in api/routes/.
import express, { type Express } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Graph } from './graph/driver.ts';
import { REPO_ROOT } from './config.ts';
import { errorHandler, sendError } from './api/errors.ts';
import { healthRouter } from './api/routes/health.ts';

/** Where routes get the graph: it may not exist yet while Neo4j starts, so they ask each time. */
export interface GraphSource {
  current(): Graph | null;
  /** A line for users: 'starting Neo4j…', 'loading seeds…', 'ready'. */
  status(): string;
}

export interface AppOptions {
  readonly graph: Graph | GraphSource;
  /** Built client to serve at /; defaults to client/dist, else the unbuilt client/ folder. */
  readonly clientDir?: string;
}

function isGraph(value: Graph | GraphSource): value is Graph {
  return 'driver' in value;
}

export function toGraphSource(graph: Graph | GraphSource): GraphSource {
  return isGraph(graph) ? { current: () => graph, status: () => 'ready' } : graph;
}

function defaultClientDir(): string {
  const built = path.join(REPO_ROOT, 'client', 'dist');
  return existsSync(path.join(built, 'index.html')) ? built : path.join(REPO_ROOT, 'client');
}

export function createApp(options: AppOptions): Express {
  const source = toGraphSource(options.graph);
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:', 'blob:'] } } }));
  app.use(express.json({ limit: '256kb' }));
  app.use('/api', healthRouter(source));
  app.use('/api', (_req, res) => sendError(res, 'not-found', 'no such API route; see /api/health'));
  app.use(express.static(options.clientDir ?? defaultClientDir(), { index: 'index.html' }));
  app.use(errorHandler);
  return app;
}
