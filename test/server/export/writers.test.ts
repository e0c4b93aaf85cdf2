// The export writers on elements written in the test: escaping in XML, CSV and Cypher; typed
// GraphML keys; and Cypher literals that Neo4j itself reads back as the very same values.
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../server/graph/driver.ts';
import type { Elements } from '../../../server/graph/to-elements.ts';
import { csvCell, cypherLiteral, cypherName, toCsv, toCypherScript, toGexf, toGraphML, toStandaloneHtml, type ExportMeta } from '../../../server/export/index.ts';
import { connectTestGraph } from '../api/harness.ts';

const meta: ExportMeta = { title: 'A <test> & "quotes"', selection: { source: 'neighborhood' }, generatedAt: '2025-01-12T00:00:00.000Z' };

const TRICKY = 'a<b>&"c\' \\ back\nnew\tline\u2028sep \u0001ctl 𠀀 张建慧';

const elements: Elements = {
  nodes: [
    { group: 'nodes', data: { id: 'per_1', label: 'Person', name: TRICKY, aliases: ['张书记', 'a,b'], start: 3 } },
    { group: 'nodes', data: { id: 'evt_1', label: 'Event', name: '=SUM(A1)', date: '--11-03', start: 2.5 } },
  ],
  edges: [{ group: 'edges', data: { id: 'rel_1', source: 'per_1', target: 'evt_1', type: 'APPEARED_AT', role: 'spoke', evidenceCount: 0 } }],
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });

describe('GraphML and GEXF writers', () => {
  it('escape text so the XML parses and the values come back (control characters dropped)', () => {
    for (const text of [toGraphML(elements, meta), toGexf(elements, meta)]) {
      const doc = parser.parse(text) as Record<string, unknown>;
      expect(doc).toBeTruthy();
      expect(text).not.toContain('\u0001');
      expect(text).toContain('&lt;b&gt;&amp;&quot;c&apos;');
    }
  });

  it('give a key one type that holds all its values', () => {
    const text = toGraphML(elements, meta);
    expect(text).toMatch(/attr\.name="start" attr\.type="double"/u);
    expect(text).toMatch(/attr\.name="aliases" attr\.type="string"/u);
    expect(text).toContain('[&quot;张书记&quot;,&quot;a,b&quot;]');
  });
});

describe('CSV writer', () => {
  it('quotes what needs quoting and defuses formulas, but leaves yearless dates alone', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('-1+2')).toBe('-1+2');
    expect(csvCell('--11-03')).toBe('--11-03');
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell(null)).toBe('');
    const csv = toCsv(elements.nodes, ['id', 'label', 'name']);
    expect(csv.startsWith('\ufeffid,label,name,aliases,date,start\r\n')).toBe(true);
    expect(csv).toContain('"[""张书记"",""a,b""]"');
  });
});

describe('HTML writer', () => {
  it('keeps the element JSON from closing its script element', () => {
    const nasty: Elements = { nodes: [{ group: 'nodes', data: { id: 'x', label: 'Person', name: '</script><script>alert(1)</script>' } }], edges: [] };
    const html = toStandaloneHtml(nasty, meta, 'window.cytoscape = function () { return { on() {} }; };');
    expect((html.match(/<\/script>/gu) ?? []).length).toBe(4);
    expect(html).not.toContain('<script>alert(1)');
  });
});

describe('Cypher script writer', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await connectTestGraph();
  });
  afterAll(() => graph?.close());

  it('writes literals Neo4j reads back as the same values', async () => {
    const values = [TRICKY, "it's", '\\', '\\\'', '', 0, -12, 2.5, 1e21, 1.5e-7, true, false, ['a', "b'c"], [1, 2], []];
    for (const value of values) {
      const literal = cypherLiteral(value);
      expect(literal, String(value)).not.toBeNull();
      const back = await graph.read(async (tx) => (await tx.run(`RETURN ${literal} AS v`)).records[0]?.get('v'));
      const plain = JSON.parse(JSON.stringify(back, (_k, v: unknown) => (typeof v === 'object' && v && 'low' in v ? Number((v as { low: number }).low) : v)));
      expect(plain, String(literal)).toEqual(value);
    }
  });

  it('quotes names that are not plain identifiers', () => {
    expect(cypherName('Person')).toBe('Person');
    expect(cypherName('has space')).toBe('`has space`');
    expect(cypherName('back`tick')).toBe('`back``tick`');
  });

  it('writes MERGE statements keyed on id, without the element-only keys', () => {
    const script = toCypherScript(elements, meta);
    expect(script).toContain("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;");
    expect(script).toContain("MERGE (n:Event {id: 'evt_1'}) SET n += {date: '--11-03', name: '=SUM(A1)', start: 2.5};");
    expect(script).toContain("MATCH (a:Person {id: 'per_1'}) MATCH (b:Event {id: 'evt_1'}) MERGE (a)-[r:APPEARED_AT {id: 'rel_1'}]->(b) SET r += {role: 'spoke'};");
    expect(script).not.toMatch(/label: |evidenceCount/u);
  });
});
