// Edge captions in the reader's language: roles for appearances, the title for posts, the
// vocabulary's reading otherwise; and the appearance counts that size people.
import { describe, expect, it } from 'vitest';
import { appearanceCounts, edgeCaption } from '../../../client/graph/captions.ts';
import { RELATIONS } from '../../../vocab/relations.ts';

const base = { id: 'r', source: 'a', target: 'b' };

describe('edgeCaption', () => {
  it('shows the role of an appearance', () => {
    expect(edgeCaption({ ...base, type: 'APPEARED_AT', role: 'presided' }, 'en')).toBe('presided');
    expect(edgeCaption({ ...base, type: 'APPEARED_AT', role: 'presided' }, 'zh')).toBe('主持');
  });

  it('shows the title of a post', () => {
    expect(edgeCaption({ ...base, type: 'HOLDS_POSITION', title: '市委书记' }, 'en')).toBe('市委书记');
  });

  it('reads other types from the vocabulary', () => {
    expect(edgeCaption({ ...base, type: 'HELD_IN' }, 'en')).toBe(RELATIONS.HELD_IN.forward);
    expect(edgeCaption({ ...base, type: 'HELD_IN' }, 'zh')).toBe(RELATIONS.HELD_IN.zh);
    expect(edgeCaption({ ...base, type: 'KNOWS' }, 'zh')).toBe('KNOWS');
  });
});

describe('appearanceCounts', () => {
  it('counts APPEARED_AT edges per person', () => {
    const c = appearanceCounts([
      { ...base, id: '1', source: 'p', target: 'e1', type: 'APPEARED_AT' },
      { ...base, id: '2', source: 'p', target: 'e2', type: 'APPEARED_AT' },
      { ...base, id: '3', source: 'p', target: 'o', type: 'HOLDS_POSITION' },
    ]);
    expect(c.get('p')).toBe(2);
    expect(c.get('o')).toBeUndefined();
  });
});
