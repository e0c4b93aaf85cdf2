// `npm run bench -- gazetteer`: how long the gazetteer takes to load and how fast the place
// recognizer reads the seed pages, against a baseline measured in the same run (looking up every
// 2- to 8-character window of the same text in the gazetteer, the naive matcher).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recognizePlaces } from '../extract/recognize/places.ts';
import { loadGazetteer } from '../extract/tables/gazetteer.ts';
import { best as bestOf } from './_timing.ts';

const seeds = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
const CONTEXT = { homeCity: '周口市', homeProvince: '河南省' };
/** Rounds per measurement; the best one counts, so a busy machine disturbs the figures less. */
const ROUNDS = 20;

const best = (run: () => void): number => bestOf(ROUNDS, run);

export async function run(): Promise<void> {
  const heap0 = process.memoryUsage().heapUsed;
  let t = performance.now();
  const gazetteer = loadGazetteer();
  const load = performance.now() - t;
  t = performance.now();
  recognizePlaces('张建慧到淮阳区临蔡镇刘老家村调研', gazetteer, CONTEXT);
  const firstCall = performance.now() - t;
  const heap = (process.memoryUsage().heapUsed - heap0) / 1e6;

  const lines = readdirSync(seeds).filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(path.join(seeds, f), 'utf8').split('\n'));
  const chars = lines.reduce((n, l) => n + l.length, 0);
  const naive = best(() => {
    for (const line of lines) {
      for (let i = 0; i < line.length; i++) for (let n = 2; n <= 8 && i + n <= line.length; n++) gazetteer.byName(line.slice(i, i + n));
    }
  });
  const recognizer = best(() => {
    for (const line of lines) recognizePlaces(line, gazetteer, CONTEXT);
  });
  console.log(`gazetteer load ${load.toFixed(0)} ms; first recognizer call (matcher, home-city villages) ${firstCall.toFixed(0)} ms; heap +${heap.toFixed(1)} MB`);
  console.log(`recognizer ${(recognizer / chars * 7000).toFixed(2)} ms per 7,000-character (20 kB) page; ` +
    `${(recognizer / naive).toFixed(2)}× the naive window lookup (${(naive / chars * 7000).toFixed(2)} ms per page)`);
}
