// Creates the explorer's Cytoscape instance: the one place that registers extensions
// (cytoscape.use) and picks the renderer. WebGL (Cytoscape ≥ 3.31) where the browser has
// hardware WebGL 2, the canvas renderer otherwise; the choice is made once, as Cytoscape cannot
// switch renderers on a live instance. `?renderer=webgl|canvas` in the URL overrides it.
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

export type WebglSupport = 'hardware' | 'software' | 'none';

/** Renderer strings of WebGL drawn by the CPU. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver/iu;

/**
 * What WebGL 2 this browser offers. Software WebGL (SwiftShader without a GPU, llvmpipe) is far
 * slower than Cytoscape's canvas renderer (bench/client.ts measures both), so it does not count.
 */
export function webglSupport(doc: Document): WebglSupport {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE_GL.test(name) ? 'software' : 'hardware';
  } catch {
    return 'none';
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
    choice === 'canvas' || (choice === 'auto' && webglSupport(container.ownerDocument) !== 'hardware') ? 'canvas' : 'webgl';
  const cy = cytoscape({
    container,
    ...CY_DEFAULTS,
    style: buildStylesheet() as unknown as StylesheetStyle[],
    renderer: { name: 'canvas', webgl: renderer === 'webgl' },
    // Canvas only: while the reader drags or wheels, move a snapshot instead of redrawing 20,000
    // edges each frame; the sharp drawing returns when the hand stops.
    textureOnViewport: renderer === 'canvas',
  });
  return { cy, renderer };
}
