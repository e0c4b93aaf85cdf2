// `npm run bench -- pipeline`: the whole extraction of the seed pages (read, recognize, events,
// appearances, identity, the Extraction and its summary) after warm-up, as a ratio to the
// recognizers alone (recognizeMentions over the same sentences) in the same run.
// Target: the five seed pages under 100 ms. Prints figures; asserts nothing.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPageWithSummary } from '../extract/index.ts';
import { readText } from '../extract/read/index.ts';
import { recognizeMentions } from '../extract/mentions.ts';
import { best } from './_timing.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');


export async function run(args: string[]): Promise<void> {
  const rounds = Number(args[args.indexOf('--rounds') + 1]) || 10;
  const dir = path.join(root, 'seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const pages = files.map((f) => ({ doc: f.replace(/\.txt$/u, ''), bytes: readFileSync(path.join(dir, f)) }));
  const sentences = pages.flatMap(({ doc, bytes }) => {
    const page = readText(bytes.toString('utf8'), doc);
    return page.sentences.map((s) => page.text.slice(s.start, s.end));
  });
  const chars = pages.reduce((n, p) => n + p.bytes.toString('utf8').length, 0);

  const whole = (): void => {
    for (const p of pages) extractPageWithSummary(p.bytes, p.doc);
  };
  const recognizers = (): void => {
    for (const s of sentences) recognizeMentions(s);
  };
  whole();
  recognizers();
  const tRecognizers = best(rounds, recognizers);
  const tWhole = best(rounds, whole);
  console.log(`seed pages: ${pages.length} files, ${chars} characters, ${sentences.length} sentences, best of ${rounds}`);
  console.log(`recognizers alone (recognizeMentions)  ${tRecognizers.toFixed(1)} ms`);
  console.log(`whole extraction (extractPage+summary)  ${tWhole.toFixed(1)} ms   target < 100 ms`);
  console.log(`ratio whole / recognizers: ${(tWhole / tRecognizers).toFixed(2)}x`);
}
