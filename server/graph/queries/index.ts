// The graph queries of the API, one per file; this file only re-exports.
export * from './health.ts';
export * from './search.ts';
export * from './entity.ts';
export * from './neighborhood.ts';
export * from './path.ts';
export * from './coappear.ts';
export * from './timeline.ts';
export * from './evidence.ts';
export * from './cypher.ts';
export { readQuery, readTransaction, isBusy, READ_DEFAULTS, type QueryRunner, type ReadOptions } from './read.ts';
export type { Context } from './context.ts';
export type { FilterParams } from './filters.ts';
