// The embedded Neo4j: finds java, builds the launcher jar when it is missing or stale, starts
// Neo4j Community in a child JVM (server/launcher/java) on 127.0.0.1, waits until it answers over
// Bolt, and stops it. It does not read the environment (server/config.ts does) and runs no Cypher
// of the application; callers connect with connect.ts like to any other Neo4j.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { isStopRequested, stopChild, trackChild } from './cleanup.ts';
import { connectNeo4j } from './connect.ts';
import { LauncherError } from './errors.ts';
import { findJava } from './java.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const JAVA_PROJECT = path.join(REPO_ROOT, 'server', 'launcher', 'java');
const BUILD_SCRIPT = path.join(REPO_ROOT, 'scripts', 'build-launcher.mjs');
export const LAUNCHER_JAR = path.join(JAVA_PROJECT, 'target', 'newsgraph-launcher.jar');
export const LAUNCHER_LIB = path.join(JAVA_PROJECT, 'lib');
const MAIN_CLASS = 'newsgraph.launcher.Main';

export interface EmbeddedNeo4jOptions {
  /** The database's home: store, transaction logs and logs/debug.log. Created when missing. */
  readonly dataDir?: string;
  /** Bolt port on 127.0.0.1; omitted: a free one. */
  readonly port?: number;
  /** Neo4j page cache, e.g. "128M". */
  readonly pageCache?: string;
  /** Largest JVM heap (-Xmx), e.g. "512m". */
  readonly heap?: string;
  /** From spawning java to Bolt answering; the first Maven build, if any, comes on top. */
  readonly startTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL. */
  readonly stopTimeoutMs?: number;
  /** More JVM flags, after JVM_FLAGS (e.g. '-XX:TieredStopAtLevel=1' for throwaway test instances). */
  readonly jvmArgs?: readonly string[];
  /** The java to run: a name looked up on PATH or a path. */
  readonly javaCommand?: string;
  /** Build the launcher jar when missing or stale (false: fail with `build-failed` instead). */
  readonly build?: boolean;
  /** Progress and anything the JVM prints besides its protocol lines. */
  readonly log?: (line: string) => void;
  /** Called with the JVM's pid as soon as it is spawned, before it is ready. */
  readonly onSpawn?: (pid: number) => void;
}

export const DEFAULTS = {
  dataDir: path.join(REPO_ROOT, '.newsgraph', 'neo4j'),
  // Neo4j's biggest off-heap allocation: 128 MB holds the seed corpus many times over.
  pageCache: '128M',
  // Enough for batched UNWIND loads of 10k rows; together with the page cache it keeps RSS under 700 MB.
  heap: '512m',
  // A cold start takes ~10 s on two cores; a loaded CI machine can take several times that.
  startTimeoutMs: 120_000,
  stopTimeoutMs: 20_000,
  javaCommand: 'java',
  build: true,
  log: (line: string): void => console.error(`newsgraph: ${line}`),
} as const;

/**
 * JVM flags. The --add-opens and --enable-native-access are what Neo4j's own neo4j.conf passes on
 * JDK 17+ (its page cache and Netty reach into java.nio internals); the rest keeps memory small.
 */
export const JVM_FLAGS: readonly string[] = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  // A small initial heap: Neo4j warns when -Xms is unset, and a big one would be resident for nothing.
  '-Xms128m',
  // Per-thread caches of direct buffers otherwise grow without bound and show up as RSS.
  '-Djdk.nio.maxCachedBufferSize=1024',
  // A database that ran out of heap is better dead (and reported) than limping.
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface EmbeddedNeo4j {
  /** bolt://127.0.0.1:PORT */
  readonly uri: string;
  /** Neo4j version, e.g. "5.26.30". */
  readonly version: string;
  /** The JVM's process id. */
  readonly pid: number;
  readonly port: number;
  readonly dataDir: string;
  /** Settles when the JVM exits, for whatever reason. */
  readonly exited: Promise<ExitStatus>;
  /** SIGTERM, up to stopTimeoutMs for Neo4j to close its store, then SIGKILL; resolves once the JVM is gone. */
  stop(): Promise<void>;
}

