// GET /api/timeline/:id?roles=&from=&to=&limit=: appearances by date, with event, role and place.
import { Router } from 'express';
import type { GraphSource } from '../../app.ts';
import { readTimeline } from '../../graph/queries/timeline.ts';
import { currentGraph } from '../graph-source.ts';
import { sendResult } from '../respond.ts';
import { IdParams, TimelineQuery } from '../schemas.ts';
import { validate } from '../validate.ts';

export function timelineRouter(source: GraphSource): Router {
  const router = Router();
  router.get('/timeline/:id', async (req, res) => {
    const params = validate(IdParams, req.params, res, 'id');
    const query = params && validate(TimelineQuery, req.query, res, 'query');
    if (!params || !query) return;
    const graph = currentGraph(source, res);
    if (!graph) return;
    sendResult(res, await readTimeline(graph, params.id, {
      roles: query.roles ?? null, from: query.from ?? null, to: query.to ?? null, limit: query.limit,
    }));
  });
  return router;
}
