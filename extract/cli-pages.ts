// The page modes of `npm run extract`: --summary-dir OUT (document summaries, the scoring
// contract) and --json (the full Extraction the loader consumes), over many files, with
// progress on stderr. A file that fails is named and skipped; the others are still written.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractPageWithSummary } from './index.ts';

export interface PageModeOptions {
  readonly files: readonly string[];
  /** Write OUT/<name>.json document summaries. */
  readonly summaryDir: string | null;
  /** Write the Extraction of each file: to stdout as JSON lines, or into jsonDir. */
  readonly json: boolean;
  readonly jsonDir: string | null;
  readonly home: string | null;
}

export interface PageModeResult {
  readonly written: number;
  readonly failed: readonly { file: string; message: string }[];
}

const docOf = (file: string): string => path.basename(file, path.extname(file));

/** A one-line progress report, redrawn in place on a terminal and silent otherwise. */
function progress(stream: NodeJS.WriteStream, total: number): (done: number, file: string) => void {
  if (!stream.isTTY || total < 2) return () => undefined;
  const width = 24;
  return (done, file) => {
    const filled = Math.round((done / total) * width);
    stream.write(`\rextract [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${docOf(file).slice(0, 40).padEnd(40)}`);
    if (done === total) stream.write('\n');
  };
}

export function runPages(options: PageModeOptions, out: NodeJS.WritableStream, err: NodeJS.WriteStream): PageModeResult {
  if (options.summaryDir) mkdirSync(options.summaryDir, { recursive: true });
  if (options.jsonDir) mkdirSync(options.jsonDir, { recursive: true });
  const show = progress(err, options.files.length);
  const failed: { file: string; message: string }[] = [];
  let written = 0;
  options.files.forEach((file, i) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      failed.push({ file, message: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      show(i + 1, file);
      return;
    }
    const doc = docOf(file);
    const r = extractPageWithSummary(bytes, doc, { home: options.home });
    if (!r.ok) {
      failed.push({ file, message: r.error.message.includes(file) || r.error.message.includes(doc) ? r.error.message : `${file}: ${r.error.message}` });
    } else {
      if (options.summaryDir) writeFileSync(path.join(options.summaryDir, `${doc}.json`), `${JSON.stringify(r.value.summary, null, 2)}\n`);
      if (options.json && options.jsonDir) writeFileSync(path.join(options.jsonDir, `${doc}.extraction.json`), `${JSON.stringify(r.value.extraction)}\n`);
      else if (options.json) out.write(`${JSON.stringify(r.value.extraction)}\n`);
      written++;
    }
    show(i + 1, file);
  });
  for (const f of failed) err.write(`extract: ${f.message}\n`);
  if (options.files.length > 1) err.write(`extract: ${written} of ${options.files.length} files written${failed.length ? `, ${failed.length} failed` : ''}\n`);
  return { written, failed };
}
