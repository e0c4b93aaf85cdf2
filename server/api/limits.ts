// Defaults and ceilings of the API, one object, a reason per number. The request schemas
// (schemas.ts) and the Cypher console read them; createApp can lower the console's for tests.

export const API_LIMITS = {
  search: {
    /** A result list a reader scans at a glance; autocomplete shows fewer. */
    limit: 20,
    /** Past a hundred a reader refines the query instead of scrolling. */
    maxLimit: 100,
    /** Names are short; a longer text is a pasted paragraph, not a search. */
    maxQueryChars: 200,
  },
  neighborhood: {
    /** Cytoscape lays out 500 nodes in well under a second; more is a hairball to read. */
    limit: 500,
    /** The WebGL renderer copes with 5,000; beyond, export the selection instead. */
    maxLimit: 5_000,
  },
  path: {
    /** Six hops through events and organizations links most officials of one province. */
    maxHops: 6,
    /** allShortestPaths grows fast with the bound; ten is already far. */
    maxMaxHops: 10,
    /** Shortest paths returned; a few show the pattern, dozens repeat it. */
    limit: 10,
    maxLimit: 50,
  },
  coappear: {
    /** People listed, most shared events first. */
    limit: 50,
    maxLimit: 500,
    /** Shared events listed per person (the count covers all of them). */
    events: 10,
    maxEvents: 100,
  },
  timeline: {
    /** Appearances returned; a provincial secretary's two years of news fit. */
    limit: 1_000,
    maxLimit: 5_000,
  },
  cypher: {
    /** A console query that runs longer than this is almost always a missing LIMIT or a cartesian product. */
    timeoutMs: 10_000,
    /** Rows returned to the browser; the query is cut off on the server after this many. */
    maxRows: 5_000,
    /** A console query is typed or pasted, not generated: 100k characters is generous. */
    maxQueryChars: 100_000,
  },
} as const;

export interface CypherLimits {
  readonly timeoutMs: number;
  readonly maxRows: number;
}
