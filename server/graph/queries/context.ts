// The one-line context shown beside a name (search results, entity panel): the best-known title
// and organization of a person, the enclosing places of a place, the seat of an organization,
// the date and place of an event. Cypher fragments (COLLECT subqueries over a node variable `n`)
// plus the function that writes the line; shared by search.ts and entity.ts.
import { L, R } from './names.ts';
import type { DataValue } from '../to-elements.ts';

/**
 * Subqueries returning lists, for `RETURN …, ${CONTEXT_COLUMNS}`. A title is "best known" when it
 * was seen last (lastSeen), then when more sentences attest it.
 */
export const CONTEXT_COLUMNS = `
  COLLECT {
    MATCH (n)-[h:${R.HOLDS_POSITION}]->(o)
    RETURN [h.title, o.name]
    ORDER BY h.lastSeen IS NULL, h.lastSeen DESC, size(coalesce(h.evidenceArticles, [])) DESC, o.name
    LIMIT 1
  } AS ctxPosition,
  COLLECT {
    MATCH path = (n)-[:${R.PART_OF}|${R.LOCATED_IN}|${R.HELD_IN}]->(:${L.Place})-[:${R.PART_OF}*0..2]->(up:${L.Place})
    RETURN up.name ORDER BY length(path) LIMIT 3
  } AS ctxPlaces`;

export interface Context {
  /** One line for a list: 市委书记 · 周口市委 */
  readonly line: string;
  readonly title: string | null;
  readonly organization: string | null;
  /** The nearest enclosing place (Place: its parent; Organization: its seat; Event: where held; Person: scope). */
  readonly place: string | null;
  readonly date: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Parts joined with ' · ', leaving out one already said by an earlier part (周口市 inside 周口市委). */
function joinLine(parts: readonly (string | null)[]): string {
  const kept: string[] = [];
  for (const part of parts) {
    if (part && !kept.some((k) => k.includes(part))) kept.push(part);
  }
  return kept.join(' · ');
}

export function contextOf(label: string, properties: Record<string, DataValue>, position: unknown, places: unknown): Context {
  const pos = Array.isArray(position) && Array.isArray(position[0]) ? (position[0] as unknown[]) : [];
  const title = str(pos[0]);
  const organization = str(pos[1]);
  const placeNames = Array.isArray(places) ? places.map(str).filter((p): p is string => p !== null) : [];
  const date = str(properties.date);
  switch (label) {
    case 'Person': {
      const place = str(properties.scope);
      return { line: joinLine([title, organization, place]), title, organization, place, date: null };
    }
    case 'Event':
      return { line: joinLine([date, ...placeNames.slice(0, 1)]), title: null, organization: null, place: placeNames[0] ?? null, date };
    case 'Article':
      return { line: joinLine([date, str(properties.source)]), title: null, organization: null, place: null, date };
    default:
      return { line: joinLine(placeNames), title: null, organization: null, place: placeNames[0] ?? null, date: null };
  }
}
