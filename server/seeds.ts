// Loads the shipped seed pages into an empty database, so `npm start` shows something at once.
import type { Graph } from './graph/driver.ts';

/** Returns a one-line summary of what was loaded, or null when the database already had articles. */
export async function loadSeedsIfEmpty(graph: Graph, seedsDir: string, log: (line: string) => void): Promise<string | null> {
  const articles = await graph.read(async (tx) => (await tx.run('MATCH (a:Article) RETURN count(a) AS n')).records[0]?.get('n'));
  if (Number(articles) > 0) return null;
  // The ingest path lands with the loader; until then the schema alone is created.
  log(`seed directory ${seedsDir}: ingest not available yet`);
  return null;
}
