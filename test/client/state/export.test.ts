// Exports get the graph the reader sees: the source when the view is untouched, the drawn ids
// otherwise, and the source again (flagged inexact) when the ids would not fit in a URL.
import { describe, expect, it } from 'vitest';
import { LABEL_NAMES } from '../../../vocab/labels.ts';
import { DEFAULT_FILTERS } from '../../../client/state/filters.ts';
import { IDS_QUERY, MAX_ID_PARAMS_CHARS, exportRequest } from '../../../client/state/export.ts';
import type { Source } from '../../../client/state/url.ts';

const source: Source = { kind: 'neighborhood', id: 'per_1', depth: 1, limit: null, narrow: false };

describe('exportRequest', () => {
  it('is null when nothing is drawn', () => {
    expect(exportRequest('graphml', source, DEFAULT_FILTERS, { nodes: [], edges: [], pristine: true })).toBeNull();
  });

  it('exports the source itself, with the filters, when the view is untouched', () => {
    const r = exportRequest('gexf', source, { ...DEFAULT_FILTERS, roles: ['presided'] }, { nodes: ['per_1'], edges: [], pristine: true });
    expect(r?.exact).toBe(true);
    expect(r?.params).toMatchObject({ format: 'gexf', source: 'neighborhood', id: 'per_1', depth: 1, roles: expect.stringContaining('presided') });
  });

  it('exports the drawn ids after expansions, through a read-only query', () => {
    const r = exportRequest('graphml', source, DEFAULT_FILTERS, { nodes: ['per_1', 'evt_2'], edges: ['rel_3'], pristine: false });
    expect(r?.params).toMatchObject({ format: 'graphml', source: 'cypher', query: IDS_QUERY });
    expect(JSON.parse(String(r?.params.params))).toEqual({ nodes: ['per_1', 'evt_2'], edges: ['rel_3'] });
  });

  it('falls back to the source when the ids would not fit in a URL, and says so', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => `per_${String(i).padStart(16, '0')}`);
    expect(JSON.stringify(nodes).length).toBeGreaterThan(MAX_ID_PARAMS_CHARS);
    const r = exportRequest('csv', source, DEFAULT_FILTERS, { nodes, edges: [], pristine: false });
    expect(r).toMatchObject({ exact: false, params: { source: 'neighborhood' } });
  });

  it('the id query reads every vocabulary label and writes nothing', () => {
    for (const label of LABEL_NAMES) expect(IDS_QUERY).toContain(`(n:${label})`);
    expect(IDS_QUERY).not.toMatch(/\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/u);
  });
});
