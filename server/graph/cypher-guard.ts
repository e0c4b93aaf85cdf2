// The first wall of the read-only Cypher console: a lexical check that refuses writes, schema and
// admin commands, DBMS procedures and APOC procedures that write or reach outside the database,
// before anything is sent to Neo4j. String literals, comments and `quoted` names are skipped, so
// `RETURN 'CREATE'` passes and `/* hi */ CREATE` does not. The second wall is the READ access
// mode of the transaction (queries/cypher.ts): whatever slips past this check still cannot write.
// Pure: no driver, no I/O.
import { fail, ok, type Result } from '../../vocab/result.ts';

/** Clauses that change data, schema or the DBMS. FOREACH holds only updating clauses. */
const WRITE_KEYWORDS = new Map<string, string>([
  ['CREATE', 'writes to the graph'],
  ['INSERT', 'writes to the graph'],
  ['MERGE', 'writes to the graph'],
  ['SET', 'writes to the graph'],
  ['DELETE', 'writes to the graph'],
  ['DETACH', 'writes to the graph'],
  ['REMOVE', 'writes to the graph'],
  ['FOREACH', 'runs updating clauses'],
  ['DROP', 'changes the schema'],
  ['ALTER', 'changes the DBMS'],
  ['RENAME', 'changes the DBMS'],
  ['GRANT', 'changes privileges'],
  ['DENY', 'changes privileges'],
  ['REVOKE', 'changes privileges'],
  ['TERMINATE', 'stops other transactions'],
  ['LOAD', 'reads files or URLs from the server (LOAD CSV)'],
  ['USE', 'switches database; the console runs on the NewsGraph database only'],
]);

/**
 * APOC namespaces that only read or compute (the second part of apoc.X.…). Everything else under
 * apoc is refused: create, merge, refactor, periodic, cypher (runs any text), load and export
 * (files and network), trigger, schema, … A namespace missing here is refused, not allowed.
 */
const APOC_READ_NAMESPACES = new Set([
  'meta', 'path', 'neighbors', 'help', 'coll', 'text', 'map', 'math', 'number', 'node', 'nodes.connected',
  'rel', 'any', 'label', 'date', 'temporal', 'agg', 'algo', 'bitwise', 'hashing', 'scoring', 'version', 'diff', 'convert.tojson',
]);

/** db.* procedures that change the database, its indexes or its statistics. */
const DB_WRITE = /^db\.(?:[a-z0-9_]+\.)*(?:create|drop|clear|set|resample|checkpoint|prepareforreplanning)/u;
const DB_STATS_WRITE = /^db\.stats\.(?:clear|collect|stop)/u;

export interface Rejection {
  /** The word or procedure that was refused, as written. */
  readonly what: string;
  readonly line: number;
  readonly column: number;
}

type TokenKind = 'word' | 'quoted' | 'punct' | 'number';

interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly offset: number;
}

/** Ends of a `//` comment. Ending early is the safe side: more text is read as code. */
const LINE_ENDS = new Set(['\n', '\r', '\u2028', '\u2029', '\u0085']);
const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/u;

/** Code tokens only: strings and comments are dropped, `quoted` names kept apart from words. */
export function tokenizeCypher(query: string): Token[] {
  const tokens: Token[] = [];
  const n = query.length;
  let i = 0;
  while (i < n) {
    const c = query[i] as string;
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      i += 2;
      while (i < n && !LINE_ENDS.has(query[i] as string)) i += 1;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      // Cypher escapes with a backslash only; a backslash always takes the next character with it.
      i += 1;
      while (i < n && query[i] !== c) i += query[i] === '\\' ? 2 : 1;
      i += 1;
    } else if (c === '`') {
      const start = i;
      let text = '';
      i += 1;
      while (i < n) {
        if (query[i] === '`') {
          if (query[i + 1] === '`') {
            text += '`';
            i += 2;
            continue;
          }
          break;
        }
        text += query[i];
        i += 1;
      }
      i += 1;
      tokens.push({ kind: 'quoted', text, offset: start });
    } else if (WORD_START.test(c)) {
      const start = i;
      while (i < n && WORD_PART.test(query[i] as string)) i += 1;
      tokens.push({ kind: 'word', text: query.slice(start, i), offset: start });
    } else if (DIGIT.test(c)) {
      const start = i;
      while (i < n && WORD_PART.test(query[i] as string)) i += 1;
      tokens.push({ kind: 'number', text: query.slice(start, i), offset: start });
    } else if (/\s/u.test(c)) {
      i += 1;
    } else {
      tokens.push({ kind: 'punct', text: c, offset: i });
      i += 1;
    }
  }
  return tokens;
}

