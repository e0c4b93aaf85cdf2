// `npm run bench -- extract`: how fast recognizeMentions reads text, as a ratio to plain
// jieba.tag on the same lines in the same run (target: at most 3× its time), and the time of one
// 20 kB page (target: under 20 ms). Text: the seed pages line by line, and the People's Daily
// test sentences when the shared evaluation data is present. Prints figures; asserts nothing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recognizeMentions } from '../extract/mentions.ts';
import { getJieba } from '../extract/tables/jieba.ts';
import { best } from './_timing.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PEOPLES_DAILY = path.resolve(root, '..', 'shared', 'eval', 'external', 'peoples-daily-1998', 'example.test');

/** Sentences of a character-per-line BIO file (the format of the shared NER sets). */
function readBioSentences(file: string): string[] {
  const out: string[] = [];
  let chars: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^(\S+)[\t ]+\S+\r?$/u.exec(line);
    if (m?.[1]) chars.push(m[1]);
    else if (chars.length) {
      out.push(chars.join(''));
      chars = [];
    }
  }
  if (chars.length) out.push(chars.join(''));
  return out;
}

function seedLines(): { lines: string[]; pages: string[] } {
  const dir = path.join(root, 'seeds');
  const pages = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
  return { pages, lines: pages.flatMap((p) => p.split('\n')).filter((l) => l.trim().length > 0) };
}


function compare(name: string, lines: readonly string[], rounds: number): void {
  const jieba = getJieba();
  const chars = lines.reduce((n, l) => n + l.length, 0);
  const base = best(rounds, () => {
    for (const l of lines) jieba.tag(l, false);
  });
  const ours = best(rounds, () => {
    for (const l of lines) recognizeMentions(l);
  });
  const rate = (ms: number): string => `${((chars / ms) * 1000 / 1e6).toFixed(2)} M chars/s`;
  console.log(`${name}: ${lines.length} lines, ${chars} chars`);
  console.log(`  jieba.tag          ${base.toFixed(1).padStart(8)} ms  ${rate(base)}`);
  console.log(`  recognizeMentions  ${ours.toFixed(1).padStart(8)} ms  ${rate(ours)}`);
  console.log(`  ratio              ${(ours / base).toFixed(2)}× jieba.tag (target ≤ 3×)`);
}

export async function run(args: string[]): Promise<void> {
  const rounds = Number(args[0] ?? 5);
  const { lines, pages } = seedLines();
  // Warm up: dictionary, lexicon, gazetteer and JIT.
  const t0 = performance.now();
  recognizeMentions('市委书记张建慧到淮阳区调研');
  console.log(`first call (loads dictionary, lexicon, gazetteer): ${(performance.now() - t0).toFixed(0)} ms`);
  for (let r = 0; r < 2; r++) for (const l of lines) recognizeMentions(l);

  compare('seed pages', lines, rounds);
  if (existsSync(PEOPLES_DAILY)) compare("People's Daily 1998 test", readBioSentences(PEOPLES_DAILY), Math.max(2, Math.ceil(rounds / 2)));
  else console.log(`People's Daily test set not found at ${PEOPLES_DAILY}; skipped`);

  // One page of about 20 kB, line by line as the CLI reads it.
  const page = pages.reduce((a, b) => (Math.abs(Buffer.byteLength(b) - 20_000) < Math.abs(Buffer.byteLength(a) - 20_000) ? b : a), pages[0] ?? '');
  const pageLines = page.split('\n');
  const ms = best(rounds * 2, () => {
    for (const l of pageLines) recognizeMentions(l);
  });
  console.log(`one page: ${Buffer.byteLength(page)} bytes, ${page.length} chars in ${ms.toFixed(1)} ms (target < 20 ms)`);
}
