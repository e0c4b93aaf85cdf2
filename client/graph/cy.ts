// Creates the explorer's Cytoscape instance: the one place that registers extensions
// (cytoscape.use) and picks the renderer. WebGL (Cytoscape ≥ 3.31) where the browser has
// WebGL 2, the canvas renderer otherwise; the choice is made once, as Cytoscape cannot switch
// renderers on a live instance.
import cytoscape, { type Core, type StylesheetStyle } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { buildStylesheet } from './style.ts';

export type RendererName = 'webgl' | 'canvas';
export type RendererChoice = RendererName | 'auto';

let registered = false;

/** cytoscape.use twice throws for some extensions; tests and the bench may create several instances. */
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(svg);
  registered = true;
}

/** Whether this browser can give Cytoscape a WebGL 2 context (software WebGL counts). */
export function webglAvailable(doc: Document): boolean {
  try {
    return doc.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

export const CY_DEFAULTS = {
  // Far enough out to see 5,000 nodes at once, close enough in to read a sentence-long label.
  minZoom: 0.02,
  maxZoom: 4,
  // Shift-drag selects a group (to export or remove it); plain drag pans.
  boxSelectionEnabled: true,
  // Retina screens get sharp text; Cytoscape caps the cost itself.
  pixelRatio: 'auto',
} as const;

export interface CreatedCy {
  readonly cy: Core;
  readonly renderer: RendererName;
}

export function createCy(container: HTMLElement, choice: RendererChoice = 'auto'): CreatedCy {
  registerExtensions();
  const renderer: RendererName =
    choice === 'canvas' || (choice === 'auto' && !webglAvailable(container.ownerDocument)) ? 'canvas' : 'webgl';
  const cy = cytoscape({
    container,
    ...CY_DEFAULTS,
    style: buildStylesheet() as unknown as StylesheetStyle[],
    renderer: { name: 'canvas', webgl: renderer === 'webgl' },
  });
  return { cy, renderer };
}