function position(query: string, offset: number): { line: number; column: number } {
  const before = query.slice(0, offset).split(/\r\n|\r|\n/u);
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const isName = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'word' || t.kind === 'quoted');

/** A dotted name starting at index i (`apoc . create . node`), with the index after it. */
function dottedName(tokens: readonly Token[], i: number): { name: string; end: number } {
  const parts = [tokens[i]?.text ?? ''];
  let j = i + 1;
  while (tokens[j]?.text === '.' && tokens[j]?.kind === 'punct' && isName(tokens[j + 1])) {
    parts.push(tokens[j + 1]?.text ?? '');
    j += 2;
  }
  return { name: parts.join('.'), end: j };
}

/** Why a procedure or function may not run in the console, or null when it may. */
function refuseProcedure(name: string): string | null {
  const lower = name.toLowerCase();
  if (lower.startsWith('dbms.')) return 'is a DBMS procedure';
  if (DB_WRITE.test(lower) || DB_STATS_WRITE.test(lower)) return 'changes the database';
  if (lower.startsWith('apoc.')) {
    const parts = lower.split('.');
    const ns = parts[1] ?? '';
    const ns2 = `${ns}.${parts[2] ?? ''}`;
    if (!APOC_READ_NAMESPACES.has(ns) && !APOC_READ_NAMESPACES.has(ns2)) {
      return 'is an APOC procedure that may write or reach outside the database';
    }
  }
  return null;
}

function describe(query: string, what: string, offset: number, reason: string): Result<never, 'query-rejected'> {
  const { line, column } = position(query, offset);
  return fail(
    'query-rejected',
    `the Cypher console is read-only: ${what} (line ${line}, column ${column}) ${reason}. ` +
      'Use MATCH, OPTIONAL MATCH, WITH, UNWIND, CALL {…} with reads, RETURN, SHOW.',
  );
}

/** ok when the query may be sent to Neo4j in a read transaction; `query-rejected` with the reason otherwise. */
export function checkReadOnly(query: string): Result<void, 'query-rejected'> {
  const tokens = tokenizeCypher(query);
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (!isName(t)) continue;
    const prev = tokens[i - 1];
    const upper = t.text.toUpperCase();

    // A dotted name called as a procedure (after CALL) or as a function (before a parenthesis).
    if (tokens[i + 1]?.text === '.' && tokens[i + 1]?.kind === 'punct' && prev?.text !== '.' && prev?.text !== '$') {
      const { name, end } = dottedName(tokens, i);
      const called = prev?.kind === 'word' && prev.text.toUpperCase() === 'CALL';
      if (called || tokens[end]?.text === '(') {
        const reason = refuseProcedure(name);
        if (reason) return describe(query, name, t.offset, reason);
      }
      i = end - 1;
      continue;
    }

    if (t.kind === 'quoted') continue;
    // A word after `.`, `$` or `:` is a property, parameter, label or type; before `:` a map key or variable.
    if (prev?.kind === 'punct' && (prev.text === '.' || prev.text === '$' || prev.text === ':')) continue;
    if (tokens[i + 1]?.kind === 'punct' && tokens[i + 1]?.text === ':') continue;

    const reason = WRITE_KEYWORDS.get(upper);
    if (reason) return describe(query, upper, t.offset, reason);
    // SHOW TRANSACTIONS reads; CALL {…} IN [n CONCURRENT] TRANSACTIONS commits batches of writes.
    if (upper === 'TRANSACTIONS' && !(prev?.kind === 'word' && prev.text.toUpperCase() === 'SHOW')) {
      return describe(query, 'IN TRANSACTIONS', t.offset, 'commits batches of writes');
    }
  }
  return ok(undefined);
}
