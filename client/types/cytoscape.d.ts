// What Cytoscape ≥ 3.31 and cytoscape-svg add that @types/cytoscape 3.21 does not know: the
// renderer option (WebGL) and cy.svg(). An augmentation of the 'cytoscape' module.
import 'cytoscape';

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
