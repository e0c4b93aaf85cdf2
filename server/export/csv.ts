// Elements → a zip of nodes.csv and edges.csv (RFC 4180, UTF-8 with a byte-order mark so that
// spreadsheet programs read Chinese correctly). Lists are JSON in one cell. Text that a
// spreadsheet would run as a formula (=, +, @) is prefixed with an apostrophe.
import { strToU8, zipSync } from 'fflate';
import type { Elements, NodeElement, EdgeElement } from '../graph/to-elements.ts';
import { columnsOf, textOf } from './properties.ts';

const BOM = '\ufeff';

/** Formula injection: a cell starting like a formula is shown as text. Dates like --11-03 and numbers stay. */
const FORMULA = /^(?:[=+@\t\r]|-(?![-\d]))/u;

export function csvCell(text: string | null): string {
  if (text === null) return '';
  const safe = FORMULA.test(text) ? `'${text}` : text;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

export function toCsv(elements: readonly (NodeElement | EdgeElement)[], leading: readonly string[]): string {
  const columns = columnsOf(elements, leading);
  const lines = [columns.map((c) => csvCell(c.key)).join(',')];
  for (const { data } of elements) lines.push(columns.map((c) => csvCell(textOf(data[c.key]))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function toCsvZip(elements: Elements): Uint8Array {
  return zipSync({
    'nodes.csv': strToU8(toCsv(elements.nodes, ['id', 'label', 'name'])),
    'edges.csv': strToU8(toCsv(elements.edges, ['id', 'source', 'target', 'type'])),
  }, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
