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

/** True when `fresh` differs from `old`, nulls included: `<>` alone is null when either side is. */
const changed = (fresh: string, old: string): string =>
  `NOT coalesce(${fresh} = ${old}, ${fresh} IS NULL AND ${old} IS NULL)`;

/** SET only when `condition` holds: an unchanged write still costs a log record and index updates. */
const setWhen = (condition: string, sets: readonly string[]): string =>
  `FOREACH (_ IN CASE WHEN ${condition} THEN [1] ELSE [] END |\n  SET ${sets.join(',\n      ')})`;

/**
 * Entities: first observation wins for scalars (coalesce), aliases are a union in order of
 * arrival, and searchText is name, aliases and the row's pinyin keys. A node already there is
 * written only when the row brings something new, so reloading costs reads, not writes.
 * An Article is its text (the id is a hash of it), so it is written once, on creation.
 */
export function nodeStatement(label: Label): string {
  assertLabel(label);
  return cached(`node:${label}`, () => {
    const scalars = SCALARS[label];
    const onCreate = `ON CREATE SET n.aliases = row.aliases, ${scalars.map((p) => `n.${p} = row.props.${p}`).join(', ')}`;
    if (label === 'Article') {
      return ['UNWIND $rows AS row', 'MERGE (n:Article {id: row.id})', onCreate, 'RETURN count(n) AS written'].join('\n');
    }
    const filled = scalars.map((p) => `(n.${p} IS NULL AND row.props.${p} IS NOT NULL)`).join(' OR ');
    return [
      'UNWIND $rows AS row',
      `MERGE (n:${label} {id: row.id})`,
      `${onCreate}, n.searchText = row.searchText`,
      'WITH n, row, [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])] AS fresh',
      'WITH n, row, fresh, coalesce(n.aliases, []) + fresh AS aliases, coalesce(n.name, row.props.name) AS name',
      setWhen(`size(fresh) > 0 OR ${filled}`, [
        'n.aliases = aliases',
        ...scalars.map((p) => `n.${p} = coalesce(n.${p}, row.props.${p})`),
        "n.searchText = name + reduce(s = '', a IN aliases | s + ' ' + a) + CASE WHEN row.keys = '' THEN '' ELSE ' ' + row.keys END",
      ]),
      'RETURN count(n) AS written',
    ].join('\n');
  });
}

/** On creation the evidence arrays are the row's; the row's key list is deduplicated already. */
const EVIDENCE_CREATE = [
  'r.evidenceArticles = [e IN row.evidence | e.articleId]',
  'r.evidenceSentences = [e IN row.evidence | e.sentence]',
  'r.evidenceStarts = [e IN row.evidence | e.start]',
  'r.evidenceEnds = [e IN row.evidence | e.end]',
];

/** Evidence of the row not on the relationship yet (by article and offsets), at most $maxEvidence in all. */
const EVIDENCE_FRESH = [
  'WITH r, row, coalesce(r.evidenceArticles, []) AS ea, coalesce(r.evidenceStarts, []) AS st, coalesce(r.evidenceEnds, []) AS en',
  "WITH r, row, ea, [i IN range(0, size(ea) - 1) | ea[i] + '@' + toString(st[i]) + '-' + toString(en[i])] AS have",
  'WITH r, row, ea, [e IN row.evidence WHERE NOT e.key IN have] AS fresh',
  'WITH r, row, fresh[..CASE WHEN size(ea) >= $maxEvidence THEN 0 ELSE $maxEvidence - size(ea) END] AS add',
];
const EVIDENCE_APPEND = [
  'r.evidenceArticles = coalesce(r.evidenceArticles, []) + [e IN add | e.articleId]',
  'r.evidenceSentences = coalesce(r.evidenceSentences, []) + [e IN add | e.sentence]',
  'r.evidenceStarts = coalesce(r.evidenceStarts, []) + [e IN add | e.start]',
  'r.evidenceEnds = coalesce(r.evidenceEnds, []) + [e IN add | e.end]',
];

/** Per type: what a new relationship gets, the merged values, and the SETs that write them. */
function typeRules(type: RelationType): { create: string[]; merged: string[]; sets: string[] } {
  switch (type) {
    case 'APPEARED_AT':
    case 'REPORTED':
      return {
        create: ['r.role = row.role'],
        merged: [`${cypherRules.strongerRole('r.role', 'row.role')} AS role`],
        sets: ['r.role = role'],
      };
    case 'HOLDS_POSITION':
      return {
        create: ['r.title = row.title', 'r.firstSeen = row.firstSeen', 'r.lastSeen = row.lastSeen'],
        merged: [
          'coalesce(r.title, row.title) AS title',
          `${cypherRules.earlierDate('r.firstSeen', 'row.firstSeen')} AS firstSeen`,
          `${cypherRules.laterDate('r.lastSeen', 'row.lastSeen')} AS lastSeen`,
        ],
        sets: ['r.title = title', 'r.firstSeen = firstSeen', 'r.lastSeen = lastSeen'],
      };
    default:
      return { create: [], merged: [], sets: [] };
  }
}

/**
 * Relationships. Those the text asserts are keyed by the extractor's relation id (a person can
 * hold two titles in one organization) and carry evidence; MENTIONS, PART_OF and LOCATED_IN
 * are one edge per pair of nodes. Rows whose endpoints are missing drop out at MATCH and are
 * counted by the caller as the difference between rows sent and `written`. As with nodes, a
 * relationship already there is written only when the row changes it.
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
        'ON CREATE SET r.id = row.id, r.count = row.count',
        setWhen('row.count > r.count', ['r.count = row.count']),
        'RETURN count(r) AS written',
      ].join('\n');
    }
    if (!RELATIONS[type].evidenced) {
      return [...head, `MERGE (a)-[r:${type}]->(b)`, 'ON CREATE SET r.id = row.id', 'RETURN count(r) AS written']
        .join('\n');
    }
    const rules = typeRules(type);
    const mergedNames = rules.merged.map((m) => m.slice(m.lastIndexOf(' AS ') + 4));
    const changes = ['size(add) > 0', ...mergedNames.map((name) => changed(name, `r.${name}`))];
    return [
      ...head,
      `MERGE (a)-[r:${type} {id: row.id}]->(b)`,
      `ON CREATE SET ${[...EVIDENCE_CREATE, ...rules.create].join(', ')}`,
      ...EVIDENCE_FRESH,
      ...(rules.merged.length > 0 ? [`WITH r, row, add, ${rules.merged.join(', ')}`] : []),
      setWhen(changes.join(' OR '), [...EVIDENCE_APPEND, ...rules.sets]),
      'RETURN count(r) AS written',
    ].join('\n');
  });
}

/** Articles whose contentHash is already in the graph: their batch committed, so they are complete. */
export const LOADED_HASHES = 'MATCH (a:Article) WHERE a.contentHash IN $hashes RETURN collect(a.contentHash) AS hashes';
