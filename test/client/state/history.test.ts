// Undo and redo: back and forth through recorded states; a new change forgets the redo side; the
// stack keeps at most its capacity.
import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../../client/state/history.ts';

describe('UndoStack', () => {
  it('undoes and redoes in order', () => {
    const s = new UndoStack<string>();
    s.record('empty');
    s.record('zhang');
    let current = 'zhang+meeting';
    current = s.undo(current) ?? current;
    expect(current).toBe('zhang');
    current = s.undo(current) ?? current;
    expect(current).toBe('empty');
    expect(s.undo(current)).toBeNull();
    current = s.redo(current) ?? current;
    expect(current).toBe('zhang');
    current = s.redo(current) ?? current;
    expect(current).toBe('zhang+meeting');
    expect(s.canRedo).toBe(false);
  });

  it('a new change clears redo', () => {
    const s = new UndoStack<number>();
    s.record(1);
    expect(s.undo(2)).toBe(1);
    expect(s.canRedo).toBe(true);
    s.record(1);
    expect(s.canRedo).toBe(false);
  });

  it('forgets the oldest beyond its capacity', () => {
    const s = new UndoStack<number>(3);
    for (let i = 0; i < 10; i++) s.record(i);
    const seen: number[] = [];
    let cur = 10;
    for (let v = s.undo(cur); v !== null; v = s.undo(cur)) {
      seen.push(v);
      cur = v;
    }
    expect(seen).toEqual([9, 8, 7]);
  });
});
