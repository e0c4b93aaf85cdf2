// Elements → Cytoscape JSON: `elements` is what cy.add() and cy.json({ elements }) take.
import type { Elements } from '../graph/to-elements.ts';
import { GENERATOR, type ExportMeta } from './meta.ts';

export function toCytoscapeJson(elements: Elements, meta: ExportMeta): string {
  return `${JSON.stringify({ generator: GENERATOR, ...meta, elements }, null, 2)}\n`;
}
