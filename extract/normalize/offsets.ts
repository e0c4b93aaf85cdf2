// The map from offsets in a page's normalized text back to its original text, so evidence points
// at what the file says. Normalization only substitutes characters one for one and deletes
// characters, never inserts, so every normalized character comes from exactly one original
// character and the map is increasing. It is kept as runs: each run starts at a normalized offset
// and adds a constant to it; a page of 20 kB with a few hundred repairs needs a few hundred runs.

/** A stretch of text: UTF-16 offsets, end exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export class OffsetMap {
  /** Normalized offset where each run starts, ascending; the first is 0. */
  private readonly starts: Int32Array;
  /** What each run adds to a normalized offset to get the original one. */
  private readonly shifts: Int32Array;

  private constructor(
    starts: Int32Array,
    shifts: Int32Array,
    /** Length of the normalized text. */
    readonly length: number,
    /** Length of the original text. */
    readonly originalLength: number,
  ) {
    this.starts = starts;
    this.shifts = shifts;
  }

  /** The map of a text that normalization left as it was. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(Int32Array.of(0), Int32Array.of(0), length, length);
  }

  /**
   * Builds the map from the original offset of every normalized character, in order.
   * Throws when the offsets do not increase: normalization never reorders text.
   */
  static fromSources(sources: ArrayLike<number>, originalLength: number): OffsetMap {
    const starts: number[] = [];
    const shifts: number[] = [];
    let previous = -1;
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i] as number;
      if (source <= previous || source >= originalLength) {
        throw new Error(`normalize/offsets: source offset ${source} at ${i} breaks the order`);
      }
      const shift = source - i;
      if (shifts.length === 0 || shifts[shifts.length - 1] !== shift) {
        starts.push(i);
        shifts.push(shift);
      }
      previous = source;
    }
    if (starts.length === 0) {
      starts.push(0);
      shifts.push(originalLength);
    }
    return new OffsetMap(Int32Array.from(starts), Int32Array.from(shifts), sources.length, originalLength);
  }

  /** Number of runs: one plus the places where normalization deleted something. */
  get runs(): number {
    return this.starts.length;
  }

  /** Index of the last run starting at or before a normalized offset. */
  private runAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Original offset of the character at a normalized offset; the text's length maps to the original's. */
  toOriginal(offset: number): number {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.length) {
      throw new RangeError(`normalize/offsets: offset ${offset} outside 0..${this.length}`);
    }
    if (offset === this.length) return this.originalLength;
    return offset + (this.shifts[this.runAt(offset)] as number);
  }

  /**
   * Original range of a normalized range. The end follows the last character of the range, so
   * characters deleted just after it (a line break, spaces) are not swept in.
   */
  toOriginalRange(range: TextRange): TextRange {
    if (range.end <= range.start) {
      const at = this.toOriginal(range.start);
      return { start: at, end: at };
    }
    return { start: this.toOriginal(range.start), end: this.toOriginal(range.end - 1) + 1 };
  }

  /** Normalized offset of the first character kept at or after an original offset. */
  fromOriginal(offset: number): number {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.originalLength) {
      throw new RangeError(`normalize/offsets: original offset ${offset} outside 0..${this.originalLength}`);
    }
    // The last run whose first character sits at or before the offset in the original.
    let lo = 0;
    let hi = this.starts.length - 1;
    if ((this.starts[0] as number) + (this.shifts[0] as number) > offset) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) + (this.shifts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const runEnd = lo + 1 < this.starts.length ? (this.starts[lo + 1] as number) : this.length;
    const normalized = offset - (this.shifts[lo] as number);
    return normalized < runEnd ? normalized : runEnd;
  }
}
