// GET /api/path?from=&to=&maxHops=&types=&limit=: shortest paths between two entities.
import { Router } from 'express';
import type { GraphSource } from '../../app.ts';
import { readPaths } from '../../graph/queries/path.ts';
import { currentGraph } from '../graph-source.ts';
import { sendResult } from '../respond.ts';
import { PathQuery } from '../schemas.ts';
import { validate } from '../validate.ts';

export function pathRouter(source: GraphSource): Router {
  const router = Router();
  router.get('/path', async (req, res) => {
    const query = validate(PathQuery, req.query, res, 'query');
    if (!query) return;
    const graph = currentGraph(source, res);
    if (!graph) return;
    sendResult(res, await readPaths(graph, query.from, query.to, {
      maxHops: query.maxHops, types: query.types ?? null, limit: query.limit, detail: 'brief',
    }));
  });
  return router;
}
