// The ingest's progress on stderr: a bar redrawn in place on a terminal, a plain line every few
// seconds when stderr is a file or a pipe (CI logs), and nothing else on that stream.
export interface ProgressState {
  filesDone: number;
  filesTotal: number;
  filesFailed: number;
  bytesDone: number;
  bytesTotal: number;
  articles: number;
  skippedArticles: number;
  nodes: number;
  relationships: number;
}

export function emptyProgress(filesTotal = 0, bytesTotal = 0): ProgressState {
  return {
    filesDone: 0, filesTotal, filesFailed: 0, bytesDone: 0, bytesTotal, articles: 0, skippedArticles: 0, nodes: 0,
    relationships: 0,
  };
}

export interface ProgressOutput {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export const PROGRESS_DEFAULTS = {
  /** A terminal redraws often enough to look alive, rarely enough to cost nothing. */
  ttyIntervalMs: 100,
  /** A log gets a line every few seconds: enough to see it move, not enough to drown it. */
  plainIntervalMs: 5000,
} as const;

/** 12345 → 12.3k: counts that fit a terminal line. */
export function compact(n: number): string {
  if (n < 1000) return String(Math.round(n));
  if (n < 1e6) return `${(n / 1e3).toFixed(n < 1e4 ? 1 : 0)}k`;
  return `${(n / 1e6).toFixed(n < 1e7 ? 2 : 1)}M`;
}

export function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The words of one progress line, shared by both renderings. */
export function describe(state: ProgressState, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? state.relationships / elapsedSeconds : 0;
  const fraction = state.bytesTotal > 0 ? state.bytesDone / state.bytesTotal : 0;
  const eta = fraction > 0 && fraction < 1 ? (elapsedSeconds * (1 - fraction)) / fraction : fraction >= 1 ? 0 : NaN;
  const failed = state.filesFailed > 0 ? ` (${state.filesFailed} failed)` : '';
  const skipped = state.skippedArticles > 0 ? ` (+${compact(state.skippedArticles)} already loaded)` : '';
  return `files ${state.filesDone}/${state.filesTotal}${failed} · articles ${compact(state.articles)}${skipped} · ` +
    `nodes ${compact(state.nodes)} · rels ${compact(state.relationships)} · ${compact(rate)} rels/s · ` +
    `ETA ${duration(eta)}`;
}

export class ProgressBar {
  private readonly started = performance.now();
  private last = -Infinity;
  private drawn = false;

  constructor(private readonly out: ProgressOutput, private readonly options = PROGRESS_DEFAULTS) {}

  private elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  update(state: ProgressState, force = false): void {
    const now = performance.now();
    const interval = this.out.isTTY ? this.options.ttyIntervalMs : this.options.plainIntervalMs;
    if (!force && now - this.last < interval) return;
    this.last = now;
    const text = describe(state, this.elapsed());
    if (!this.out.isTTY) {
      this.out.write(`ingest: ${text}\n`);
      return;
    }
    const fraction = state.bytesTotal > 0 ? Math.min(1, state.bytesDone / state.bytesTotal) : 0;
    const width = 20;
    const filled = Math.round(fraction * width);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${text}`;
    const columns = this.out.columns ?? 120;
    this.out.write(`\r\x1b[K${line.length >= columns ? `${line.slice(0, columns - 2)}…` : line}`);
    this.drawn = true;
  }

  /** The last state, always drawn, and the cursor left on a fresh line. */
  finish(state: ProgressState): void {
    this.update(state, true);
    if (this.drawn) this.out.write('\n');
  }
}
