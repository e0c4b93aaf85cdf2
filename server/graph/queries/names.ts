// Labels and relationship types as they may appear in Cypher text, taken from vocab/ and nowhere
// else: Cypher cannot take them as parameters, so a typo here must fail to compile, and a value
// typed by a user must never reach a statement (STYLE rule 7).
import { LABELS, type Label } from '../../../vocab/labels.ts';
import { RELATIONS, RELATION_TYPES, type RelationType } from '../../../vocab/relations.ts';

export const L = Object.fromEntries(Object.keys(LABELS).map((k) => [k, k])) as { readonly [K in Label]: K };
export const R = Object.fromEntries(Object.keys(RELATIONS).map((k) => [k, k])) as { readonly [K in RelationType]: K };

/**
 * `A|B|C` for a relationship pattern. The names written are the vocabulary's own strings,
 * picked by membership, so a caller's array only chooses among them, never adds text.
 */
export function typeAlternation(types: readonly RelationType[]): string {
  const wanted = new Set<string>(types);
  const chosen = RELATION_TYPES.filter((t) => wanted.has(t));
  if (chosen.length === 0) throw new Error('server/graph/queries: a relationship pattern needs at least one type');
  return chosen.join('|');
}

/** The label part of a node pattern, checked against the vocabulary. */
export function labelOf(label: Label): string {
  if (!Object.hasOwn(LABELS, label)) throw new Error(`server/graph/queries: unknown label ${String(label)}`);
  return label;
}

/**
 * The relationship types that are not Article hubs: every article MENTIONS each entity it names,
 * so walking through articles links everybody to everybody. Paths and neighbourhoods leave them
 * out unless asked.
 */
export const NON_ARTICLE_TYPES: readonly RelationType[] = RELATION_TYPES.filter(
  (t) => !(RELATIONS[t].from as readonly Label[]).includes('Article') && !(RELATIONS[t].to as readonly Label[]).includes('Article'),
);
