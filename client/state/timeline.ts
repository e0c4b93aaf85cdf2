// Timeline binning: event dates (ISO prefixes, as the graph stores them) into months for the
// date slider's histogram. Pure. Local papers often print dates without a year (--11-03); those
// go into their own month bins after every dated month, as the server orders them, instead of
// being given a guessed year.

/** 2024-11 for a dated month, 2024 for a year-only date, --11 for a month without a year. */
export type BinKey = string;

export interface Bin {
  readonly key: BinKey;
  readonly count: number;
  /** True for the --MM bins: the month is known, the year is not. */
  readonly yearless: boolean;
}

export interface Histogram {
  /** In axis order: dated months (gaps filled), then yearless months (gaps filled). */
  readonly bins: readonly Bin[];
  /** Events with no date at all: they cannot sit on the axis. */
  readonly undated: number;
}

/** Bins in one histogram are capped so that a stray 1900-01 does not make a thousand empty bars. */
export const MAX_FILLED_BINS = 600;

/** The bin a date falls in, or null when it has none (or is not an ISO prefix). */
export function binKey(date: unknown): BinKey | null {
  if (typeof date !== 'string') return null;
  let m = /^(\d{4})(?:-(\d{2}))?/u.exec(date);
  if (m) return m[2] ? `${m[1]}-${m[2]}` : (m[1] ?? null);
  m = /^--(\d{2})/u.exec(date);
  return m ? `--${m[1]}` : null;
}

/** Axis order: dated before yearless, then as text (2024 < 2024-01 < 2024-02; --01 < --02). */
export function compareKeys(a: BinKey, b: BinKey): number {
  const ya = a.startsWith('--') ? 1 : 0;
  const yb = b.startsWith('--') ? 1 : 0;
  if (ya !== yb) return ya - yb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether a date lies within [from, to] (bin keys, inclusive; null: open). A date with no bin
 * is out of any range, as the API treats it (a range cannot place it).
 */
export function inDateRange(date: unknown, from: BinKey | null, to: BinKey | null): boolean {
  if (from === null && to === null) return true;
  const key = binKey(date);
  if (key === null) return false;
  if (from !== null && compareKeys(key, from) < 0) return false;
  if (to !== null && compareKeys(key, to) > 0) return false;
  return true;
}

function nextMonth(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from the first to the last key, inclusive (dated: YYYY-MM). */
function fillDated(keys: readonly string[]): string[] {
  const months = keys.filter((k) => k.length === 7).sort();
  const out = new Set(keys);
  const first = months[0];
  const last = months[months.length - 1];
  if (first && last) {
    let k = first;
    for (let i = 0; i < MAX_FILLED_BINS && k <= last; i++, k = nextMonth(k)) out.add(k);
  }
  return [...out];
}

function fillYearless(keys: readonly string[]): string[] {
  const months = keys.map((k) => Number(k.slice(2))).sort((a, b) => a - b);
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: string[] = [];
  for (let m = first; m <= last; m++) out.push(`--${String(m).padStart(2, '0')}`);
  return out;
}

/** Events per month, gaps filled so the bars stand where time is. */
export function binDates(dates: Iterable<unknown>): Histogram {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const d of dates) {
    const key = binKey(d);
    if (key === null) undated += 1;
    else counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = [...counts.keys()];
  const dated = fillDated(keys.filter((k) => !k.startsWith('--')));
  const yearless = fillYearless(keys.filter((k) => k.startsWith('--')));
  const bins = [...dated, ...yearless]
    .sort(compareKeys)
    .map((key) => ({ key, count: counts.get(key) ?? 0, yearless: key.startsWith('--') }));
  return { bins, undated };
}

/** A key the API's from/to accept (YYYY or YYYY-MM), or null for a yearless one. */
export function apiDate(key: BinKey | null): string | null {
  return key !== null && /^\d{4}(-\d{2})?$/u.test(key) ? key : null;
}
