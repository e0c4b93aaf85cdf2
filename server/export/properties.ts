// The properties of elements as export formats see them: which keys exist, with which type, and
// how a value that a format cannot hold (a list) is written. Shared by the GraphML, GEXF and CSV
// writers so the three agree.
import type { DataValue, EdgeElement, NodeElement } from '../graph/to-elements.ts';

export type ValueType = 'long' | 'double' | 'boolean' | 'string';

export interface PropertyColumn {
  readonly key: string;
  readonly type: ValueType;
}

function typeOf(value: DataValue): ValueType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** The widest type that holds both: long and double make double, anything else mixed makes string. */
function widen(a: ValueType, b: ValueType): ValueType {
  if (a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

/**
 * The keys of the elements' data (minus those given first), each with the one type that holds all
 * its values, in a stable order: the leading keys as given, then the rest alphabetically.
 */
export function columnsOf(elements: readonly (NodeElement | EdgeElement)[], leading: readonly string[]): PropertyColumn[] {
  const types = new Map<string, ValueType>();
  for (const element of elements) {
    for (const [key, value] of Object.entries(element.data)) {
      if (value === null) continue;
      const t = typeOf(value);
      const have = types.get(key);
      types.set(key, have ? widen(have, t) : t);
    }
  }
  const rest = [...types.keys()].filter((k) => !leading.includes(k)).sort();
  return [...leading, ...rest].map((key) => ({ key, type: types.get(key) ?? 'string' }));
}

/** A value as text in its column: lists and maps as JSON, numbers and booleans as JavaScript writes them. */
export function textOf(value: DataValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
