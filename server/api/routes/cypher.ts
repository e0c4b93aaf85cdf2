// POST /api/cypher {query, params?, limit?, timeoutMs?}: the read-only Cypher console. Behind the
// token when the server is not on loopback; the checks themselves live in graph/cypher-guard.ts
// and graph/queries/cypher.ts.
import { Router } from 'express';
import type { GraphSource } from '../../app.ts';
import { runReadOnlyCypher } from '../../graph/queries/cypher.ts';
import { requireToken } from '../auth.ts';
import { currentGraph } from '../graph-source.ts';
import type { CypherLimits } from '../limits.ts';
import { sendResult } from '../respond.ts';
import { CypherBody } from '../schemas.ts';
import { validate } from '../validate.ts';

export function cypherRouter(source: GraphSource, token: string | null, limits: CypherLimits): Router {
  const router = Router();
  router.post('/cypher', requireToken(token), async (req, res) => {
    const body = validate(CypherBody, req.body, res, 'body');
    if (!body) return;
    const graph = currentGraph(source, res);
    if (!graph) return;
    sendResult(res, await runReadOnlyCypher(graph, body.query, body.params, {
      timeoutMs: Math.min(body.timeoutMs ?? limits.timeoutMs, limits.timeoutMs),
      maxRows: Math.min(body.limit ?? limits.maxRows, limits.maxRows),
      detail: 'brief',
    }));
  });
  return router;
}
