// Filters hide what they should and nothing else, with the API's semantics: edges without a role
// pass the role filter, dates apply to events, a node left with no shown edge goes too (unless it
// is what the view is about).
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, apiFilterParams, hiddenBy, isDefaultFilters, toggled, type EdgeFacts, type NodeFacts } from '../../../client/state/filters.ts';
import { APPEARANCE_ROLES } from '../../../vocab/roles.ts';

const nodes: NodeFacts[] = [
  { id: 'zhang', label: 'Person' },
  { id: 'ren', label: 'Person' },
  { id: 'party', label: 'Organization' },
  { id: 'meeting', label: 'Event', date: '2024-08-02' },
  { id: 'talks', label: 'Event', date: '--11-03' },
  { id: 'undated', label: 'Event' },
];
const edges: EdgeFacts[] = [
  { id: 'post', source: 'zhang', target: 'party', type: 'HOLDS_POSITION' },
  { id: 'presided', source: 'zhang', target: 'meeting', type: 'APPEARED_AT', role: 'presided' },
  { id: 'attended', source: 'ren', target: 'meeting', type: 'APPEARED_AT', role: 'attended' },
  { id: 'met', source: 'zhang', target: 'talks', type: 'APPEARED_AT', role: 'met' },
  { id: 'was', source: 'zhang', target: 'undated', type: 'APPEARED_AT', role: 'spoke' },
];
const keep = new Set(['zhang']);

describe('hiddenBy', () => {
  it('hides nothing by default', () => {
    const h = hiddenBy(DEFAULT_FILTERS, nodes, edges, keep);
    expect(h.nodes.size + h.edges.size).toBe(0);
  });

  it('a role filter keeps only those appearances, and edges without a role', () => {
    const h = hiddenBy({ ...DEFAULT_FILTERS, roles: ['presided'] }, nodes, edges, keep);
    expect([...h.edges].sort()).toEqual(['attended', 'met', 'was']);
    expect(h.edges.has('post')).toBe(false);
    // 任 only attended: with that edge hidden nothing ties him to the view.
    expect(h.nodes.has('ren')).toBe(true);
    expect(h.nodes.has('talks')).toBe(true);
    expect(h.nodes.has('meeting')).toBe(false);
  });

  it('never hides the entity the view is about, even with all its edges gone', () => {
    const h = hiddenBy({ ...DEFAULT_FILTERS, types: ['HELD_IN'] }, nodes, edges, keep);
    expect(h.nodes.has('zhang')).toBe(false);
    expect(h.nodes.has('party')).toBe(true);
  });

  it('an entity type hides its nodes and their edges', () => {
    const h = hiddenBy({ ...DEFAULT_FILTERS, labels: ['Person', 'Event'] }, nodes, edges, keep);
    expect(h.nodes.has('party')).toBe(true);
    expect(h.edges.has('post')).toBe(true);
    expect(h.edges.has('presided')).toBe(false);
  });

  it('a date range keeps events inside it and drops those it cannot place', () => {
    const h = hiddenBy({ ...DEFAULT_FILTERS, from: '2024-08', to: '2024-08' }, nodes, edges, keep);
    expect(h.nodes.has('meeting')).toBe(false);
    expect(h.nodes.has('talks')).toBe(true);
    expect(h.nodes.has('undated')).toBe(true);
  });

  it('yearless months are a range of their own, after the dated ones', () => {
    const h = hiddenBy({ ...DEFAULT_FILTERS, from: '--11', to: null }, nodes, edges, keep);
    expect(h.nodes.has('talks')).toBe(false);
    expect(h.nodes.has('meeting')).toBe(true);
  });

  it('never hides labels and types it does not know (Cypher results)', () => {
    const h = hiddenBy({ ...DEFAULT_FILTERS, labels: [], types: [] }, [{ id: 'x', label: 'Thing' }, { id: 'y', label: 'Thing' }], [{ id: 'r', source: 'x', target: 'y', type: 'LIKES' }], new Set());
    expect(h.nodes.size + h.edges.size).toBe(0);
  });
});

describe('apiFilterParams', () => {
  it('sends nothing for the defaults', () => {
    expect(apiFilterParams(DEFAULT_FILTERS)).toEqual({});
  });

  it('sends roles with the byline roles riding along, types, and dates the API can read', () => {
    expect(apiFilterParams({ ...DEFAULT_FILTERS, roles: ['presided', 'spoke'], types: ['APPEARED_AT'], from: '2024-01', to: '--11' })).toEqual({
      roles: 'presided,spoke,reporter,correspondent,photographer',
      types: 'APPEARED_AT',
      from: '2024-01',
    });
  });
});

describe('helpers', () => {
  it('toggled keeps the vocabulary order', () => {
    expect(toggled(APPEARANCE_ROLES, ['met', 'presided'], 'spoke', true)).toEqual(['presided', 'spoke', 'met']);
    expect(toggled(APPEARANCE_ROLES, ['met', 'presided'], 'met', false)).toEqual(['presided']);
  });

  it('isDefaultFilters notices any narrowing', () => {
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, to: '2024' })).toBe(false);
  });
});
