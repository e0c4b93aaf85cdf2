// The vocabulary is self-consistent: every relationship names real labels, ids are stable.
import { describe, expect, it } from 'vitest';
import { LABELS, LABEL_NAMES, isLabel } from '../../vocab/labels.ts';
import { RELATIONS, RELATION_TYPES } from '../../vocab/relations.ts';
import { APPEARANCE_ROLES, strongerRole } from '../../vocab/roles.ts';
import { articleId, contentHash, labelOfId, personId, placeId, relationId } from '../../vocab/ids.ts';

describe('labels and relations', () => {
  it('every relationship type connects declared labels', () => {
    for (const type of RELATION_TYPES) {
      for (const label of [...RELATIONS[type].from, ...RELATIONS[type].to]) expect(isLabel(label), `${type}: ${label}`).toBe(true);
    }
  });

  it('names follow the conventions: PascalCase labels, UPPER_SNAKE types', () => {
    for (const label of LABEL_NAMES) expect(label).toMatch(/^[A-Z][a-zA-Z]+$/u);
    for (const type of RELATION_TYPES) expect(type).toMatch(/^[A-Z]+(_[A-Z]+)*$/u);
  });

  it('every label captions with a property it has', () => {
    for (const label of LABEL_NAMES) {
      const spec = LABELS[label];
      expect(['id', 'name', ...spec.properties]).toContain(spec.caption);
    }
  });
});

describe('roles', () => {
  it('presiding outranks speaking, and any role outranks other', () => {
    expect(strongerRole('spoke', 'presided')).toBe('presided');
    for (const role of APPEARANCE_ROLES) expect(strongerRole(role, 'other')).toBe(role);
  });
});

describe('ids', () => {
  it('derive from content: same name and scope, same id; other scope, other id', () => {
    expect(personId('张建慧', '周口市')).toBe(personId('张 建慧', '周口市'));
    expect(personId('张建慧', '周口市')).not.toBe(personId('张建慧', '苏州市'));
    expect(placeId('淮阳区', '411603')).not.toBe(placeId('淮阳区', null));
  });

  it('carry their label and a fixed-width hash', () => {
    expect(labelOfId(personId('王艳', '周口市'))).toBe('Person');
    expect(labelOfId(articleId(contentHash('text')))).toBe('Article');
    expect(contentHash('a')).toMatch(/^[0-9a-f]{16}$/u);
    expect(relationId('APPEARED_AT', 'a', 'b')).not.toBe(relationId('APPEARED_AT', 'b', 'a'));
  });
});

describe('Chinese words', () => {
  it('name every role, kind and level of the vocabulary', async () => {
    const roles = await import('../../vocab/roles.ts');
    const all = [...roles.APPEARANCE_ROLES, ...roles.BYLINE_ROLES, ...roles.EVENT_KINDS, ...roles.ORGANIZATION_KINDS, ...roles.PLACE_LEVELS];
    for (const value of all) expect(roles.zhWord(value), value).toMatch(/\p{Script=Han}/u);
  });
});
