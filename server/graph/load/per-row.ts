// The baseline the batched loader is measured against (bench/ingest.ts): the same statements
// and the same rows, but one row per statement and one statement per transaction, as a loader
// written without UNWIND would do. Not for production use.
import type { Extraction } from '../../../vocab/extraction.ts';
import type { Graph } from '../driver.ts';
import { DEFAULTS, emptyCounts, runStep, stepsOf, type LoadCounts } from '../load.ts';
import { buildRows } from './rows.ts';

/** Loads extractions one row at a time; stops early (between rows) once `deadline` (performance.now()) has passed. */
export async function loadPerRow(
  graph: Graph,
  source: Iterable<Extraction> | AsyncIterable<Extraction>,
  options: { maxEvidence?: number; deadline?: number } = {},
): Promise<LoadCounts & { complete: boolean }> {
  const maxEvidence = options.maxEvidence ?? DEFAULTS.maxEvidence;
  const counts = emptyCounts();
  for await (const x of source) {
    const rows = buildRows([x], maxEvidence);
    for (const step of stepsOf(rows)) {
      for (const row of step.rows) {
        if (options.deadline !== undefined && performance.now() > options.deadline) return { ...counts, complete: false };
        await graph.write((tx) => runStep(tx, { ...step, rows: [row] }, maxEvidence, counts));
        counts.batches += 1;
      }
    }
    counts.extractions += 1;
    counts.articles += rows.articleCount;
  }
  return { ...counts, complete: true };
}
