// The graph a route works on, or a 503 while Neo4j is still starting (main.ts listens before
// Neo4j is up, so the page can say so).
import type { Response } from 'express';
import type { GraphSource } from '../app.ts';
import type { Graph } from '../graph/driver.ts';
import { sendError } from './errors.ts';

export function currentGraph(source: GraphSource, res: Response): Graph | undefined {
  const graph = source.current();
  if (graph) return graph;
  sendError(res, 'starting', `NewsGraph is starting: ${source.status()}`);
  return undefined;
}
