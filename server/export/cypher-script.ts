// Elements → a Cypher script that recreates them in any Neo4j 5 (cypher-shell -f, or Neo4j
// Browser): uniqueness constraints, then one MERGE per node and per relationship, keyed on id so
// running it twice changes nothing. This is an offline file, the one place Cypher is written from
// values (STYLE rule 7): every value is a literal escaped here, every name quoted when not plain.
import { isLabel } from '../../vocab/labels.ts';
import { isRelationType } from '../../vocab/relations.ts';
import { EDGE_META_KEYS, NODE_META_KEYS, type DataValue, type Elements } from '../graph/to-elements.ts';
import { GENERATOR, type ExportMeta } from './meta.ts';

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/u;

/** A label, type or key: as is when plain, else in backticks with backticks doubled. */
export function cypherName(name: string): string {
  return PLAIN_NAME.test(name) ? name : `\`${name.replace(/`/gu, '``')}\``;
}

/** A string literal: single quotes, backslash escapes, control and line-separator characters as \uXXXX. */
export function cypherString(text: string): string {
  let out = "'";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || code === 0x85) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}'`;
}

/** A literal for a property value; null when Neo4j cannot store it (a map, a non-finite number). */
export function cypherLiteral(value: DataValue): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    if (Number.isInteger(value)) return String(value);
    // Cypher's float literal takes no '+' in the exponent.
    return String(value).replace('e+', 'e');
  }
  if (Array.isArray(value)) {
    const items = value.map(cypherLiteral);
    return items.every((i): i is string => i !== null) ? `[${items.join(', ')}]` : null;
  }
  return null;
}

function mapLiteral(data: Readonly<Record<string, DataValue>>, skip: readonly string[]): string {
  const entries: string[] = [];
  for (const key of Object.keys(data).sort()) {
    if (skip.includes(key)) continue;
    const literal = cypherLiteral(data[key] ?? null);
    if (literal !== null) entries.push(`${cypherName(key)}: ${literal}`);
  }
  return `{${entries.join(', ')}}`;
}

/** Vocabulary names are written as they are; anything else (a console query's label) is quoted. */
const labelText = (label: string): string => (isLabel(label) ? label : cypherName(label));
const typeText = (type: string): string => (isRelationType(type) ? type : cypherName(type));

export function toCypherScript(elements: Elements, meta: ExportMeta): string {
  const lines = [
    `// ${GENERATOR}: ${meta.title.replace(/[\r\n]+/gu, ' ')}`,
    `// ${elements.nodes.length} nodes, ${elements.edges.length} relationships, exported ${meta.generatedAt}.`,
    '// Run with: cypher-shell -f this-file.cypher (or paste into Neo4j Browser). Running it twice changes nothing.',
    '',
  ];
  const labels = [...new Set(elements.nodes.map((n) => n.data.label).filter((l) => l !== ''))].sort();
  for (const label of labels) {
    const constraint = cypherName(`${label.toLowerCase()}_id`);
    lines.push(`CREATE CONSTRAINT ${constraint} IF NOT EXISTS FOR (n:${labelText(label)}) REQUIRE n.id IS UNIQUE;`);
  }
  if (labels.length > 0) lines.push('');
  const labelOf = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const nodePattern = (variable: string, id: string): string => {
    const label = labelOf.get(id) ?? '';
    return `(${variable}${label ? `:${labelText(label)}` : ''} {id: ${cypherString(id)}})`;
  };
  for (const { data } of elements.nodes) {
    lines.push(`MERGE ${nodePattern('n', data.id)} SET n += ${mapLiteral(data, [...NODE_META_KEYS, 'id'])};`);
  }
  if (elements.nodes.length > 0) lines.push('');
  for (const { data } of elements.edges) {
    lines.push(
      `MATCH ${nodePattern('a', data.source)} MATCH ${nodePattern('b', data.target)} ` +
        `MERGE (a)-[r:${typeText(data.type)} {id: ${cypherString(data.id)}}]->(b) SET r += ${mapLiteral(data, [...EDGE_META_KEYS, 'id'])};`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
