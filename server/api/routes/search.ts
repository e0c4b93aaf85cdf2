// GET /api/search?q=&limit=&prefix=: full-text search over names, aliases and pinyin.
import { Router } from 'express';
import type { GraphSource } from '../../app.ts';
import { searchEntities } from '../../graph/queries/search.ts';
import { currentGraph } from '../graph-source.ts';
import { SearchQuery } from '../schemas.ts';
import { validate } from '../validate.ts';

export function searchRouter(source: GraphSource): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const query = validate(SearchQuery, req.query, res, 'query');
    if (!query) return;
    const graph = currentGraph(source, res);
    if (!graph) return;
    res.json(await searchEntities(graph, query.q, { limit: query.limit, prefix: query.prefix }));
  });
  return router;
}
