// Elements → GraphML that yEd and Gephi read: one <key> per property with attr.name and attr.type
// (long, double, boolean, string; lists as JSON text). `label` holds the caption (the name) for
// tools that show a label; the vocabulary label and relationship type go to labelV and labelE,
// the names TinkerPop's GraphML uses, so a round trip into a property graph keeps them.
import type { Elements } from '../graph/to-elements.ts';
import { GENERATOR, type ExportMeta } from './meta.ts';
import { columnsOf, textOf, type PropertyColumn } from './properties.ts';
import { escapeXml } from './xml.ts';

interface Key extends PropertyColumn {
  readonly id: string;
  readonly name: string;
}

function keys(columns: readonly PropertyColumn[], prefix: string, rename: Readonly<Record<string, string>>): Key[] {
  return columns.map((c, i) => ({ ...c, id: `${prefix}${i}`, name: rename[c.key] ?? c.key }));
}

export function toGraphML(elements: Elements, meta: ExportMeta): string {
  const nodeKeys = keys(columnsOf(elements.nodes, ['name', 'label']).filter((c) => c.key !== 'id'), 'v', { label: 'labelV' });
  const edgeKeys = keys(columnsOf(elements.edges, ['type']).filter((c) => !['id', 'source', 'target'].includes(c.key)), 'e', { type: 'labelE' });
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <!-- ${escapeXml(`${GENERATOR}: ${meta.title}, ${meta.generatedAt}`).replace(/--/gu, '- -')} -->`,
    '  <key id="caption" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="edgeCaption" for="edge" attr.name="label" attr.type="string"/>',
  ];
  for (const k of nodeKeys) out.push(`  <key id="${k.id}" for="node" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`);
  for (const k of edgeKeys) out.push(`  <key id="${k.id}" for="edge" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`);
  out.push(`  <graph id="${escapeXml(meta.title)}" edgedefault="directed">`);
  const data = (id: string, text: string | null): string => (text === null ? '' : `<data key="${id}">${escapeXml(text)}</data>`);
  for (const { data: d } of elements.nodes) {
    const fields = [data('caption', d.name), ...nodeKeys.map((k) => data(k.id, textOf(d[k.key])))].join('');
    out.push(`    <node id="${escapeXml(d.id)}">${fields}</node>`);
  }
  for (const { data: d } of elements.edges) {
    const fields = [data('edgeCaption', d.type), ...edgeKeys.map((k) => data(k.id, textOf(d[k.key])))].join('');
    out.push(`    <edge id="${escapeXml(d.id)}" source="${escapeXml(d.source)}" target="${escapeXml(d.target)}">${fields}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
