// What every export file says about itself: what was selected, and when. Passed in by the route,
// so the writers stay pure (same elements and meta, same bytes).
export interface ExportMeta {
  /** A line for people: "Neighborhood of 张建慧 (depth 2)". */
  readonly title: string;
  /** How the selection was made, as the query string said it. */
  readonly selection: Readonly<Record<string, string | number | boolean | null | readonly string[]>>;
  /** ISO timestamp of the export. */
  readonly generatedAt: string;
}

export const GENERATOR = 'NewsGraph';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json', 'cypher', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
