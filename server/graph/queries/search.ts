// Full-text search over names, aliases and pinyin (the `entity_names` index), ranked: the exact
// name first, then an exact alias, then Lucene's score; each hit with its label and context line.
import neo4j from 'neo4j-driver';
import type { Graph } from '../driver.ts';
import { FULLTEXT_INDEX } from '../schema.ts';
import { plainValue, vocabularyLabel, type DataValue } from '../to-elements.ts';
import { CONTEXT_COLUMNS, contextOf, type Context } from './context.ts';
import { luceneQuery, normalizeQueryText } from './lucene.ts';
import { readQuery } from './read.ts';

export interface SearchOptions {
  readonly limit: number;
  readonly prefix: boolean;
}

export interface SearchHit {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Lucene's relevance; comparable only within one response. */
  readonly score: number;
  /** 'name' when the text is the name, 'alias' when it is an alias, else null. */
  readonly exact: 'name' | 'alias' | null;
  readonly context: Context;
}

export interface SearchResults {
  readonly query: string;
  readonly hits: readonly SearchHit[];
}

/**
 * Lucene ranks within the candidates it returns; asking for a few times the page size leaves
 * room for exact names that Lucene scored lower (a long alias list dilutes a name's score).
 */
const CANDIDATE_FACTOR = 4;
const MIN_CANDIDATES = 40;

const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node AS n, score
WITH n, score, CASE WHEN n.name = $text THEN 2 WHEN $text IN coalesce(n.aliases, []) THEN 1 ELSE 0 END AS exact
ORDER BY exact DESC, score DESC, size(n.name), n.id
LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases, score, exact,
  n {.date, .scope, .source} AS props,
  ${CONTEXT_COLUMNS}`;

/** No expected failure: text with nothing searchable in it finds nothing. */
export async function searchEntities(graph: Graph, text: string, options: SearchOptions): Promise<SearchResults> {
  const query = normalizeQueryText(text);
  const lucene = luceneQuery(query, { prefix: options.prefix });
  if (lucene === null) return { query, hits: [] };
  const records = await readQuery(graph, SEARCH, {
    index: FULLTEXT_INDEX,
    lucene,
    text: query,
    candidates: neo4j.int(Math.max(MIN_CANDIDATES, options.limit * CANDIDATE_FACTOR)),
    limit: neo4j.int(options.limit),
  });
  const hits = records.map((r): SearchHit => {
    const label = vocabularyLabel(r.get('labels') as string[]);
    const props = plainValue(r.get('props')) as Record<string, DataValue>;
    const exact = Number(plainValue(r.get('exact')));
    return {
      id: String(r.get('id')),
      label,
      name: String(r.get('name')),
      aliases: (r.get('aliases') as unknown[]).map(String),
      score: Number(r.get('score')),
      exact: exact === 2 ? 'name' : exact === 1 ? 'alias' : null,
      context: contextOf(label, props, r.get('ctxPosition'), r.get('ctxPlaces')),
    };
  });
  return { query, hits };
}
