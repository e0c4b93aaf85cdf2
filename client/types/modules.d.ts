// Type declarations for the client's packages that ship none: the Cytoscape extensions
// (registered in graph/cy.ts), the Cypher editor (whose package.json hides its own .d.ts behind
// an exports map), and what Cytoscape ≥ 3.31 accepts that @types/cytoscape 3.21 does not know.
import 'cytoscape';

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

declare module 'cytoscape' {
  interface CytoscapeOptions {
    /** The renderer; `webgl: true` turns on the WebGL renderer of Cytoscape ≥ 3.31. */
    renderer?: { name: 'canvas'; webgl?: boolean; showFps?: boolean; webglTexSize?: number; webglBatchSize?: number; webglTexPerBatch?: number };
  }
  interface SvgOptions {
    /** The whole graph (true) or what the viewport shows (false). */
    full?: boolean;
    scale?: number;
    /** Background colour; transparent when left out. */
    bg?: string;
  }
  interface Core {
    /** From cytoscape-svg, registered in graph/cy.ts. */
    svg(options?: SvgOptions): string;
  }
}

declare module '@neo4j-cypher/codemirror/css/cypher-codemirror.css' {}
