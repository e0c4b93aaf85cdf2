// The sentences behind a relationship: its evidence arrays joined to the Article nodes they name,
// with title, date, source and offsets. Looked up by the relationship's id through the per-type
// indexes that schema.ts creates for the evidenced types; the others carry no evidence.
import { RELATIONS, RELATION_TYPES, type RelationType } from '../../../vocab/relations.ts';
import { fail, ok, type Result } from '../../../vocab/result.ts';
import type { Graph } from '../driver.ts';
import { plainValue, vocabularyLabel, type DataValue } from '../to-elements.ts';
import { L } from './names.ts';
import { readQuery } from './read.ts';

export interface EndRef {
  readonly id: string;
  readonly label: string;
  readonly name: string;
}

export interface EvidenceItem {
  readonly articleId: string;
  readonly sentence: string;
  /** Offsets into the page the article was read from (UTF-16, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Offset of the article's text in the same page: start - articleStart is the offset in the article. */
  readonly articleStart: number | null;
  /** null when the article is not in the graph (evidence outlives nothing, but be safe). */
  readonly title: string | null;
  readonly date: string | null;
  readonly source: string | null;
  readonly doc: string | null;
}

export interface EdgeEvidence {
  readonly edge: {
    readonly id: string;
    readonly type: RelationType;
    readonly source: EndRef;
    readonly target: EndRef;
    /** role, title, firstSeen, lastSeen: what the relationship states. */
    readonly properties: Record<string, DataValue>;
  };
  readonly evidence: readonly EvidenceItem[];
}

const EVIDENCED = RELATION_TYPES.filter((t) => RELATIONS[t].evidenced);
const STATED = [...new Set(EVIDENCED.flatMap((t) => RELATIONS[t].properties))];

const EVIDENCE = `
CALL {
  ${EVIDENCED.map((t) => `MATCH (a)-[r:${t} {id: $id}]->(b) RETURN a, r, b`).join('\n  UNION ALL\n  ')}
}
WITH a, r, b LIMIT 1
CALL (r) {
  UNWIND range(0, size(coalesce(r.evidenceArticles, [])) - 1) AS i
  OPTIONAL MATCH (art:${L.Article} {id: r.evidenceArticles[i]})
  RETURN collect({
    articleId: r.evidenceArticles[i], sentence: r.evidenceSentences[i], start: r.evidenceStarts[i], end: r.evidenceEnds[i],
    articleStart: art.start, title: art.title, date: art.date, source: art.source, doc: art.doc
  }) AS evidence
}
RETURN type(r) AS type, r.id AS id, r {${STATED.map((p) => `.${p}`).join(', ')}} AS props,
  [a.id, a.name] AS source, labels(a) AS sourceLabels, [b.id, b.name] AS target, labels(b) AS targetLabels, evidence`;

function endRef(pair: unknown, labels: unknown): EndRef {
  const [id, name] = Array.isArray(pair) ? pair : [];
  return { id: String(id), label: vocabularyLabel(labels as string[]), name: typeof name === 'string' ? name : String(id) };
}

export async function readEvidence(graph: Graph, edgeId: string): Promise<Result<EdgeEvidence, 'not-found'>> {
  const record = (await readQuery(graph, EVIDENCE, { id: edgeId }))[0];
  if (!record) return fail('not-found', `no relationship with evidence has id ${edgeId}`);
  const props = plainValue(record.get('props')) as Record<string, DataValue>;
  for (const key of Object.keys(props)) if (props[key] === null) delete props[key];
  return ok({
    edge: {
      id: String(record.get('id')),
      type: record.get('type') as RelationType,
      source: endRef(record.get('source'), record.get('sourceLabels')),
      target: endRef(record.get('target'), record.get('targetLabels')),
      properties: props,
    },
    evidence: plainValue(record.get('evidence')) as unknown as EvidenceItem[],
  });
}
