// GET /api/evidence/:edgeId: the sentences behind a relationship, with their articles.
import { Router } from 'express';
import type { GraphSource } from '../../app.ts';
import { readEvidence } from '../../graph/queries/evidence.ts';
import { currentGraph } from '../graph-source.ts';
import { sendResult } from '../respond.ts';
import { EdgeParams } from '../schemas.ts';
import { validate } from '../validate.ts';

export function evidenceRouter(source: GraphSource): Router {
  const router = Router();
  router.get('/evidence/:edgeId', async (req, res) => {
    const params = validate(EdgeParams, req.params, res, 'edgeId');
    if (!params) return;
    const graph = currentGraph(source, res);
    if (!graph) return;
    sendResult(res, await readEvidence(graph, params.edgeId));
  });
  return router;
}
