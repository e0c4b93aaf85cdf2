// People who appeared at the same events as a person: how many events they shared, and which
// (latest first), each with both people's roles. Optionally within an event date range.
import neo4j from 'neo4j-driver';
import { fail, ok, type Result } from '../../../vocab/result.ts';
import { toNumber, type Graph } from '../driver.ts';
import { plainValue, type DataValue } from '../to-elements.ts';
import { DATE_OK } from './filters.ts';
import { L, R } from './names.ts';
import { readQuery } from './read.ts';

export interface CoappearOptions {
  /** Most people returned, those with most shared events first. */
  readonly limit: number;
  /** Most shared events listed per person (the count covers all). */
  readonly events: number;
  readonly from: string | null;
  readonly to: string | null;
}

export interface SharedEvent {
  readonly id: string;
  readonly name: string;
  readonly date: string | null;
  readonly kind: string | null;
  /** The person's role at the event, and the edge that says so (for /api/evidence). */
  readonly role: string | null;
  readonly edge: string | null;
  /** The other person's role and edge. */
  readonly otherRole: string | null;
  readonly otherEdge: string | null;
}

export interface Coappearance {
  readonly person: { readonly id: string; readonly name: string; readonly scope: string | null };
  /** Distinct events both appeared at. */
  readonly count: number;
  readonly events: readonly SharedEvent[];
}

export interface Coappearances {
  readonly person: { readonly id: string; readonly name: string };
  /** People who shared at least one event, before the limit. */
  readonly total: number;
  readonly truncated: boolean;
  readonly coappearances: readonly Coappearance[];
}

const COAPPEAR = `
MATCH (p:${L.Person} {id: $id})
OPTIONAL MATCH (p)-[a:${R.APPEARED_AT}]->(e:${L.Event})<-[b:${R.APPEARED_AT}]-(q:${L.Person})
WHERE q <> p AND ${DATE_OK('e')}
WITH p, q, e, a, b
ORDER BY e.date IS NULL, e.date STARTS WITH '--', e.date DESC, e.id
WITH p, q, count(DISTINCT e) AS shared,
  collect({id: e.id, name: e.name, date: e.date, kind: e.kind, role: a.role, edge: a.id, otherRole: b.role, otherEdge: b.id}) AS events
ORDER BY shared DESC, q.name, q.id
WITH p, collect(CASE WHEN q IS NULL THEN null ELSE
  {person: {id: q.id, name: q.name, scope: q.scope}, count: shared, events: events[..$events]} END) AS people
RETURN p.name AS name, size(people) AS total, people[..$limit] AS people`;

export async function readCoappearances(graph: Graph, id: string, o: CoappearOptions): Promise<Result<Coappearances, 'not-found'>> {
  const record = (await readQuery(graph, COAPPEAR, {
    id, from: o.from, to: o.to, limit: neo4j.int(o.limit), events: neo4j.int(o.events),
  }))[0];
  if (!record) return fail('not-found', `no person with id ${id}`);
  const total = toNumber(record.get('total'));
  const coappearances = plainValue(record.get('people')) as unknown as Coappearance[];
  return ok({
    person: { id, name: String(record.get('name')) },
    total,
    truncated: total > coappearances.length,
    coappearances: coappearances.map((c) => ({ ...c, events: c.events.map(nullsForMissing) })),
  });
}

/** Map projections leave missing properties null already; this only narrows DataValue for the type. */
function nullsForMissing(e: SharedEvent): SharedEvent {
  const v = e as unknown as Record<string, DataValue>;
  const s = (k: string): string | null => (typeof v[k] === 'string' ? (v[k] as string) : null);
  return {
    id: String(v.id), name: String(v.name), date: s('date'), kind: s('kind'),
    role: s('role'), edge: s('edge'), otherRole: s('otherRole'), otherEdge: s('otherEdge'),
  };
}
