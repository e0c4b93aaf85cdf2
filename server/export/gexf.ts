// Elements → GEXF 1.3 for Gephi: node and edge attributes declared once with their types (lists
// as JSON strings), the node's name as its label, the relationship type as the edge's label.
// The vocabulary label and type are also attributes (labelV, labelE) so Gephi can partition on them.
import type { DataValue, Elements } from '../graph/to-elements.ts';
import { GENERATOR, type ExportMeta } from './meta.ts';
import { columnsOf, textOf, type PropertyColumn, type ValueType } from './properties.ts';
import { escapeXml } from './xml.ts';

const GEXF_TYPE: Record<ValueType, string> = { long: 'long', double: 'double', boolean: 'boolean', string: 'string' };

function declare(cls: 'node' | 'edge', columns: readonly PropertyColumn[], rename: Readonly<Record<string, string>>): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...columns.map((c, i) => `      <attribute id="${i}" title="${escapeXml(rename[c.key] ?? c.key)}" type="${GEXF_TYPE[c.type]}"/>`),
    '    </attributes>',
  ];
}

function attvalues(columns: readonly PropertyColumn[], data: Readonly<Record<string, DataValue>>): string {
  const values = columns
    .map((c, i) => {
      const text = textOf(data[c.key]);
      return text === null ? '' : `<attvalue for="${i}" value="${escapeXml(text)}"/>`;
    })
    .join('');
  return values === '' ? '' : `<attvalues>${values}</attvalues>`;
}

export function toGexf(elements: Elements, meta: ExportMeta): string {
  const nodeColumns = columnsOf(elements.nodes, ['label']).filter((c) => c.key !== 'id' && c.key !== 'name');
  const edgeColumns = columnsOf(elements.edges, ['type']).filter((c) => !['id', 'source', 'target'].includes(c.key));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${escapeXml(meta.generatedAt.slice(0, 10))}">`,
    `    <creator>${GENERATOR}</creator>`,
    `    <description>${escapeXml(meta.title)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declare('node', nodeColumns, { label: 'labelV' }),
    ...declare('edge', edgeColumns, { type: 'labelE' }),
    '    <nodes>',
  ];
  for (const { data } of elements.nodes) {
    out.push(`      <node id="${escapeXml(data.id)}" label="${escapeXml(data.name)}">${attvalues(nodeColumns, data)}</node>`);
  }
  out.push('    </nodes>', '    <edges>');
  for (const { data } of elements.edges) {
    out.push(
      `      <edge id="${escapeXml(data.id)}" source="${escapeXml(data.source)}" target="${escapeXml(data.target)}" ` +
        `label="${escapeXml(data.type)}">${attvalues(edgeColumns, data)}</edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
