// Overlap policies: which of two candidates for one stretch of text survives, and why.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICIES, longestSpanWins, organizationOverContainedPlace, placeOverPersonInside, placeOverSameSpanPerson,
  resolveOverlaps, type EntityCandidate,
} from '../../../extract/resolve/overlaps.ts';
import type { OrganizationCandidate, PersonCandidate, PersonCue, PlaceCandidate } from '../../../extract/recognize/types.ts';

const person = (text: string, start: number, name: string, cues: PersonCue[] = []): PersonCandidate => ({
  kind: 'person', start, end: start + name.length, text: name, name, cues, titles: [],
});
const place = (start: number, name: string): PlaceCandidate => ({
  kind: 'place', start, end: start + name.length, text: name, name, level: 'village', code: null, parents: [],
});
const org = (start: number, name: string): OrganizationCandidate => ({
  kind: 'organization', start, end: start + name.length, text: name, name, orgKind: 'government', place: null,
});
const kept = (cs: EntityCandidate[]): string[] => resolveOverlaps(cs).map((c) => `${c.kind}:${c.text}`);

describe('overlap policies', () => {
  it('longest span wins, the earlier one at equal length', () => {
    const a = org(0, '江苏省人民政府');
    const b = place(0, '江苏省');
    expect(longestSpanWins(a, b)).toBe(a);
    const c = place(0, '苏州');
    const d = place(1, '州市');
    expect(longestSpanWins(c, d)).toBe(c);
  });

  it('a person inside a place loses to the village', () => {
    const village = place(2, '张三村');
    const zhang = person('', 2, '张三');
    expect(placeOverPersonInside(village, zhang)).toBe(village);
    expect(kept([zhang, village])).toEqual(['place:张三村']);
  });

  it('a span that is both a place and a name is the place unless the text treats it as a person', () => {
    expect(placeOverSameSpanPerson(place(0, '石家庄'), person('', 0, '石家庄'))?.kind).toBe('place');
    expect(placeOverSameSpanPerson(place(0, '华盛顿'), person('', 0, '华盛顿', ['verb']))?.kind).toBe('person');
  });

  it('an organization containing a place wins, for flat output', () => {
    const o = org(1, '江苏省人民政府');
    const p = place(1, '江苏省');
    expect(organizationOverContainedPlace(o, p)).toBe(o);
    expect(kept([p, o])).toEqual(['organization:江苏省人民政府']);
  });

  it('adjacent spans do not overlap: a title and the name after it both stay', () => {
    // 市委书记张建慧: 市委 (the body in the title) ends where the name begins.
    expect(kept([org(0, '市委'), person('', 4, '张建慧'), place(8, '淮阳区')])).toEqual([
      'organization:市委', 'person:张建慧', 'place:淮阳区',
    ]);
  });

  it('a cued person beats a partial overlap; policies run in the default order', () => {
    const zhang = person('', 4, '张建慧', ['title']);
    const wrong = place(5, '建慧到');
    expect(kept([wrong, zhang])).toEqual(['person:张建慧']);
    expect(DEFAULT_POLICIES.length).toBeGreaterThan(3);
  });
});
