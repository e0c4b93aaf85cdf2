// `npm run extract -- MODE …`: the command line of extract/, and the only file of it that does
// I/O. One function per mode; the argument parser knows the modes and their options.
//   --mentions      one sentence a line on stdin → one {"mentions":[…]} JSON line each on stdout
import { createInterface } from 'node:readline';
import { recognizeMentions } from './mentions.ts';

export type Mode = 'mentions';

export interface CliArgs {
  readonly mode: Mode;
  readonly files: readonly string[];
}

export type ParseResult = { ok: true; value: CliArgs } | { ok: false; error: { code: 'usage'; message: string } };

const USAGE = 'usage: npm run extract -- --mentions < sentences.txt > mentions.jsonl';

export function parseArgs(argv: readonly string[]): ParseResult {
  let mode: Mode | null = null;
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === '--mentions') mode = 'mentions';
    else if (arg.startsWith('--')) return { ok: false, error: { code: 'usage', message: `unknown option ${arg}\n${USAGE}` } };
    else files.push(arg);
  }
  if (!mode) return { ok: false, error: { code: 'usage', message: USAGE } };
  return { ok: true, value: { mode, files } };
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
  }
}

process.exitCode = await main(process.argv.slice(2));
