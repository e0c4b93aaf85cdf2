// Which /api/export request gives the reader the graph they are looking at. When the view is
// exactly what its source returned (no expansions, removals or picked subset), the source itself
// is exported (a neighbourhood with the filters, a path, a Cypher query). Otherwise the drawn
// nodes and edges are exported by id through a read-only Cypher query, as long as the ids fit
// in a URL; beyond that the source is exported and the caller says so. Pure.
import { LABEL_NAMES } from '../../vocab/labels.ts';
import { apiFilterParams, type Filters } from './filters.ts';
import type { Source } from './url.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json', 'cypher', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Characters of id parameters kept in a URL: Node refuses request heads over 16 KB, and
 * URL-encoding JSON grows it by about a third. About 300 nodes with their edges.
 */
export const MAX_ID_PARAMS_CHARS = 9000;

/**
 * Drawn elements by id. Labels come from the vocabulary (never from data), so the id lookup uses
 * each label's uniqueness constraint instead of scanning every node.
 */
export const IDS_QUERY = [
  'CALL {',
  LABEL_NAMES.map((l) => `  MATCH (n:${l}) WHERE n.id IN $nodes RETURN n`).join('\n  UNION\n'),
  '}',
  'OPTIONAL MATCH (n)-[r]->(m) WHERE r.id IN $edges AND m.id IN $nodes',
  'RETURN n, r, m',
].join('\n');

export interface ViewSelection {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  /** True when the view is exactly what its source returned: no steps since, nothing picked. */
  readonly pristine: boolean;
}

export interface ExportRequest {
  readonly params: Readonly<Record<string, string | number>>;
  /** False when the drawn view was too large to name by id and the source was exported instead. */
  readonly exact: boolean;
}

function sourceParams(source: Source, filters: Filters): Record<string, string | number> {
  switch (source.kind) {
    case 'neighborhood':
      return {
        source: 'neighborhood', id: source.id, depth: source.depth,
        ...(source.limit !== null ? { limit: source.limit } : {}),
        ...apiFilterParams(filters),
      };
    case 'path':
      return { source: 'path', from: source.from, to: source.to, maxHops: source.maxHops };
    case 'cypher':
      return { source: 'cypher', query: source.query };
  }
}

/** The export request for the view, or null when nothing is drawn. */
export function exportRequest(format: ExportFormat, source: Source | null, filters: Filters, view: ViewSelection): ExportRequest | null {
  if (view.nodes.length === 0) return null;
  if (source && view.pristine) return { params: { format, ...sourceParams(source, filters) }, exact: true };
  const ids = JSON.stringify({ nodes: view.nodes, edges: view.edges });
  if (ids.length <= MAX_ID_PARAMS_CHARS || !source) {
    return { params: { format, source: 'cypher', query: IDS_QUERY, params: ids }, exact: true };
  }
  return { params: { format, ...sourceParams(source, filters) }, exact: false };
}
