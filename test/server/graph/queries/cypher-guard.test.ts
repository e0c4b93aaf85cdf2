// The console's lexical check: writes, admin commands and dangerous procedures are refused
// wherever they hide in code; the same words inside strings, comments and quoted names are not.
import { describe, expect, it } from 'vitest';
import { checkReadOnly, tokenizeCypher } from '../../../../server/graph/cypher-guard.ts';

const refused = (query: string) => expect(checkReadOnly(query), query).toMatchObject({ ok: false, error: { code: 'query-rejected' } });
const allowed = (query: string) => expect(checkReadOnly(query), query).toEqual({ ok: true, value: undefined });

describe('checkReadOnly', () => {
  it.each([
    'CREATE (n)', 'create (n)', 'MERGE (n:X)', 'MATCH (n) SET n.x = 1', 'MATCH (n) DELETE n', 'MATCH (n) DETACH DELETE n',
    'MATCH (n) REMOVE n.x', 'DROP INDEX x', 'FOREACH (x IN [1] | CREATE ())', "LOAD CSV FROM 'x' AS r RETURN r",
    'INSERT (n:X)', 'ALTER USER x SET PASSWORD "y"', 'GRANT ROLE x TO y', 'TERMINATE TRANSACTIONS "t"', 'USE system SHOW USERS',
    'MATCH (n)\nCALL { WITH n CREATE (m) }\nRETURN n', 'UNWIND [1] AS x CALL { RETURN x AS y } IN TRANSACTIONS RETURN y',
    'UNWIND [1] AS x CALL { RETURN x AS y } IN 4 CONCURRENT TRANSACTIONS RETURN y',
    '// comment\nCREATE ()', '/* comment */CREATE ()', "RETURN 'a' CREATE ()", 'RETURN "\\"" CREATE ()', "RETURN '\\\\' CREATE ()",
    'MATCH (n)//x\rDELETE n', 'MATCH (n)//x\u2028DELETE n',
    'CALL dbms.components()', 'CALL dbms.security.listUsers()', 'CALL db.createLabel("X")', 'CALL db.index.fulltext.drop("x")',
    'CALL db.clearQueryCaches()', 'CALL db.stats.clear()', 'CALL apoc.create.node([], {})', 'CALL apoc . create . node([], {})',
    'CALL `apoc`.`create`.`node`([], {})', 'CALL apoc./* hi */create.node([], {})', 'RETURN apoc.cypher.runFirstColumnSingle("x", {})',
    'CALL apoc.periodic.iterate("a", "b", {})', 'CALL apoc.load.json("file:///etc/passwd")', 'CALL apoc.export.csv.all("x", {})',
    'CALL apoc.refactor.mergeNodes([])', 'CALL APOC.MERGE.node([], {})',
  ])('refuses %j', refused);

  it.each([
    'MATCH (n) RETURN n', "MATCH (n) WHERE n.name = 'CREATE' RETURN n", 'RETURN "DETACH DELETE" AS x', 'RETURN 1 AS `DELETE`',
    '// CREATE\nRETURN 1', '/* MERGE (n) */ RETURN 1', 'MATCH (n) RETURN n.set, n.create', 'RETURN {create: 1, set: 2} AS m',
    'MATCH (n:Person) RETURN $delete', 'MATCH ()-[r:`CREATE`]->() RETURN r', 'CALL db.labels()', 'CALL db.schema.visualization()',
    "CALL db.index.fulltext.queryNodes('entity_names', 'zjh') YIELD node RETURN node", 'SHOW TRANSACTIONS', 'SHOW INDEXES',
    'CALL apoc.meta.schema()', 'RETURN apoc.text.join(["a"], ",")', 'MATCH p = (a)-[*..3]-(b) RETURN p LIMIT 1',
    'EXPLAIN MATCH (n) RETURN n', "RETURN 'it\\'s' AS s, \"CREATE\" AS t",
  ])('allows %j', allowed);

  it('names the refused word and its position', () => {
    const r = checkReadOnly('MATCH (n)\nWITH n\n  SET n.x = 1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/SET \(line 3, column 3\)/u);
  });
});

describe('tokenizeCypher', () => {
  it('drops strings and comments and keeps quoted names apart', () => {
    const tokens = tokenizeCypher("MATCH (n:`My Label`) // x\nWHERE n.a = 'x' /* y */ RETURN n");
    expect(tokens.filter((t) => t.kind !== 'punct').map((t) => [t.kind, t.text])).toEqual([
      ['word', 'MATCH'], ['word', 'n'], ['quoted', 'My Label'], ['word', 'WHERE'], ['word', 'n'], ['word', 'a'], ['word', 'RETURN'], ['word', 'n'],
    ]);
  });
});
