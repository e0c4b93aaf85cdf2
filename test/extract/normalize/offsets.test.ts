// OffsetMap: normalized offsets to original ones and back, across deletions.
import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../extract/normalize/offsets.ts';

describe('OffsetMap', () => {
  // Original "ab  c\r\nd": normalized "ab c\nd" keeps a(0) b(1) space(2) c(4) \n(6) d(7).
  const map = OffsetMap.fromSources([0, 1, 2, 4, 6, 7], 8);

  it('maps each normalized offset to its original one', () => {
    expect([0, 1, 2, 3, 4, 5].map((i) => map.toOriginal(i))).toEqual([0, 1, 2, 4, 6, 7]);
    expect(map.toOriginal(6)).toBe(8);
  });

  it('maps original offsets back, deleted characters to the next kept one', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((o) => map.fromOriginal(o))).toEqual([0, 1, 2, 3, 3, 4, 4, 5, 6]);
  });

  it('maps ranges so the end follows the last character, not the deletions after it', () => {
    expect(map.toOriginalRange({ start: 0, end: 3 })).toEqual({ start: 0, end: 3 });
    expect(map.toOriginalRange({ start: 3, end: 5 })).toEqual({ start: 4, end: 7 });
    expect(map.toOriginalRange({ start: 2, end: 2 })).toEqual({ start: 2, end: 2 });
  });

  it('stores runs, not characters', () => {
    expect(map.runs).toBe(3);
    expect(OffsetMap.identity(1000).runs).toBe(1);
  });

  it('throws on offsets outside the text and on sources out of order', () => {
    expect(() => map.toOriginal(7)).toThrow(RangeError);
    expect(() => map.fromOriginal(-1)).toThrow(RangeError);
    expect(() => OffsetMap.fromSources([0, 2, 1], 3)).toThrow();
  });

  it('handles a text normalized to nothing', () => {
    const empty = OffsetMap.fromSources([], 5);
    expect(empty.toOriginal(0)).toBe(5);
    expect(empty.fromOriginal(3)).toBe(0);
  });
});
