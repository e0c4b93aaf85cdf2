// Content-derived ids: the same name in the same scope gives the same id today and tomorrow,
// so extracting or loading an article twice changes nothing. Never counters.
// Pure JavaScript (no node:crypto) because the client imports this module too.
import type { Label } from './labels.ts';
import type { RelationType } from './relations.ts';

const PREFIX: Record<Label, string> = {
  Person: 'per', Place: 'plc', Organization: 'org', Event: 'evt', Article: 'art',
};

/** Spaces and width variants do not make a different name. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

const MASK = (1n << 64n) - 1n;
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;

/** FNV-1a over UTF-8, 64 bits as 16 hex digits; enough for billions of entities. */
export function contentHash(...parts: readonly string[]): string {
  let h = FNV_OFFSET;
  const bytes = new TextEncoder().encode(parts.join('\u241f'));
  for (const b of bytes) {
    h ^= BigInt(b);
    h = (h * FNV_PRIME) & MASK;
  }
  return h.toString(16).padStart(16, '0');
}

export function entityId(label: Label, name: string, scope = ''): string {
  return `${PREFIX[label]}_${contentHash(label, normalizeName(name), normalizeName(scope))}`;
}

export const personId = (name: string, scope: string): string => entityId('Person', name, scope);
export const placeId = (name: string, code: string | null): string => entityId('Place', name, code ?? '');
export const organizationId = (name: string, scope: string): string => entityId('Organization', name, scope);
/** An event is its name on its date in its scope: the same meeting reported twice is one. */
export const eventId = (name: string, date: string | null, scope: string): string =>
  entityId('Event', name, `${date ?? ''}@${scope}`);
/** An article is its text: a reprint on another page is the same article. */
export const articleId = (textHash: string): string => `${PREFIX.Article}_${textHash}`;

export function relationId(type: RelationType, from: string, to: string, key = ''): string {
  return `rel_${contentHash(type, from, to, key)}`;
}

export function labelOfId(id: string): Label | undefined {
  const prefix = id.slice(0, id.indexOf('_'));
  return (Object.keys(PREFIX) as Label[]).find((l) => PREFIX[l] === prefix);
}
