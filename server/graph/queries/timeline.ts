// An entity's appearances by date: for a person the events they appeared at, with role; for a
// place the events held there; for an organization the events it organized; for an article the
// events it mentions; for an event itself. Each with where it was held and who organized it.
// Dated items first, in date order; dates without a year, then undated ones, last.
import neo4j from 'neo4j-driver';
import { labelOfId } from '../../../vocab/ids.ts';
import type { Label } from '../../../vocab/labels.ts';
import { fail, ok, type Result } from '../../../vocab/result.ts';
import { toNumber, type Graph } from '../driver.ts';
import { plainValue } from '../to-elements.ts';
import { DATE_OK, ROLE_OK, filterParams, type FilterParams } from './filters.ts';
import { L, R, labelOf } from './names.ts';
import { readQuery } from './read.ts';

export interface TimelineOptions extends FilterParams {
  readonly limit: number;
}

export interface NamedRef {
  readonly id: string;
  readonly name: string;
}

export interface TimelineItem {
  readonly date: string | null;
  readonly event: { readonly id: string; readonly name: string; readonly kind: string | null; readonly date: string | null };
  /** How the entity is tied to the event: APPEARED_AT, HELD_IN, ORGANIZED_BY, MENTIONS; null for the event itself. */
  readonly relation: string | null;
  readonly role: string | null;
  /** The relationship's id, for /api/evidence. */
  readonly edge: string | null;
  readonly places: readonly NamedRef[];
  readonly organizations: readonly NamedRef[];
}

export interface Timeline {
  readonly entity: { readonly id: string; readonly label: string; readonly name: string };
  readonly total: number;
  readonly truncated: boolean;
  readonly items: readonly TimelineItem[];
}

/** One item as a Cypher map over the event `e`; the three arguments are Cypher expressions for the tie. */
const item = (relation: string, role: string, edge: string): string => `{
    date: e.date, event: e {.id, .name, .kind, .date}, relation: ${relation}, role: ${role}, edge: ${edge},
    places: COLLECT { MATCH (e)-[:${R.HELD_IN}]->(pl:${L.Place}) RETURN pl {.id, .name} ORDER BY pl.name },
    organizations: COLLECT { MATCH (e)-[:${R.ORGANIZED_BY}]->(o:${L.Organization}) RETURN o {.id, .name} ORDER BY o.name }
  }`;

function statement(label: Label): string {
  if (label === 'Event') {
    return `
MATCH (e:${L.Event} {id: $id})
WITH e AS x, e
WITH x, collect(CASE WHEN ${DATE_OK('e')} THEN ${item('null', 'null', 'null')} END) AS items
RETURN x.name AS name, size(items) AS total, items[..$limit] AS items`;
  }
  return `
MATCH (x:${labelOf(label)} {id: $id})
OPTIONAL MATCH (x)-[r:${R.APPEARED_AT}|${R.HELD_IN}|${R.ORGANIZED_BY}|${R.MENTIONS}]-(e:${L.Event})
WHERE ${ROLE_OK('r')} AND ${DATE_OK('e')}
WITH x, r, e
ORDER BY e.date IS NULL, e.date STARTS WITH '--', e.date, e.name, e.id
WITH x, collect(CASE WHEN e IS NULL THEN null ELSE ${item('type(r)', 'r.role', 'r.id')} END) AS items
RETURN x.name AS name, size(items) AS total, items[..$limit] AS items`;
}

const STATEMENTS = new Map<Label, string>();

export async function readTimeline(graph: Graph, id: string, o: TimelineOptions): Promise<Result<Timeline, 'not-found'>> {
  const label = labelOfId(id);
  if (!label) return fail('not-found', `no entity with id ${id}`);
  let cypher = STATEMENTS.get(label);
  if (cypher === undefined) {
    cypher = statement(label);
    STATEMENTS.set(label, cypher);
  }
  const record = (await readQuery(graph, cypher, { id, ...filterParams(o), limit: neo4j.int(o.limit) }))[0];
  if (!record) return fail('not-found', `no entity with id ${id}`);
  const total = toNumber(record.get('total'));
  const items = plainValue(record.get('items')) as unknown as TimelineItem[];
  return ok({
    entity: { id, label, name: String(record.get('name')) },
    total,
    truncated: total > items.length,
    items,
  });
}
