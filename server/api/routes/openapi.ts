// GET /api/openapi.json: the API described from its own zod schemas.
import { Router } from 'express';
import { openApiDocument } from '../openapi.ts';

export function openApiRouter(): Router {
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  return router;
}
