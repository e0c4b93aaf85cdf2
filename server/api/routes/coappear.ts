// GET /api/coappear/:personId?limit=&events=&from=&to=: people who appeared at the same events.
import { Router } from 'express';
import { labelOfId } from '../../../vocab/ids.ts';
import type { GraphSource } from '../../app.ts';
import { readCoappearances } from '../../graph/queries/coappear.ts';
import { sendError } from '../errors.ts';
import { currentGraph } from '../graph-source.ts';
import { sendResult } from '../respond.ts';
import { CoappearQuery, PersonParams } from '../schemas.ts';
import { validate } from '../validate.ts';

export function coappearRouter(source: GraphSource): Router {
  const router = Router();
  router.get('/coappear/:personId', async (req, res) => {
    const params = validate(PersonParams, req.params, res, 'personId');
    const query = params && validate(CoappearQuery, req.query, res, 'query');
    if (!params || !query) return;
    if (labelOfId(params.personId) !== 'Person') {
      sendError(res, 'not-found', `no person with id ${params.personId}`, 'personId');
      return;
    }
    const graph = currentGraph(source, res);
    if (!graph) return;
    sendResult(res, await readCoappearances(graph, params.personId, {
      limit: query.limit, events: query.events, from: query.from ?? null, to: query.to ?? null,
    }));
  });
  return router;
}
