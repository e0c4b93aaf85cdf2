// Extractions → parameter rows for the UNWIND statements: one row per node and per
// relationship, merged in memory when several extractions of a batch name the same one.
// Pure: no driver calls, so the rules can be tested without a database.
import neo4j, { type Integer } from 'neo4j-driver';
import type { Label } from '../../../vocab/labels.ts';
import { RELATIONS, type RelationType } from '../../../vocab/relations.ts';
import { labelOfId, relationId } from '../../../vocab/ids.ts';
import type { Entity, Evidence, Extraction, Relation } from '../../../vocab/extraction.ts';
import { earlierDate, laterDate, strongerOf } from './merge-rules.ts';
import { searchKeys } from './search-text.ts';

export interface EvidenceRow {
  /** articleId@start-end: the same key statements.ts builds from stored arrays. */
  readonly key: string;
  readonly articleId: string;
  readonly sentence: string;
  readonly start: Integer;
  readonly end: Integer;
}

/** Scalar properties of a node row; searchKeys and aliases are handled apart. */
type Scalar = string | Integer | null;

export interface NodeRow {
  readonly id: string;
  readonly aliases: string[];
  /** Pinyin spellings for searchText (empty for articles and events). */
  keys: string;
  /** name, aliases and keys joined by spaces, as statements.ts rebuilds it on update. */
  searchText: string;
  readonly props: Record<string, Scalar>;
}

export interface RelationRow {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  evidence: EvidenceRow[];
  role: string | null;
  title: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  count: Integer | null;
}

export interface RelationGroup {
  readonly type: RelationType;
  readonly from: Label;
  readonly to: Label;
  readonly rows: RelationRow[];
}

export interface BatchRows {
  /** In the order they must be written: endpoints before the nodes that point at them. */
  readonly nodes: ReadonlyMap<Label, NodeRow[]>;
  readonly relations: readonly RelationGroup[];
  /** Relations dropped before reaching Neo4j: unknown endpoint label or a label the type forbids. */
  readonly rejected: number;
  readonly articleCount: number;
}

/** Writing order of nodes. Articles last, so MENTIONS can find everything they point at. */
export const NODE_ORDER: readonly Label[] = ['Place', 'Organization', 'Person', 'Event', 'Article'];

const KEYED_PROPS: Record<Label, readonly string[]> = {
  Person: ['name', 'pinyin', 'scope'],
  Place: ['name', 'level', 'code'],
  Organization: ['name', 'kind'],
  Event: ['name', 'kind', 'date'],
  Article: ['name', 'title', 'date', 'source', 'doc', 'contentHash', 'text', 'start'],
};

function scalarProps(entity: Entity): Record<string, Scalar> {
  const props: Record<string, Scalar> = {};
  const source = entity as unknown as Record<string, unknown>;
  for (const key of KEYED_PROPS[entity.label]) {
    const value = source[key];
    if (typeof value === 'number') props[key] = neo4j.int(value);
    else if (typeof value === 'string') props[key] = value;
    else props[key] = null;
  }
  return props;
}

function nodeRow(entity: Entity): NodeRow {
  const keys = entity.label === 'Article' || entity.label === 'Event'
    ? ''
    : searchKeys(entity.name, entity.label === 'Person', entity.label === 'Person' ? entity.pinyin : '');
  return { id: entity.id, aliases: [...new Set(entity.aliases)], keys, searchText: '', props: scalarProps(entity) };
}

/** First observation wins for scalars, as `coalesce(n.x, row.x)` does in the database. */
function mergeNode(into: NodeRow, row: NodeRow): void {
  for (const [key, value] of Object.entries(row.props)) {
    if (into.props[key] === null || into.props[key] === undefined) into.props[key] = value;
  }
  for (const alias of row.aliases) if (!into.aliases.includes(alias)) into.aliases.push(alias);
  into.keys = row.keys || into.keys;
}

/** The same string the node statement builds in Cypher when it merges aliases. */
function searchTextOf(row: NodeRow): string {
  const name = typeof row.props.name === 'string' ? row.props.name : '';
  return [name, ...row.aliases].join(' ') + (row.keys ? ` ${row.keys}` : '');
}

export const evidenceKey = (e: Evidence): string => `${e.articleId}@${e.start}-${e.end}`;

/** Existing evidence first, new evidence appended in order, no key twice, at most `max`. */
function appendEvidence(into: EvidenceRow[], add: readonly EvidenceRow[], max: number): EvidenceRow[] {
  const seen = new Set(into.map((e) => e.key));
  const out = [...into];
  for (const e of add) {
    if (out.length >= max) break;
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    out.push(e);
  }
  return out;
}

function evidenceRows(evidence: readonly Evidence[], max: number): EvidenceRow[] {
  return appendEvidence([], evidence.map((e) => ({
    key: evidenceKey(e), articleId: e.articleId, sentence: e.sentence, start: neo4j.int(e.start), end: neo4j.int(e.end),
  })), max);
}

function mergeRelation(into: RelationRow, row: RelationRow, max: number): void {
  into.evidence = appendEvidence(into.evidence, row.evidence, max);
  into.role = strongerOf(into.role, row.role);
  into.title ??= row.title;
  into.firstSeen = earlierDate(into.firstSeen, row.firstSeen);
  into.lastSeen = laterDate(into.lastSeen, row.lastSeen);
  if (row.count !== null && (into.count === null || row.count.greaterThan(into.count))) into.count = row.count;
}

/** Relationship types keyed by their endpoints rather than by id: one edge per pair, whatever the extractor called it. */
const PAIR_KEYED: ReadonlySet<RelationType> = new Set(['MENTIONS', 'PART_OF', 'LOCATED_IN']);

