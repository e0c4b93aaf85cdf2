// `npm run bench -- startup [--runs N] [--pagecache 128M] [--heap 512m]`: cold start of the
// embedded Neo4j (fresh data directory each run) until Bolt answers, and the JVM's resident
// memory after start and after a small write. Prints figures beside the targets (start under
// 15 s, RSS under 700 MB) and beside a baseline (a bare `java -version`); asserts nothing.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import { connectNeo4j } from '../server/launcher/connect.ts';
import { findJava } from '../server/launcher/java.ts';
import { startEmbeddedNeo4j } from '../server/launcher/neo4j.ts';

const TARGET_START_S = 15;
const TARGET_RSS_MB = 700;
/** Nodes written after start, to see the heap at work rather than idle. */
const WRITE_NODES = 10_000;

interface Run {
  startS: number;
  jvmS: number;
  /** CPU seconds the JVM used until ready: unlike wall time, barely moved by other work on the machine. */
  cpuS: number;
  rssMb: number;
  rssAfterWriteMb: number;
}

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/mu.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : NaN;
}

/** utime + stime of a process, from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function javaVersionSeconds(command: string): Promise<number> {
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => execFile(command, ['-version'], (error) => (error ? reject(error) : resolve())));
  return (performance.now() - t0) / 1000;
}

async function writeNodes(uri: string): Promise<void> {
  const driver = await connectNeo4j({ uri });
  try {
    const rows = Array.from({ length: WRITE_NODES }, (_, i) => ({ id: neo4j.int(i), name: `node ${i}` }));
    await driver.executeQuery('UNWIND $rows AS row CREATE (:BenchNode {id: row.id, name: row.name})', { rows });
  } finally {
    await driver.close();
  }
}

async function oneRun(pageCache: string, heap: string): Promise<Run> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-neo4j-'));
  let spawnedAt = 0;
  const t0 = performance.now();
  const db = await startEmbeddedNeo4j({
    dataDir,
    pageCache,
    heap,
    log: () => undefined,
    onSpawn: () => {
      spawnedAt = performance.now();
    },
  });
  const ready = performance.now();
  try {
    const cpu = cpuSeconds(db.pid);
    const rss = rssMb(db.pid);
    await writeNodes(db.uri);
    return { startS: (ready - t0) / 1000, jvmS: (ready - spawnedAt) / 1000, cpuS: cpu, rssMb: rss, rssAfterWriteMb: rssMb(db.pid) };
  } finally {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(args: string[]): Promise<void> {
  const runs = Number(option(args, '--runs', '5'));
  const pageCache = option(args, '--pagecache', '128M');
  const heap = option(args, '--heap', '512m');
  const java = await findJava();
  const loadBefore = os.loadavg()[0]!;
  console.log(`embedded Neo4j cold start: ${runs} runs, fresh data directory each, page cache ${pageCache}, heap ${heap}, ${os.cpus().length} cores`);

  // Builds the launcher if needed, so that no run below pays for Maven.
  const warm = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-neo4j-'));
  await startEmbeddedNeo4j({ dataDir: warm, pageCache, heap, log: (line) => console.log(`  ${line}`) }).then((db) => db.stop());
  rmSync(warm, { recursive: true, force: true });

  const baseline = await javaVersionSeconds(java.command);
  const results: Run[] = [];
  for (let i = 1; i <= runs; i++) {
    const r = await oneRun(pageCache, heap);
    results.push(r);
    console.log(
      `  run ${i}: Bolt answers after ${r.startS.toFixed(2)} s (JVM spawn to ready ${r.jvmS.toFixed(2)} s, ${r.cpuS.toFixed(1)} CPU s); ` +
        `RSS ${r.rssMb.toFixed(0)} MB after start, ${r.rssAfterWriteMb.toFixed(0)} MB after writing ${WRITE_NODES} nodes`,
    );
  }

  const start = median(results.map((r) => r.startS));
  const cpu = median(results.map((r) => r.cpuS));
  const rss = median(results.map((r) => r.rssMb));
  const rssWrite = median(results.map((r) => r.rssAfterWriteMb));
  const verdict = (ok: boolean): string => (ok ? 'within target' : 'OVER target');
  console.log(`median start: ${start.toFixed(2)} s (target under ${TARGET_START_S} s: ${verdict(start < TARGET_START_S)}); ` +
    `${(start / baseline).toFixed(0)}× a bare \`java -version\` (${(baseline * 1000).toFixed(0)} ms)`);
  console.log(`median JVM CPU time to ready: ${cpu.toFixed(1)} s over ${os.cpus().length} cores (the part of the start that other work cannot inflate)`);
  console.log(`median RSS after start: ${rss.toFixed(0)} MB (target under ${TARGET_RSS_MB} MB: ${verdict(rss < TARGET_RSS_MB)})`);
  console.log(`median RSS after writing ${WRITE_NODES} nodes: ${rssWrite.toFixed(0)} MB (target under ${TARGET_RSS_MB} MB: ${verdict(rssWrite < TARGET_RSS_MB)})`);
  console.log(
    `load average (1 min): ${loadBefore.toFixed(2)} before, ${os.loadavg()[0]!.toFixed(2)} after, on ${os.cpus().length} cores; ` +
      'above the core count, other work is slowing the start',
  );
}
