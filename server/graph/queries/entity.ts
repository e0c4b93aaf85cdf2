// One entity: its properties, its degree by relationship type and direction, its context line,
// and the first and last dates it appears on (the dates of the events it is linked to).
import { labelOfId } from '../../../vocab/ids.ts';
import { RELATIONS, RELATION_TYPES, type RelationType } from '../../../vocab/relations.ts';
import type { Label } from '../../../vocab/labels.ts';
import { fail, ok, type Result } from '../../../vocab/result.ts';
import type { Graph } from '../driver.ts';
import { plainValue, vocabularyLabel, type DataValue } from '../to-elements.ts';
import { CONTEXT_COLUMNS, contextOf, type Context } from './context.ts';
import { L, R, labelOf } from './names.ts';
import { readQuery } from './read.ts';

export interface Degree {
  readonly type: RelationType;
  readonly direction: 'out' | 'in';
  readonly count: number;
}

export interface EntityDetails {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  /** Every stored property but the search key; an Article's text included. */
  readonly properties: Record<string, DataValue>;
  readonly context: Context;
  readonly degree: { readonly total: number; readonly byType: readonly Degree[] };
  /**
   * Dates of the events the entity is linked to (APPEARED_AT, HELD_IN, ORGANIZED_BY; an event's
   * own date, an article's date). Dates without a year (--MM-DD) cannot be placed and are left out.
   */
  readonly appearances: { readonly first: string | null; readonly last: string | null; readonly events: number };
}

/** Degree columns for the directions the vocabulary allows this label; answered from Neo4j's degree store. */
function degreeColumns(label: Label): { column: string; type: RelationType; direction: 'out' | 'in' }[] {
  const columns: { column: string; type: RelationType; direction: 'out' | 'in' }[] = [];
  for (const type of RELATION_TYPES) {
    if ((RELATIONS[type].from as readonly Label[]).includes(label)) columns.push({ column: `out_${type}`, type, direction: 'out' });
    if ((RELATIONS[type].to as readonly Label[]).includes(label)) columns.push({ column: `in_${type}`, type, direction: 'in' });
  }
  return columns;
}

const APPEARANCE_TYPES = `${R.APPEARED_AT}|${R.HELD_IN}|${R.ORGANIZED_BY}`;

function statement(label: Label): string {
  const degrees = degreeColumns(label).map(({ column, type, direction }) =>
    direction === 'out' ? `COUNT { (n)-[:${type}]->() } AS ${column}` : `COUNT { (n)<-[:${type}]-() } AS ${column}`);
  const dated = label === L.Event || label === L.Article
    ? `CALL (n) { RETURN CASE WHEN n.date IS NULL OR n.date STARTS WITH '--' THEN null ELSE n.date END AS first,
         CASE WHEN n.date IS NULL OR n.date STARTS WITH '--' THEN null ELSE n.date END AS last, 0 AS events }`
    : `CALL (n) {
         OPTIONAL MATCH (n)-[:${APPEARANCE_TYPES}]-(e:${L.Event})
         WITH DISTINCT e
         RETURN min(CASE WHEN e.date STARTS WITH '--' THEN null ELSE e.date END) AS first,
                max(CASE WHEN e.date STARTS WITH '--' THEN null ELSE e.date END) AS last, count(e) AS events
       }`;
  return `
MATCH (n:${labelOf(label)} {id: $id})
${dated}
RETURN labels(n) AS labels, properties(n) AS props, first, last, events,
  ${[...degrees, CONTEXT_COLUMNS].join(',\n  ')}`;
}

const STATEMENTS = new Map<Label, string>();
function statementFor(label: Label): string {
  let s = STATEMENTS.get(label);
  if (s === undefined) {
    s = statement(label);
    STATEMENTS.set(label, s);
  }
  return s;
}

export async function readEntity(graph: Graph, id: string): Promise<Result<EntityDetails, 'not-found'>> {
  const label = labelOfId(id);
  if (!label) return fail('not-found', `no entity with id ${id}`);
  const record = (await readQuery(graph, statementFor(label), { id }))[0];
  if (!record) return fail('not-found', `no entity with id ${id}`);
  const properties = plainValue(record.get('props')) as Record<string, DataValue>;
  delete properties.searchText;
  const byType: Degree[] = [];
  for (const { column, type, direction } of degreeColumns(label)) {
    const count = Number(plainValue(record.get(column)));
    if (count > 0) byType.push({ type, direction, count });
  }
  const vocabLabel = vocabularyLabel(record.get('labels') as string[]);
  const first = plainValue(record.get('first'));
  const last = plainValue(record.get('last'));
  return ok({
    id,
    label: vocabLabel,
    name: typeof properties.name === 'string' ? properties.name : id,
    properties,
    context: contextOf(vocabLabel, properties, record.get('ctxPosition'), record.get('ctxPlaces')),
    degree: { total: byType.reduce((a, d) => a + d.count, 0), byType },
    appearances: {
      first: typeof first === 'string' ? first : null,
      last: typeof last === 'string' ? last : null,
      events: Number(plainValue(record.get('events'))),
    },
  });
}