const READY_LINE = /^NEWSGRAPH_NEO4J_READY (bolt:\/\/\S+) version=(\S+)\s*$/u;
const ERROR_LINE = /^NEWSGRAPH_NEO4J_ERROR (\w+): (.*)$/u;
const EXIT_LOCKED = 3;

/** A port that was free a moment ago on 127.0.0.1, found by letting the OS choose one. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('the OS gave no port'))));
    });
  });
}

/** Runs scripts/build-launcher.mjs, which returns at once when the jar is fresh. */
async function ensureLauncherBuilt(build: boolean, log: (line: string) => void): Promise<void> {
  if (!build) {
    if (existsSync(LAUNCHER_JAR) && existsSync(LAUNCHER_LIB)) return;
    throw new LauncherError(
      'build-failed',
      `newsgraph: the embedded Neo4j launcher is not built (${LAUNCHER_JAR} is missing); run \`node scripts/build-launcher.mjs\``,
    );
  }
  const child = spawn(process.execPath, [BUILD_SCRIPT, '--quiet'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  trackChild(child);
  let lastError = '';
  // The script prefixes its lines for people reading a terminal; our log adds its own prefix.
  const unprefixed = (line: string): string => line.replace(/^newsgraph: /u, '');
  createInterface({ input: child.stdout }).on('line', (line) => log(unprefixed(line)));
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (line.trim()) lastError = line.trim();
    log(unprefixed(line));
  });
  const status = await new Promise<ExitStatus>((resolve) => {
    child.once('error', () => resolve({ code: 1, signal: null }));
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  if (status.code === 0 && existsSync(LAUNCHER_JAR)) return;
  throw new LauncherError(
    'build-failed',
    lastError.startsWith('newsgraph: ')
      ? lastError
      : `newsgraph: building the embedded Neo4j launcher failed (${status.signal ?? `exit ${status.code}`}); ` +
          'run `node scripts/build-launcher.mjs` to see why',
  );
}

function startFailure(
  child: ChildProcess,
  dataDir: string,
  port: number,
  status: ExitStatus,
  error: { kind: string; detail: string } | null,
): LauncherError {
  if (error?.kind === 'locked' || status.code === EXIT_LOCKED) {
    return new LauncherError(
      'locked',
      `newsgraph: the Neo4j data directory ${dataDir} is in use by another NewsGraph (or Neo4j) process; ` +
        'stop that one, or set NEWSGRAPH_DATA_DIR to another directory',
    );
  }
  if (isStopRequested(child)) {
    return new LauncherError('start-failed', `newsgraph: the embedded Neo4j was stopped while starting (data directory ${dataDir})`);
  }
  const how = status.signal ? `was killed by ${status.signal}` : `exited with code ${status.code}`;
  const detail = error ? `: ${error.detail}` : '';
  const hint = /address already in use/iu.test(error?.detail ?? '') ? `; port ${port} is taken, choose another` : '';
  return new LauncherError(
    'start-failed',
    `newsgraph: the embedded Neo4j ${how} while starting${detail}${hint}; see ${path.join(dataDir, 'logs', 'debug.log')}`,
  );
}

/** Starts Neo4j and resolves once it answers over Bolt; rejects with a LauncherError and leaves no process behind. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions = {}): Promise<EmbeddedNeo4j> {
  const log = options.log ?? DEFAULTS.log;
  const dataDir = path.resolve(options.dataDir ?? DEFAULTS.dataDir);
  const startTimeoutMs = options.startTimeoutMs ?? DEFAULTS.startTimeoutMs;
  const stopTimeoutMs = options.stopTimeoutMs ?? DEFAULTS.stopTimeoutMs;

  const java = await findJava(options.javaCommand ?? DEFAULTS.javaCommand);
  await ensureLauncherBuilt(options.build ?? DEFAULTS.build, log);
  const port = options.port ?? (await findFreePort());
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new LauncherError('start-failed', `newsgraph: cannot create the Neo4j data directory ${dataDir}: ${String(error)}`, { cause: error });
  }

  const args = [
    ...JVM_FLAGS,
    `-Xmx${options.heap ?? DEFAULTS.heap}`,
    ...(options.jvmArgs ?? []),
    '-cp',
    `${LAUNCHER_JAR}${path.delimiter}${path.join(LAUNCHER_LIB, '*')}`,
    MAIN_CLASS,
    '--data', dataDir,
    '--port', String(port),
    '--pagecache', options.pageCache ?? DEFAULTS.pageCache,
  ];
  // stdin stays an open pipe for the JVM's whole life: its EOF is how the JVM learns we are gone.
  const child = spawn(java.command, args, { cwd: dataDir, stdio: ['pipe', 'pipe', 'pipe'] });
  trackChild(child);
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('error', () => resolve({ code: child.exitCode, signal: child.signalCode }));
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  // A write to a JVM that just died must not crash us; the exit is reported through `exited`.
  child.stdin?.on('error', () => undefined);
  if (child.pid !== undefined) options.onSpawn?.(child.pid);

  const ready = await waitForReady(child, exited, { dataDir, port, startTimeoutMs, stopTimeoutMs, log });
  // The READY line comes from inside the JVM; only a Bolt round trip proves a client can get in.
  const remaining = Math.max(5_000, ready.deadline - Date.now());
  try {
    const driver = await connectNeo4j({ uri: ready.uri, timeoutMs: remaining });
    await driver.close();
  } catch (error) {
    await stopChild(child, stopTimeoutMs);
    throw new LauncherError(
      'start-failed',
      `newsgraph: the embedded Neo4j said it was ready at ${ready.uri} but does not answer over Bolt (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }

  void exited.then((status) => {
    if (!isStopRequested(child)) {
      log(`the embedded Neo4j (pid ${child.pid}) exited unexpectedly (${status.signal ?? `code ${status.code}`}); see ${path.join(dataDir, 'logs', 'debug.log')}`);
    }
  });
  return {
    uri: ready.uri,
    version: ready.version,
    pid: child.pid ?? -1,
    port,
    dataDir,
    exited,
    stop: () => stopChild(child, stopTimeoutMs),
  };
}

interface WaitOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly startTimeoutMs: number;
  readonly stopTimeoutMs: number;
  readonly log: (line: string) => void;
}

/** Reads the JVM's protocol lines until READY, an error and exit, or the timeout (which stops the JVM). */
function waitForReady(
  child: ChildProcess,
  exited: Promise<ExitStatus>,
  options: WaitOptions,
): Promise<{ uri: string; version: string; deadline: number }> {
  const deadline = Date.now() + options.startTimeoutMs;
  return new Promise((resolve, reject) => {
    let settled = false;
    let lastError: { kind: string; detail: string } | null = null;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };

    if (child.stdout) {
      createInterface({ input: child.stdout }).on('line', (line) => {
        const match = READY_LINE.exec(line);
        if (match?.[1] && match[2]) {
          const [, uri, version] = match;
          settle(() => resolve({ uri, version, deadline }));
        } else if (line.trim()) {
          options.log(`neo4j: ${line}`);
        }
      });
    }
    if (child.stderr) {
      createInterface({ input: child.stderr }).on('line', (line) => {
        const match = ERROR_LINE.exec(line);
        // Before READY an error line becomes the rejection; after it, nobody else would see it.
        if (match?.[1] && match[2] !== undefined && !settled) lastError = { kind: match[1], detail: match[2] };
        else if (line.trim()) options.log(`neo4j: ${line}`);
      });
    }
    child.once('error', (error) => {
      settle(() =>
        reject(new LauncherError('start-failed', `newsgraph: cannot run java for the embedded Neo4j: ${error.message}`, { cause: error })),
      );
    });
    void exited.then((status) => settle(() => reject(startFailure(child, options.dataDir, options.port, status, lastError))));

    const timer = setTimeout(() => {
      settle(() => {
        void stopChild(child, options.stopTimeoutMs).finally(() =>
          reject(
            new LauncherError(
              'timeout',
              `newsgraph: the embedded Neo4j did not become ready within ${Math.round(options.startTimeoutMs / 1000)} s ` +
                `(data directory ${options.dataDir}); see ${path.join(options.dataDir, 'logs', 'debug.log')}, or allow more time (startTimeoutMs)`,
            ),
          ),
        );
      });
    }, options.startTimeoutMs);
  });
}
