// GET /api/neighborhood/:id?depth=&types=&roles=&from=&to=&limit=: the subgraph around an entity.
import { Router } from 'express';
import type { GraphSource } from '../../app.ts';
import { readNeighborhood } from '../../graph/queries/neighborhood.ts';
import { currentGraph } from '../graph-source.ts';
import { sendResult } from '../respond.ts';
import { IdParams, NeighborhoodQuery } from '../schemas.ts';
import { validate } from '../validate.ts';

export function neighborhoodRouter(source: GraphSource): Router {
  const router = Router();
  router.get('/neighborhood/:id', async (req, res) => {
    const params = validate(IdParams, req.params, res, 'id');
    const query = params && validate(NeighborhoodQuery, req.query, res, 'query');
    if (!params || !query) return;
    const graph = currentGraph(source, res);
    if (!graph) return;
    sendResult(res, await readNeighborhood(graph, params.id, {
      depth: query.depth,
      types: query.types ?? null,
      roles: query.roles ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      limit: query.limit,
      detail: 'brief',
    }));
  });
  return router;
}
