// GET /api/health: is the database there, which version, how much is loaded.
import { Router } from 'express';
import { readGraphHealth } from '../../graph/queries/health.ts';
import type { GraphSource } from '../../app.ts';
import { currentGraph } from '../graph-source.ts';

export function healthRouter(source: GraphSource): Router {
  const router = Router();
  router.get('/health', async (_req, res, next) => {
    const graph = currentGraph(source, res);
    if (!graph) return;
    try {
      const health = await readGraphHealth(graph);
      res.json({ status: 'ok', ...health, loading: source.status() === 'ready' ? null : source.status() });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
