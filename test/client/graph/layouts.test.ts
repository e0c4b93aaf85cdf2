// Layout options and the timeline-by-date positions: events in date order along x (dates without
// a year after the dated ones), people above, organizations below; pinned nodes are kept.
import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH, LAYOUT_NAMES, layoutOptions, timelinePositions } from '../../../client/graph/layouts.ts';
import type { EdgeFacts, NodeFacts } from '../../../client/state/filters.ts';

const nodes: NodeFacts[] = [
  { id: 'late', label: 'Event', date: '2024-11-03' },
  { id: 'early', label: 'Event', date: '2024-08-02' },
  { id: 'early2', label: 'Event', date: '2024-08-02' },
  { id: 'noyear', label: 'Event', date: '--01-05' },
  { id: 'nodate', label: 'Event' },
  { id: 'zhang', label: 'Person' },
  { id: 'ren', label: 'Person' },
  { id: 'party', label: 'Organization' },
  { id: 'loner', label: 'Person' },
];
const edges: EdgeFacts[] = [
  { id: '1', source: 'zhang', target: 'early', type: 'APPEARED_AT' },
  { id: '2', source: 'ren', target: 'early', type: 'APPEARED_AT' },
  { id: '3', source: 'zhang', target: 'late', type: 'APPEARED_AT' },
  { id: '4', source: 'early', target: 'party', type: 'ORGANIZED_BY' },
];

describe('timelinePositions', () => {
  const pos = timelinePositions(nodes, edges);
  const x = (id: string): number => pos.get(id)?.x ?? Number.NaN;
  const y = (id: string): number => pos.get(id)?.y ?? Number.NaN;

  it('places every node', () => {
    expect(pos.size).toBe(nodes.length);
  });

  it('puts events in date order, dates without a year and undated ones last', () => {
    expect(x('early')).toBeLessThan(x('late'));
    expect(x('late')).toBeLessThan(x('noyear'));
    expect(x('noyear')).toBeLessThan(x('nodate'));
    expect(x('early2')).toBe(x('early'));
    expect(y('early2')).not.toBe(y('early'));
  });

  it('puts people above the axis near their events, organizations below', () => {
    expect(y('zhang')).toBeLessThan(0);
    expect(y('party')).toBeGreaterThan(0);
    expect(x('zhang')).toBeGreaterThan(x('early'));
    expect(x('zhang')).toBeLessThan(x('late'));
    expect(x('ren')).not.toBe(x('zhang'));
  });

  it('is deterministic', () => {
    expect([...timelinePositions([...nodes].reverse(), edges)].sort()).toEqual([...pos].sort());
  });
});

describe('layoutOptions', () => {
  const run = { nodeCount: 40, incremental: false, pinned: [], motion: true };

  it('knows every layout it offers', () => {
    for (const name of LAYOUT_NAMES) expect(layoutOptions(name, run)).toHaveProperty('name');
  });

  it('fcose: incremental runs keep positions, pinned nodes are fixed, big graphs go draft and still', () => {
    expect(layoutOptions('fcose', { ...run, incremental: true })).toMatchObject({ randomize: false, quality: 'proof' });
    expect(layoutOptions('fcose', { ...run, pinned: [{ id: 'a', position: { x: 1, y: 2 } }] })).toMatchObject({
      fixedNodeConstraint: [{ nodeId: 'a', position: { x: 1, y: 2 } }],
    });
    expect(layoutOptions('fcose', { ...run, nodeCount: LARGE_GRAPH })).toMatchObject({ quality: 'draft', animate: false });
  });

  it('others keep pinned nodes through a transform and honour reduced motion', () => {
    const o = layoutOptions('concentric', { ...run, motion: false }) as unknown as { animate: boolean; transform: unknown };
    expect(o.animate).toBe(false);
    expect(typeof o.transform).toBe('function');
  });
});
