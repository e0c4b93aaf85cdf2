// createApp({ graph }): the Express app without a listener, so tests drive it against the real
// test Neo4j and main.ts decides where it listens. Owns middleware order and which routers are
// mounted; routes live in api/routes/, their Cypher in graph/queries/.
import express, { type Express } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Graph } from './graph/driver.ts';
import { REPO_ROOT, isLoopback } from './config.ts';
import { errorHandler, sendError } from './api/errors.ts';
import { API_LIMITS, type CypherLimits } from './api/limits.ts';
import { coappearRouter } from './api/routes/coappear.ts';
import { cypherRouter } from './api/routes/cypher.ts';
import { entityRouter } from './api/routes/entity.ts';
import { evidenceRouter } from './api/routes/evidence.ts';
import { exportRouter } from './api/routes/export.ts';
import { healthRouter } from './api/routes/health.ts';
import { neighborhoodRouter } from './api/routes/neighborhood.ts';
import { openApiRouter } from './api/routes/openapi.ts';
import { pathRouter } from './api/routes/path.ts';
import { searchRouter } from './api/routes/search.ts';
import { timelineRouter } from './api/routes/timeline.ts';

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
  /**
   * NEWSGRAPH_TOKEN: when set, the Cypher console and exports require it (Authorization: Bearer,
   * or ?token=). main.ts passes config.token, which config.ts makes mandatory off loopback.
   */
  readonly token?: string | null;
  /** The address the app will listen on; off loopback, createApp refuses to build without a token. */
  readonly host?: string;
  /** Timeout and row cap of the Cypher console (and of Cypher exports); API_LIMITS.cypher by default. */
  readonly cypher?: Partial<CypherLimits>;
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
  const token = options.token?.trim() || null;
  if (options.host !== undefined && !isLoopback(options.host) && token === null) {
    // config.ts already refuses this; a second check where the console is mounted costs nothing.
    throw new Error(`newsgraph: createApp: host ${options.host} is not loopback, so the Cypher console needs a token`);
  }
  const cypher: CypherLimits = {
    timeoutMs: options.cypher?.timeoutMs ?? API_LIMITS.cypher.timeoutMs,
    maxRows: options.cypher?.maxRows ?? API_LIMITS.cypher.maxRows,
  };
  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          // NewsGraph serves plain HTTP (behind TLS only if a proxy adds it): upgrading the page's
          // own requests to https would leave a blank page on a LAN address.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(express.json({ limit: '256kb' }));
  app.use('/api', healthRouter(source));
  app.use('/api', searchRouter(source));
  app.use('/api', entityRouter(source));
  app.use('/api', neighborhoodRouter(source));
  app.use('/api', pathRouter(source));
  app.use('/api', coappearRouter(source));
  app.use('/api', timelineRouter(source));
  app.use('/api', evidenceRouter(source));
  app.use('/api', cypherRouter(source, token, cypher));
  app.use('/api', exportRouter(source, token, cypher));
  app.use('/api', openApiRouter());
  app.use('/api', (_req, res) => sendError(res, 'not-found', 'no such API route; see /api/health'));
  app.use(express.static(options.clientDir ?? defaultClientDir(), { index: 'index.html' }));
  app.use(errorHandler);
  return app;
}
