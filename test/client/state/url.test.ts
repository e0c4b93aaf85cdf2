// The URL reproduces the view: encode then decode gives the same state, defaults stay out of the
// link, and a hand-edited or stale link never breaks the page (unknown values are dropped).
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../client/state/filters.ts';
import { decodeView, encodeView, initialView, type ViewState } from '../../../client/state/url.ts';

const zhang = 'per_3fb83af4aba42657';
const meeting = 'evt_25b736f605c02f0b';

describe('encodeView / decodeView', () => {
  it('round-trips a neighbourhood with steps, filters, layout, language and selection', () => {
    const state: ViewState = {
      source: { kind: 'neighborhood', id: zhang, depth: 2, limit: 5000, narrow: true },
      ops: [{ kind: 'expand', id: meeting }, { kind: 'remove', id: 'org_1' }, { kind: 'collapse', id: meeting }],
      filters: { ...DEFAULT_FILTERS, labels: ['Person', 'Event'], roles: ['presided'], from: '2024-01', to: '--11' },
      layout: 'timeline',
      lang: 'zh',
      selected: 'rel_32330214243708b0',
      renderer: 'webgl',
    };
    expect(decodeView(encodeView(state), 'en')).toEqual(state);
  });

  it('round-trips a path and a Cypher query with quotes, newlines and Chinese', () => {
    const path: ViewState = { ...initialView('en'), source: { kind: 'path', from: zhang, to: 'per_48b1e92cd716d9f2', maxHops: 4 } };
    expect(decodeView(encodeView(path), 'zh')).toEqual(path);
    const cypher: ViewState = { ...initialView('en'), source: { kind: 'cypher', query: "MATCH (p:Person {name: '张建慧'})\nRETURN p & 1" } };
    expect(decodeView(encodeView(cypher), 'zh')).toEqual(cypher);
  });

  it('keeps defaults out of the link', () => {
    const qs = encodeView({ ...initialView('en'), source: { kind: 'neighborhood', id: zhang, depth: 1, limit: null, narrow: false } });
    expect(qs).toBe(`n=${zhang}&lang=en`);
  });

  it('keeps the order of steps, which replay depends on', () => {
    const qs = encodeView({ ...initialView('en'), ops: [{ kind: 'expand', id: 'b' }, { kind: 'expand', id: 'a' }] });
    expect(decodeView(qs, 'en').ops.map((o) => o.id)).toEqual(['b', 'a']);
  });

  it('takes Neo4j elementIds (with colons) as ids, for Cypher results without an id property', () => {
    const id = '4:0f4c9b7e-1234-4cde-9abc-0123456789ab:17';
    const state: ViewState = { ...initialView('en'), ops: [{ kind: 'expand', id }], selected: id };
    expect(decodeView(encodeView(state), 'en')).toEqual(state);
  });

  it('drops what it does not understand instead of failing', () => {
    const v = decodeView('n=<script>&labels=Person,Alien&roles=presided,bribed&layout=spiral&lang=fr&from=yesterday&op=x:1&op=e:ok_1&depth=9', 'zh');
    expect(v.source).toBeNull();
    expect(v.filters.labels).toEqual(['Person']);
    expect(v.filters.roles).toEqual(['presided']);
    expect(v.filters.from).toBeNull();
    expect(v.layout).toBe('fcose');
    expect(v.lang).toBe('zh');
    expect(v.ops).toEqual([{ kind: 'expand', id: 'ok_1' }]);
    expect(decodeView('renderer=vulkan', 'en').renderer).toBe('auto');
  });

  it('refuses a path from an entity to itself', () => {
    expect(decodeView(`path=${zhang},${zhang}`, 'en').source).toBeNull();
  });

  it('an empty query string is the empty view in the fallback language', () => {
    expect(decodeView('', 'zh')).toEqual(initialView('zh'));
  });
});
