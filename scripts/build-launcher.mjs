// Builds the embedded Neo4j launcher (server/launcher/java) with Maven when its jar is missing
// or stale, and does nothing otherwise. Called by scripts/postinstall.mjs and spawned by
// server/launcher/neo4j.ts before each start; plain Node so that it runs before any TypeScript.
//
//   node scripts/build-launcher.mjs [--force] [--check] [--quiet]
//     --force  build even when fresh      --check  only report: exit 0 fresh, 1 stale
//     --quiet  say nothing when fresh
//
// Exit codes: 0 built or fresh, 1 the build failed (or --check: stale), 2 java or mvn missing.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const javaDir = path.join(root, 'server', 'launcher', 'java');
const targetDir = path.join(javaDir, 'target');
const jar = path.join(targetDir, 'newsgraph-launcher.jar');
const libDir = path.join(javaDir, 'lib');
// Beside the jar, in target/ (ignored by git), and on the same file system as lib/ so that renames work.
const newLibDir = path.join(targetDir, 'lib.new');
const oldLibDir = path.join(targetDir, 'lib.old');
const stampFile = path.join(targetDir, 'newsgraph-build.stamp');
const lockDir = path.join(targetDir, 'newsgraph-build.lock');
/** A first build downloads Neo4j (~120 MB of jars); waiting longer than this for another builder means it hung. */
const LOCK_WAIT_MS = 15 * 60_000;

const args = new Set(process.argv.slice(2));
const say = (line) => console.log(`newsgraph: ${line}`);

/** pom.xml and every file under src/: what the jar is built from. */
function inputFiles() {
  const files = [path.join(javaDir, 'pom.xml')];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(full);
    }
  };
  if (existsSync(path.join(javaDir, 'src'))) walk(path.join(javaDir, 'src'));
  return files.sort();
}

function inputsHash(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(javaDir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
}

function isFresh() {
  if (!existsSync(jar) || !existsSync(libDir) || !readdirSync(libDir).some((f) => f.endsWith('.jar'))) return false;
  const stamp = readStamp();
  if (!stamp) return false;
  const files = inputFiles();
  const stampTime = statSync(stampFile).mtimeMs;
  if (files.every((f) => statSync(f).mtimeMs <= stampTime)) return true;
  // A checkout or an editor touches files without changing them; only content makes a rebuild worth minutes.
  if (stamp.inputs === inputsHash(files)) {
    writeStamp(stamp.inputs);
    return true;
  }
  return false;
}

function writeStamp(inputs) {
  writeFileSync(stampFile, JSON.stringify({ inputs, builtAt: new Date().toISOString() }) + '\n');
}

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; try the next directory
    }
  }
  return null;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** One builder at a time: two Maven runs in one target/ directory corrupt each other's output. */
async function acquireLock() {
  mkdirSync(targetDir, { recursive: true });
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    } catch {
      // the holder is between mkdir and writing its pid, or just removed the lock
    }
    if (Number.isInteger(holder) && holder > 0 && !isAlive(holder)) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) {
      throw new Error(`another build (pid ${holder}) has held ${lockDir} for ${LOCK_WAIT_MS / 60_000} minutes; remove it if no build is running`);
    }
    if (!told) {
      say(`waiting for another build of the embedded Neo4j launcher (pid ${holder}) to finish…`);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function releaseLock() {
  rmSync(lockDir, { recursive: true, force: true });
}

/** Runs Maven with its output held back; it is shown only when the build fails. */
function runMaven(mvn) {
  return new Promise((resolve) => {
    const args = ['-q', '-B', '-Dstyle.color=never', `-Dlauncher.lib=${newLibDir}`, 'package'];
    const child = spawn(mvn, args, { cwd: javaDir, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    // Whoever stops us (Ctrl-C, the TS launcher's cleanup) must not leave Maven running on its own.
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      // Strip the colour codes Maven prints even in batch mode.
      // eslint-disable-next-line no-control-regex
      const text = Buffer.concat(output).toString('utf8').replace(/\u001b\[[0-9;]*m/g, '');
      resolve({ code: code ?? (signal ? 128 : 1), signal, output: text });
    });
  });
}

async function main() {
  if (!args.has('--force') && isFresh()) {
    if (!args.has('--quiet') || args.has('--check')) say('the embedded Neo4j launcher is up to date.');
    return 0;
  }
  if (args.has('--check')) {
    say('the embedded Neo4j launcher needs a build (node scripts/build-launcher.mjs).');
    return 1;
  }

  const missing = ['java', 'mvn'].filter((tool) => !onPath(tool));
  if (missing.length > 0) {
    console.error(
      `newsgraph: cannot build the embedded Neo4j launcher: ${missing.map((m) => `\`${m}\``).join(' and ')} not found on PATH. ` +
        'Either install JDK 17 and Maven (e.g. apt-get install openjdk-17-jdk-headless maven), ' +
        'or run `docker compose up`, or set NEO4J_URI to your own Neo4j 5 server.',
    );
    return 2;
  }

  await acquireLock();
  try {
    // Someone else may have built it while we waited for the lock.
    if (!args.has('--force') && isFresh()) return 0;
    say('building the embedded Neo4j launcher with Maven (first time takes a few minutes)…');
    const started = Date.now();
    const hash = inputsHash(inputFiles());
    // Maven copies into an empty lib.new: jars of an older Neo4j must not stay on the classpath.
    rmSync(newLibDir, { recursive: true, force: true });
    rmSync(stampFile, { force: true });
    const result = await runMaven(onPath('mvn'));
    if (result.code === 0 && existsSync(jar) && existsSync(newLibDir)) {
      // Running JVMs keep the files they opened; a JVM starting now finds either folder whole.
      rmSync(oldLibDir, { recursive: true, force: true });
      if (existsSync(libDir)) renameSync(libDir, oldLibDir);
      renameSync(newLibDir, libDir);
      rmSync(oldLibDir, { recursive: true, force: true });
    } else {
      const tail = result.output.trim().split('\n').slice(-40).join('\n');
      if (tail) console.error(tail);
      console.error(
        `newsgraph: building the embedded Neo4j launcher failed (mvn exit ${result.signal ?? result.code}) in ${javaDir}; ` +
          'the Maven output is above. Maven Central must be reachable for the first build.',
      );
      rmSync(newLibDir, { recursive: true, force: true });
      return 1;
    }
    writeStamp(hash);
    say(`embedded Neo4j launcher built in ${Math.round((Date.now() - started) / 1000)} s.`);
    return 0;
  } finally {
    releaseLock();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`newsgraph: building the embedded Neo4j launcher failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
