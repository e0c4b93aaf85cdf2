// `npm run extract -- MODE …`: the command line of extract/, and the only file of it that does
// I/O. One function per mode; the argument parser knows the modes and their options.
//   --mentions              one sentence a line on stdin → one {"mentions":[…]} JSON line each on stdout
//   --summary-dir OUT FILE… document summaries OUT/<name>.json (../shared/eval/GOLD-FORMAT.md)
//   --json [--out DIR] FILE… the full Extraction of each file (JSON lines on stdout, or DIR/<name>.extraction.json)
//   --home 周口市             the newspaper's city, when the text does not make it clear
import { createInterface } from 'node:readline';
import { recognizeMentions } from './mentions.ts';
import { runPages } from './cli-pages.ts';

export type Mode = 'mentions' | 'pages';

export interface CliArgs {
  readonly mode: Mode;
  readonly files: readonly string[];
  readonly summaryDir: string | null;
  readonly json: boolean;
  readonly jsonDir: string | null;
  readonly home: string | null;
}

export type ParseResult = { ok: true; value: CliArgs } | { ok: false; error: { code: 'usage'; message: string } };

const USAGE = [
  'usage: npm run extract -- --mentions < sentences.txt > mentions.jsonl',
  '       npm run extract -- --summary-dir OUT [--home CITY] FILE...',
  '       npm run extract -- --json [--out DIR] [--home CITY] FILE...',
].join('\n');

const usage = (message: string): ParseResult => ({ ok: false, error: { code: 'usage', message: `${message}\n${USAGE}` } });

export function parseArgs(argv: readonly string[]): ParseResult {
  let mentions = false;
  let summaryDir: string | null = null;
  let json = false;
  let jsonDir: string | null = null;
  let home: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string | null => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return null;
      i++;
      return v;
    };
    if (arg === '--mentions') mentions = true;
    else if (arg === '--json') json = true;
    else if (arg === '--summary-dir' || arg === '--out' || arg === '--home') {
      const v = value();
      if (v === null) return usage(`${arg} needs a value`);
      if (arg === '--summary-dir') summaryDir = v;
      else if (arg === '--out') jsonDir = v;
      else home = v;
    } else if (arg.startsWith('--')) return usage(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (mentions) return { ok: true, value: { mode: 'mentions', files, summaryDir, json, jsonDir, home } };
  if (!summaryDir && !json) return usage('say what to write: --mentions, --summary-dir OUT or --json');
  if (!files.length) return usage('no input files');
  return { ok: true, value: { mode: 'pages', files, summaryDir, json, jsonDir, home } };
}

/** Streams stdin line by line; output is buffered and written in chunks so 100k lines stay fast. */
export async function runMentions(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer: string[] = [];
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const chunk = buffer.join('');
    buffer = [];
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  for await (const line of lines) {
    buffer.push(JSON.stringify({ mentions: recognizeMentions(line) }) + '\n');
    if (buffer.length >= 512) await flush();
  }
  await flush();
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    console.error(parsed.error.message);
    return 2;
  }
  switch (parsed.value.mode) {
    case 'mentions':
      await runMentions(process.stdin, process.stdout);
      return 0;
    case 'pages': {
      const { failed } = runPages(parsed.value, process.stdout, process.stderr);
      return failed.length ? 1 : 0;
    }
  }
}

process.exitCode = await main(process.argv.slice(2));
