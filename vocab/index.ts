// The domain vocabulary, re-exported: labels, relationship types, roles, ids, the Extraction type.
export * from './labels.ts';
export * from './relations.ts';
export * from './roles.ts';
export * from './ids.ts';
export type * from './extraction.ts';
export * from './result.ts';