class RowBuilder {
  readonly nodes = new Map<Label, Map<string, NodeRow>>(NODE_ORDER.map((l) => [l, new Map()]));
  readonly groups = new Map<string, { type: RelationType; from: Label; to: Label; rows: Map<string, RelationRow> }>();
  readonly labels = new Map<string, Label>();
  rejected = 0;
  articleCount = 0;

  constructor(private readonly maxEvidence: number) {}

  labelOf(id: string): Label | undefined {
    return this.labels.get(id) ?? labelOfId(id);
  }

  addExtraction(x: Extraction): void {
    const articleDates = new Map<string, string | null>();
    for (const entity of x.entities) {
      this.labels.set(entity.id, entity.label);
      if (entity.label === 'Article') {
        articleDates.set(entity.id, entity.date);
        this.articleCount += 1;
      }
    }
    for (const entity of x.entities) {
      const rows = this.nodes.get(entity.label);
      if (!rows) continue;
      const row = nodeRow(entity);
      const have = rows.get(entity.id);
      if (have) mergeNode(have, row);
      else rows.set(entity.id, row);
      if (entity.label === 'Place' && entity.parentId) this.addPair('PART_OF', entity.id, entity.parentId);
      if (entity.label === 'Organization' && entity.placeId) this.addPair('LOCATED_IN', entity.id, entity.placeId);
    }
    // MENTIONS come from the mentions, so a wrong merge can be undone by reloading.
    const mentionCounts = new Map<string, { article: string; entity: string; count: number }>();
    for (const m of x.mentions) {
      const key = `${m.articleId}\u0000${m.entityId}`;
      const have = mentionCounts.get(key);
      if (have) have.count += 1;
      else mentionCounts.set(key, { article: m.articleId, entity: m.entityId, count: 1 });
    }
    for (const { article, entity, count } of mentionCounts.values()) this.addPair('MENTIONS', article, entity, count);
    for (const relation of x.relations) this.addRelation(relation, articleDates, x.date);
  }

  private group(type: RelationType, from: string, to: string) {
    const fromLabel = this.labelOf(from);
    const toLabel = this.labelOf(to);
    const spec = RELATIONS[type];
    if (!fromLabel || !toLabel || !(spec.from as readonly Label[]).includes(fromLabel) ||
        !(spec.to as readonly Label[]).includes(toLabel)) {
      this.rejected += 1;
      return undefined;
    }
    const key = `${type}:${fromLabel}:${toLabel}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { type, from: fromLabel, to: toLabel, rows: new Map() };
      this.groups.set(key, group);
    }
    return group;
  }

  private put(type: RelationType, row: RelationRow, rowKey: string): void {
    const group = this.group(type, row.from, row.to);
    if (!group) return;
    const have = group.rows.get(rowKey);
    if (have) mergeRelation(have, row, this.maxEvidence);
    else group.rows.set(rowKey, row);
  }

  private addPair(type: RelationType, from: string, to: string, count?: number): void {
    this.put(type, {
      id: relationId(type, from, to), from, to, evidence: [], role: null, title: null,
      firstSeen: null, lastSeen: null, count: count === undefined ? null : neo4j.int(count),
    }, `${from}\u0000${to}`);
  }

  private addRelation(r: Relation, articleDates: ReadonlyMap<string, string | null>, pageDate: string | null): void {
    const p = r.properties;
    if (PAIR_KEYED.has(r.type)) {
      this.addPair(r.type, r.from, r.to, r.type === 'MENTIONS' ? p.count ?? undefined : undefined);
      return;
    }
    let firstSeen = p.firstSeen ?? null;
    let lastSeen = p.lastSeen ?? null;
    if (r.type === 'HOLDS_POSITION' && (firstSeen === null || lastSeen === null)) {
      // A title seen in an article held on that article's date at least.
      for (const e of r.evidence) {
        const date = articleDates.get(e.articleId) ?? pageDate;
        if (p.firstSeen == null) firstSeen = earlierDate(firstSeen, date);
        if (p.lastSeen == null) lastSeen = laterDate(lastSeen, date);
      }
    }
    this.put(r.type, {
      id: r.id, from: r.from, to: r.to, evidence: evidenceRows(r.evidence, this.maxEvidence),
      role: p.role ?? null, title: p.title ?? null,
      firstSeen: r.type === 'HOLDS_POSITION' ? firstSeen : null,
      lastSeen: r.type === 'HOLDS_POSITION' ? lastSeen : null,
      count: null,
    }, r.id);
  }

  build(): BatchRows {
    const nodes = new Map<Label, NodeRow[]>();
    for (const label of NODE_ORDER) {
      const rows = [...(this.nodes.get(label)?.values() ?? [])];
      for (const row of rows) row.searchText = searchTextOf(row);
      nodes.set(label, rows);
    }
    const relations = [...this.groups.values()]
      .map((g) => ({ type: g.type, from: g.from, to: g.to, rows: [...g.rows.values()] }));
    return { nodes, relations, rejected: this.rejected, articleCount: this.articleCount };
  }
}

/** The rows of several extractions, merged in the order given. */
export function buildRows(extractions: readonly Extraction[], maxEvidence: number): BatchRows {
  const builder = new RowBuilder(maxEvidence);
  for (const x of extractions) builder.addExtraction(x);
  return builder.build();
}

/** How many rows an extraction will add, to cut batches near batchSize without building them twice. */
export function estimateRows(x: Extraction): number {
  return x.entities.length + x.relations.length + x.mentions.length;
}

