// The Cypher of the loader: one UNWIND … MERGE statement per label and per relationship
// (type, from label, to label). Values only ever arrive as $rows; labels and types are
// interpolated from vocab/ constants, which is the only way Cypher lets them vary.
import { LABELS, type Label } from '../../../vocab/labels.ts';
import { RELATIONS, type RelationType } from '../../../vocab/relations.ts';
import { cypherRules } from './merge-rules.ts';

function assertLabel(label: Label): void {
  if (!Object.hasOwn(LABELS, label)) throw new Error(`server/graph/load: unknown label ${String(label)}`);
}
function assertType(type: RelationType): void {
  if (!Object.hasOwn(RELATIONS, type)) throw new Error(`server/graph/load: unknown relationship type ${String(type)}`);
}

const SCALARS: Record<Label, readonly string[]> = {
  Person: ['name', 'pinyin', 'scope'],
  Place: ['name', 'level', 'code'],
  Organization: ['name', 'kind'],
  Event: ['name', 'kind', 'date'],
  Article: ['name', 'title', 'date', 'source', 'doc', 'contentHash', 'text', 'start'],
};

const statementCache = new Map<string, string>();
function cached(key: string, make: () => string): string {
  let s = statementCache.get(key);
  if (s === undefined) {
    s = make();
    statementCache.set(key, s);
  }
  return s;
}

/**
 * Entities: first observation wins for scalars (coalesce), aliases are a union in order of
 * arrival, and searchText is rebuilt from name, aliases and the row's pinyin keys.
 * An Article is its text (the id is a hash of it), so it is written once, on creation.
 */
export function nodeStatement(label: Label): string {
  assertLabel(label);
  return cached(`node:${label}`, () => {
    const scalars = SCALARS[label];
    if (label === 'Article') {
      return [
        'UNWIND $rows AS row',
        'MERGE (n:Article {id: row.id})',
        `ON CREATE SET n.aliases = row.aliases, ${scalars.map((p) => `n.${p} = row.props.${p}`).join(', ')}`,
        'RETURN count(n) AS written',
      ].join('\n');
    }
    return [
      'UNWIND $rows AS row',
      `MERGE (n:${label} {id: row.id})`,
      'WITH n, row, coalesce(n.aliases, []) AS old',
      'WITH n, row, old + [a IN row.aliases WHERE NOT a IN old] AS aliases',
      'SET n.aliases = aliases,',
      ...scalars.map((p) => `    n.${p} = coalesce(n.${p}, row.props.${p}),`),
      "    n.searchText = coalesce(n.name, row.props.name) + reduce(s = '', a IN aliases | s + ' ' + a)" +
        " + CASE WHEN row.keys = '' THEN '' ELSE ' ' + row.keys END",
      'RETURN count(n) AS written',
    ].join('\n');
  });
}

/** Cypher that merges the row's evidence into the four parallel arrays, without duplicates, at most $maxEvidence. */
const EVIDENCE_MERGE = [
  'WITH r, row, coalesce(r.evidenceArticles, []) AS ea, coalesce(r.evidenceSentences, []) AS es,',
  '     coalesce(r.evidenceStarts, []) AS st, coalesce(r.evidenceEnds, []) AS en',
  "WITH r, row, ea, es, st, en, [i IN range(0, size(ea) - 1) | ea[i] + '@' + toString(st[i]) + '-' + toString(en[i])] AS have",
  'WITH r, row, ea, es, st, en, [e IN row.evidence WHERE NOT e.key IN have] AS fresh',
  'WITH r, row, ea, es, st, en,',
  '     fresh[..CASE WHEN size(ea) >= $maxEvidence THEN 0 ELSE $maxEvidence - size(ea) END] AS add',
];
const EVIDENCE_SET = [
  'r.evidenceArticles = ea + [e IN add | e.articleId]',
  'r.evidenceSentences = es + [e IN add | e.sentence]',
  'r.evidenceStarts = st + [e IN add | e.start]',
  'r.evidenceEnds = en + [e IN add | e.end]',
];

function typeSets(type: RelationType): string[] {
  switch (type) {
    case 'APPEARED_AT':
    case 'REPORTED':
      return [`r.role = ${cypherRules.strongerRole('r.role', 'row.role')}`];
    case 'HOLDS_POSITION':
      return [
        'r.title = coalesce(r.title, row.title)',
        `r.firstSeen = ${cypherRules.earlierDate('r.firstSeen', 'row.firstSeen')}`,
        `r.lastSeen = ${cypherRules.laterDate('r.lastSeen', 'row.lastSeen')}`,
      ];
    default:
      return [];
  }
}

/**
 * Relationships. Those the text asserts are keyed by the extractor's relation id (a person can
 * hold two titles in one organization) and carry evidence; MENTIONS, PART_OF and LOCATED_IN
 * are one edge per pair of nodes. Rows whose endpoints are missing drop out at MATCH and are
 * counted by the caller as the difference between rows sent and `written`.
 */
export function relationStatement(type: RelationType, from: Label, to: Label): string {
  assertType(type);
  assertLabel(from);
  assertLabel(to);
  return cached(`rel:${type}:${from}:${to}`, () => {
    const head = [
      'UNWIND $rows AS row',
      `MATCH (a:${from} {id: row.from})`,
      `MATCH (b:${to} {id: row.to})`,
    ];
    if (type === 'MENTIONS') {
      return [
        ...head,
        'MERGE (a)-[r:MENTIONS]->(b)',
        `SET r.id = coalesce(r.id, row.id), r.count = ${cypherRules.larger('r.count', 'row.count')}`,
        'RETURN count(r) AS written',
      ].join('\n');
    }
    if (!RELATIONS[type].evidenced) {
      return [...head, `MERGE (a)-[r:${type}]->(b)`, 'ON CREATE SET r.id = row.id', 'RETURN count(r) AS written']
        .join('\n');
    }
    return [
      ...head,
      `MERGE (a)-[r:${type} {id: row.id}]->(b)`,
      ...EVIDENCE_MERGE,
      `SET ${[...EVIDENCE_SET, ...typeSets(type)].join(',\n    ')}`,
      'RETURN count(r) AS written',
    ].join('\n');
  });
}

/** Articles whose contentHash is already in the graph: their batch committed, so they are complete. */
export const LOADED_HASHES = 'MATCH (a:Article) WHERE a.contentHash IN $hashes RETURN collect(a.contentHash) AS hashes';
