// Data the stylesheet reads that the API does not send: an edge's caption in the reader's
// language (the role for appearances, the title for posts, the relationship's reading
// otherwise) and a person's number of appearances in view (their node size). Pure; view.ts
// writes the results into element data, so style.ts keeps selecting on data only.
import { isOneOf, APPEARANCE_ROLES, BYLINE_ROLES } from '../../vocab/roles.ts';
import { relationName, word, type Lang } from '../i18n.ts';
import type { EdgeFacts } from '../state/filters.ts';

export interface CaptionFacts extends EdgeFacts {
  readonly title?: unknown;
}

export function edgeCaption(e: CaptionFacts, lang: Lang): string {
  if (isOneOf(APPEARANCE_ROLES, e.role) || isOneOf(BYLINE_ROLES, e.role)) return word(e.role, lang);
  if (e.type === 'HOLDS_POSITION' && typeof e.title === 'string' && e.title !== '') return e.title;
  return relationName(e.type, lang);
}

/** APPEARED_AT edges per person among the given edges: how often each was seen at an event. */
export function appearanceCounts(edges: readonly EdgeFacts[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of edges) if (e.type === 'APPEARED_AT') counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
  return counts;
}
