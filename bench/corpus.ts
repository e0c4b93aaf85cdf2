// `npm run bench -- corpus --articles N --out DIR [--seed S] [--per-page K] [--extractions]`:
// writes a deterministic synthetic corpus of Chinese official-news pages (K articles a file)
// and expected.json with the exact counts put in; --extractions also writes each page's
// Extraction as DIR/extractions/<doc>.json. For measuring at 10^5 articles without shipping
// anyone's text.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ExpectedCounter } from './corpus/expected.ts';
import { generatePages } from './corpus/generate.ts';

export { generateExtractions, generatePages } from './corpus/generate.ts';

const USAGE = 'usage: npm run bench -- corpus --articles N --out DIR [--seed S] [--per-page K] [--cities C] [--extractions]';

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'per-page': { type: 'string', default: '5' },
      cities: { type: 'string' },
      extractions: { type: 'boolean', default: false },
    },
  });
  const articles = Number(values.articles);
  const perPage = Number(values['per-page']);
  const cities = values.cities === undefined ? Infinity : Number(values.cities);
  if (!values.out || !Number.isInteger(articles) || articles < 1 || !Number.isInteger(perPage) || perPage < 1 ||
      !(cities === Infinity || (Number.isInteger(cities) && cities > 0))) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const out = path.resolve(values.out);
  await mkdir(out, { recursive: true });
  if (values.extractions) await mkdir(path.join(out, 'extractions'), { recursive: true });
  const counter = new ExpectedCounter();
  const started = performance.now();
  for (const page of generatePages(articles, values.seed, { perPage, cities })) {
    await writeFile(path.join(out, `${page.doc}.txt`), page.text);
    if (values.extractions) {
      await writeFile(path.join(out, 'extractions', `${page.doc}.json`), `${JSON.stringify(page.extraction)}\n`);
    }
    counter.add(page.extraction);
  }
  const expected = { seed: values.seed, perPage, ...counter.counts() };
  await writeFile(path.join(out, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  const seconds = (performance.now() - started) / 1000;
  console.log(`corpus: ${expected.articles} articles in ${expected.pages} pages → ${out} (${seconds.toFixed(1)} s)`);
  console.log(`  persons ${expected.nodes.Person}, places ${expected.nodes.Place}, organizations ${expected.nodes.Organization}, ` +
    `events ${expected.nodes.Event}, appearances ${expected.appearances}, mentions ${expected.mentions}`);
}
