// Relationship types of the graph: direction, allowed endpoints, properties and the reading
// in each direction ("appeared at" / "attended by"), which the client shows on edges.
import type { Label } from './labels.ts';

export interface RelationSpec {
  readonly from: readonly Label[];
  readonly to: readonly Label[];
  readonly properties: readonly string[];
  /** Whether the text asserts it, so it carries evidence (sentence and offsets). */
  readonly evidenced: boolean;
  readonly forward: string;
  readonly reverse: string;
  readonly zh: string;
}

export const RELATIONS = {
  APPEARED_AT: {
    from: ['Person'], to: ['Event'], properties: ['role'], evidenced: true,
    forward: 'appeared at', reverse: 'attended by', zh: '出席',
  },
  HOLDS_POSITION: {
    from: ['Person'], to: ['Organization', 'Place'], properties: ['title', 'firstSeen', 'lastSeen'], evidenced: true,
    forward: 'holds position in', reverse: 'has official', zh: '任职',
  },
  HELD_IN: {
    from: ['Event'], to: ['Place'], properties: [], evidenced: true,
    forward: 'held in', reverse: 'hosted', zh: '举办地',
  },
  ORGANIZED_BY: {
    from: ['Event'], to: ['Organization'], properties: [], evidenced: true,
    forward: 'organized by', reverse: 'organized', zh: '主办',
  },
  PART_OF: {
    from: ['Place'], to: ['Place'], properties: [], evidenced: false,
    forward: 'part of', reverse: 'contains', zh: '隶属',
  },
  LOCATED_IN: {
    from: ['Organization'], to: ['Place'], properties: [], evidenced: false,
    forward: 'located in', reverse: 'seat of', zh: '位于',
  },
  MENTIONS: {
    from: ['Article'], to: ['Person', 'Place', 'Organization', 'Event'], properties: ['count'], evidenced: false,
    forward: 'mentions', reverse: 'mentioned in', zh: '提及',
  },
  REPORTED: {
    from: ['Person'], to: ['Article'], properties: ['role'], evidenced: true,
    forward: 'reported', reverse: 'reported by', zh: '报道',
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && Object.hasOwn(RELATIONS, value);
}
