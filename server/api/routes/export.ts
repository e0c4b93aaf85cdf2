// GET /api/export?format=&source=neighborhood|path|cypher&…: the current selection as a file.
// The selection is read with every stored property (evidence sentences, article text), unlike the
// explorer's brief elements; the writers in server/export turn it into bytes. Behind the token
// when the server is not on loopback.
import { Router, type Response } from 'express';
import type * as z from 'zod';
import { fail, ok, type Result } from '../../../vocab/result.ts';
import type { GraphSource } from '../../app.ts';
import type { Graph } from '../../graph/driver.ts';
import { runReadOnlyCypher } from '../../graph/queries/cypher.ts';
import { readNeighborhood } from '../../graph/queries/neighborhood.ts';
import { readPaths } from '../../graph/queries/path.ts';
import type { Elements } from '../../graph/to-elements.ts';
import type { ExportMeta } from '../../export/meta.ts';
import { writeExport } from '../../export/write.ts';
import { requireToken } from '../auth.ts';
import { currentGraph } from '../graph-source.ts';
import type { CypherLimits } from '../limits.ts';
import { sendFailure } from '../errors.ts';
import { ExportQuery } from '../schemas.ts';
import { validate } from '../validate.ts';

type ExportRequest = z.output<typeof ExportQuery>;

interface Selection {
  readonly elements: Elements;
  readonly title: string;
  /** The file name without extension; ASCII. */
  readonly name: string;
}

const nameOf = (elements: Elements, id: string): string => elements.nodes.find((n) => n.data.id === id)?.data.name ?? id;
const fileSafe = (text: string): string => text.replace(/[^A-Za-z0-9_.-]+/gu, '_').slice(0, 80);

async function select(graph: Graph, q: ExportRequest, limits: CypherLimits): Promise<Result<Selection, string>> {
  switch (q.source) {
    case 'neighborhood': {
      const r = await readNeighborhood(graph, q.id, {
        depth: q.depth, types: q.types ?? null, roles: q.roles ?? null, from: q.from ?? null, to: q.to ?? null,
        limit: q.limit, detail: 'full',
      });
      if (!r.ok) return r;
      const title = `Neighborhood of ${nameOf(r.value.elements, q.id)} (depth ${q.depth})`;
      return ok({ elements: r.value.elements, title, name: `newsgraph-neighborhood-${fileSafe(q.id)}` });
    }
    case 'path': {
      const r = await readPaths(graph, q.from, q.to, { maxHops: q.maxHops, types: q.types ?? null, limit: q.limit, detail: 'full' });
      if (!r.ok) return r;
      const e = r.value.elements;
      return ok({ elements: e, title: `Paths from ${nameOf(e, q.from)} to ${nameOf(e, q.to)}`, name: `newsgraph-path-${fileSafe(q.from)}-${fileSafe(q.to)}` });
    }
    case 'cypher': {
      const r = await runReadOnlyCypher(graph, q.query, q.params ?? {}, { ...limits, detail: 'full' });
      if (!r.ok) return r;
      return ok({ elements: r.value.elements, title: `Cypher: ${q.query.replace(/\s+/gu, ' ').slice(0, 120)}`, name: 'newsgraph-query' });
    }
    default:
      return fail('bad-request', 'unknown source');
  }
}

/** What the query string asked for, for the file's own record of it. */
function selectionOf(q: ExportRequest): ExportMeta['selection'] {
  const out: Record<string, string | number | boolean | null | readonly string[]> = {};
  for (const [key, value] of Object.entries(q)) {
    if (value === undefined || key === 'format') continue;
    out[key] = typeof value === 'object' && !Array.isArray(value) ? JSON.stringify(value) : (value as string | number | readonly string[]);
  }
  return out;
}

function sendFile(res: Response, fileName: string, contentType: string, body: string | Uint8Array): void {
  res.attachment(fileName);
  res.set('Content-Type', contentType);
  res.send(typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
}

export function exportRouter(source: GraphSource, token: string | null, limits: CypherLimits): Router {
  const router = Router();
  router.get('/export', requireToken(token), async (req, res) => {
    const q = validate(ExportQuery, req.query, res, 'query');
    if (!q) return;
    const graph = currentGraph(source, res);
    if (!graph) return;
    const selected = await select(graph, q, limits);
    if (!selected.ok) {
      sendFailure(res, selected.error);
      return;
    }
    const { elements, title, name } = selected.value;
    const file = await writeExport(q.format, elements, { title, selection: selectionOf(q), generatedAt: new Date().toISOString() });
    sendFile(res, `${name}.${file.extension}`, file.contentType, file.body);
  });
  return router;
}
