// GET /api/entity/:id: properties, degree by relationship type, first and last appearance.
import { Router } from 'express';
import type { GraphSource } from '../../app.ts';
import { readEntity } from '../../graph/queries/entity.ts';
import { currentGraph } from '../graph-source.ts';
import { sendResult } from '../respond.ts';
import { IdParams } from '../schemas.ts';
import { validate } from '../validate.ts';

export function entityRouter(source: GraphSource): Router {
  const router = Router();
  router.get('/entity/:id', async (req, res) => {
    const params = validate(IdParams, req.params, res, 'id');
    if (!params) return;
    const graph = currentGraph(source, res);
    if (!graph) return;
    sendResult(res, await readEntity(graph, params.id));
  });
  return router;
}
