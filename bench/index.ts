// `npm run bench -- NAME [args]`: runs bench/NAME.ts. Benchmarks print figures as ratios
// against a baseline measured in the same run; they never assert timings.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
  .map((f) => f.slice(0, -3))
  .sort();

const [name, ...args] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- NAME [args]\n  NAME: ${available.join(', ') || '(none yet)'}`);
  process.exit(name ? 2 : 0);
}
const mod: { run: (args: string[]) => Promise<void> } = await import(path.join(here, `${name}.ts`));
await mod.run(args);
