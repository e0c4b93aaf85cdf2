// One export format → file bytes, content type and extension: the table the export route uses.
import type { Elements } from '../graph/to-elements.ts';
import { toCsvZip } from './csv.ts';
import { toCypherScript } from './cypher-script.ts';
import { cytoscapeSource } from './cytoscape-source.ts';
import { toGexf } from './gexf.ts';
import { toGraphML } from './graphml.ts';
import { toStandaloneHtml } from './html.ts';
import { toCytoscapeJson } from './json.ts';
import type { ExportFormat, ExportMeta } from './meta.ts';

export interface ExportFile {
  readonly body: string | Uint8Array;
  readonly contentType: string;
  readonly extension: string;
}

export const EXPORT_TYPES: Record<ExportFormat, { readonly contentType: string; readonly extension: string }> = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  csv: { contentType: 'application/zip', extension: 'zip' },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  // cypher-shell and Neo4j Browser read plain text; there is no registered type for Cypher.
  cypher: { contentType: 'text/plain; charset=utf-8', extension: 'cypher' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
};

export async function writeExport(format: ExportFormat, elements: Elements, meta: ExportMeta): Promise<ExportFile> {
  const type = EXPORT_TYPES[format];
  switch (format) {
    case 'graphml':
      return { ...type, body: toGraphML(elements, meta) };
    case 'gexf':
      return { ...type, body: toGexf(elements, meta) };
    case 'csv':
      return { ...type, body: toCsvZip(elements) };
    case 'json':
      return { ...type, body: toCytoscapeJson(elements, meta) };
    case 'cypher':
      return { ...type, body: toCypherScript(elements, meta) };
    case 'html':
      return { ...type, body: toStandaloneHtml(elements, meta, await cytoscapeSource()) };
  }
}
