// Modules the client imports that ship no types: the Cytoscape extensions (registered in
// graph/cy.ts), the Cypher editor (whose package.json hides its own .d.ts behind an exports map)
// and that editor's stylesheet. A script file, so these are declarations, not augmentations.

declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const svg: Ext;
  export default svg;
}

declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}

declare module '@neo4j-cypher/codemirror/css/cypher-codemirror.css' {}
