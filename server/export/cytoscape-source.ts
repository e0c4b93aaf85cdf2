// The Cytoscape.js library text for the standalone HTML export, read once from node_modules.
// The one file of server/export/ that reads the disk; the writers take the text as an argument.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

let cached: Promise<string> | null = null;

export function cytoscapeSource(): Promise<string> {
  cached ??= readFile(createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js'), 'utf8').catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
