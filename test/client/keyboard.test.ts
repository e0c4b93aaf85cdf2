// Every canvas action has a key; page keys step aside while the reader types.
import { describe, expect, it } from 'vitest';
import { graphCommand, pageCommand } from '../../client/keyboard.ts';

describe('graphCommand', () => {
  it('maps keys to commands', () => {
    expect(graphCommand({ key: 'ArrowLeft' })).toEqual({ kind: 'move', direction: 'left' });
    expect(graphCommand({ key: 'Enter' })).toEqual({ kind: 'expand' });
    expect(graphCommand({ key: ' ' })).toEqual({ kind: 'inspect' });
    expect(graphCommand({ key: 'Delete' })).toEqual({ kind: 'remove' });
    expect(graphCommand({ key: ']' })).toEqual({ kind: 'edge', step: 1 });
    expect(graphCommand({ key: 'x' })).toBeNull();
  });

  it('leaves modified keys to the page (Ctrl+Z is undo, not a graph key)', () => {
    expect(graphCommand({ key: 'Enter', ctrlKey: true })).toBeNull();
  });
});

describe('pageCommand', () => {
  it('undo and redo work everywhere', () => {
    expect(pageCommand({ key: 'z', ctrlKey: true }, true)).toBe('undo');
    expect(pageCommand({ key: 'Z', metaKey: true, shiftKey: true }, false)).toBe('redo');
    expect(pageCommand({ key: 'y', ctrlKey: true }, false)).toBe('redo');
  });

  it('/ and ? only when not typing', () => {
    expect(pageCommand({ key: '/' }, false)).toBe('search');
    expect(pageCommand({ key: '/' }, true)).toBeNull();
    expect(pageCommand({ key: '?' }, false)).toBe('help');
  });
});
