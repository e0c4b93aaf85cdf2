// Names to highlight in an evidence sentence: splits the text into plain and marked runs, so the
// panel can build <mark> elements without ever writing HTML from data. Pure.

export interface Run {
  readonly text: string;
  readonly marked: boolean;
}

/** One character (市, 县) would light up half a sentence; a name has two or more. */
const MIN_NAME_LENGTH = 2;

/**
 * Runs of `text` with every occurrence of a name marked; where names overlap, the one that
 * starts first wins, and at one start the longer (周口市委 over 周口市).
 */
export function markNames(text: string, names: readonly string[]): Run[] {
  const wanted = [...new Set(names.filter((n) => n.length >= MIN_NAME_LENGTH))].sort((a, b) => b.length - a.length);
  const spans: [number, number][] = [];
  for (const name of wanted) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) spans.push([at, at + name.length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const runs: Run[] = [];
  let pos = 0;
  for (const [start, end] of spans) {
    if (start < pos) continue;
    if (start > pos) runs.push({ text: text.slice(pos, start), marked: false });
    runs.push({ text: text.slice(start, end), marked: true });
    pos = end;
  }
  if (pos < text.length) runs.push({ text: text.slice(pos), marked: false });
  return runs;
}

/** Runs of an article with one stretch (the evidence sentence, by offsets) marked. */
export function markRange(text: string, start: number, end: number): Run[] {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return [
    { text: text.slice(0, s), marked: false },
    { text: text.slice(s, e), marked: true },
    { text: text.slice(e), marked: false },
  ].filter((r) => r.text !== '');
}
