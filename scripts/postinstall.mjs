// Runs after `npm install`: builds what the project needs beside its npm packages
// (the embedded Neo4j launcher, the gazetteer index). Each step says what it does and
// skips itself when its output is fresh. A failure here is reported, not fatal, so that
// users who bring their own Neo4j (NEO4J_URI) or have no JDK can still install.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const steps = [
  { name: 'gazetteer index', cmd: process.execPath, args: ['--import', 'tsx', 'scripts/build-gazetteer.ts'], script: 'scripts/build-gazetteer.ts', required: true },
  { name: 'explorer client', cmd: process.execPath, args: ['node_modules/vite/bin/vite.js', 'build', 'client', '--logLevel', 'warn'], script: 'client/index.html', required: true },
  { name: 'embedded Neo4j launcher', cmd: process.execPath, args: ['scripts/build-launcher.mjs'], script: 'scripts/build-launcher.mjs', required: false },
];

let failed = false;
for (const step of steps) {
  if (!existsSync(path.join(root, step.script))) continue;
  // Docker images and users of their own Neo4j server need no JDK.
  if (step.name === 'embedded Neo4j launcher' && process.env.NEWSGRAPH_SKIP_LAUNCHER) continue;
  const r = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`newsgraph: building the ${step.name} failed (exit ${r.status ?? r.signal}); see the lines above.`);
    if (step.required) failed = true;
  }
}
process.exit(failed ? 1 : 0);
