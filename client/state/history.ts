// Undo and redo over snapshots of the explorer's view. Pure and generic: the caller decides what a
// snapshot holds (graph/view.ts takes one of the drawn elements with their positions). A new
// change clears the redo side, as in every editor.

/** Snapshots kept: 5,000-node views are a few MB each, and fifty steps back is plenty to retrace a search. */
export const DEFAULT_CAPACITY = 50;

export class UndoStack<T> {
  private readonly past: T[] = [];
  private readonly future: T[] = [];

  constructor(private readonly capacity: number = DEFAULT_CAPACITY) {}

  /** Records the state before a change. */
  record(before: T): void {
    this.past.push(before);
    if (this.past.length > this.capacity) this.past.shift();
    this.future.length = 0;
  }

  /** The state to go back to, given the current one (kept for redo); null when there is none. */
  undo(current: T): T | null {
    const previous = this.past.pop();
    if (previous === undefined) return null;
    this.future.push(current);
    return previous;
  }

  redo(current: T): T | null {
    const next = this.future.pop();
    if (next === undefined) return null;
    this.past.push(current);
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  clear(): void {
    this.past.length = 0;
    this.future.length = 0;
  }
}
