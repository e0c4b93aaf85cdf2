// Export writers: pure functions from elements to file text or bytes; this file only re-exports.
export * from './csv.ts';
export * from './cypher-script.ts';
export * from './gexf.ts';
export * from './graphml.ts';
export * from './html.ts';
export * from './json.ts';
export * from './meta.ts';
export * from './write.ts';
export { cytoscapeSource } from './cytoscape-source.ts';
