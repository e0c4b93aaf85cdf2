// Loads the shipped seed pages into an empty database, so `npm start` shows something at once.
// It goes through the same ingest path as `npm run ingest`.
import type { Graph } from './graph/driver.ts';
import { toNumber } from './graph/driver.ts';
import { formatSummary, ingest } from './ingest.ts';

/** Returns a one-line summary of what was loaded, or null when the database already had articles. */
export async function loadSeedsIfEmpty(graph: Graph, seedsDir: string, log: (line: string) => void): Promise<string | null> {
  const articles = await graph.read(async (tx) => (await tx.run('MATCH (a:Article) RETURN count(a) AS n')).records[0]?.get('n'));
  if (toNumber(articles) > 0) return null;
  log(`loading the seed pages from ${seedsDir}…`);
  const summary = await ingest(graph, [seedsDir]);
  for (const f of summary.failures) log(`seed page skipped: ${f.path}: ${f.message}`);
  return formatSummary(summary);
}
