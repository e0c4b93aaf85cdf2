// The token that guards the Cypher console and exports when NewsGraph listens beyond loopback
// (config.ts refuses to start there without NEWSGRAPH_TOKEN). Sent as `Authorization: Bearer …`
// or, for download links the browser opens itself, as `?token=…`.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { sendError } from './errors.ts';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Passes everything when token is null (loopback); otherwise a 401 without the right token. */
export function requireToken(token: string | null): RequestHandler {
  if (token === null) return (_req, _res, next) => next();
  // Compare digests: equal length, so timingSafeEqual never throws and the length does not leak.
  const expected = digest(token);
  return (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const bearer = /^Bearer\s+(.+)$/iu.exec(header)?.[1]?.trim();
    const query = typeof req.query.token === 'string' ? req.query.token : undefined;
    const given = bearer ?? query;
    if (given !== undefined && timingSafeEqual(digest(given), expected)) {
      next();
      return;
    }
    res.set('WWW-Authenticate', 'Bearer realm="newsgraph"');
    sendError(res, 'unauthorized', given === undefined
      ? 'this server is not on loopback: the Cypher console and exports need the token (Authorization: Bearer <NEWSGRAPH_TOKEN>, or ?token=)'
      : 'wrong token');
  };
}
