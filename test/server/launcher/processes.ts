// Helpers of the launcher tests: run the fixture parent, read its JSON lines, and tell whether a
// process still runs. Not a test file itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'launcher', 'start.ts');

/** Settings for throwaway instances: small, and quicker to start than the defaults. */
export const THROWAWAY = {
  jvmArgs: ['-XX:TieredStopAtLevel=1'],
  pageCache: '16M',
  heap: '256m',
  log: (): void => undefined,
} as const;

/** Exists and is not a zombie: an orphan whose new parent has not reaped it yet has stopped running all the same. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Resolves true as soon as pid stops running, false if it still runs after timeoutMs. */
export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !isRunning(pid);
}

export interface FixtureEvent {
  readonly event: 'spawn' | 'ready' | 'error';
  readonly pid?: number;
  readonly uri?: string;
  readonly code?: string;
}

export interface Fixture {
  readonly child: ChildProcess;
  /** Resolves with the first event of that kind (or the first 'error' event, whichever comes first). */
  next(kind: FixtureEvent['event']): Promise<FixtureEvent>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs test/fixtures/launcher/start.ts as a separate Node process. */
export function runFixture(dataDir: string, options: { cleanup: boolean; env?: NodeJS.ProcessEnv }): Fixture {
  const args = ['--import', 'tsx', FIXTURE, dataDir, ...(options.cleanup ? ['--cleanup'] : [])];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const events: FixtureEvent[] = [];
  const waiters: Array<() => void> = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      events.push(JSON.parse(line) as FixtureEvent);
    } catch {
      return;
    }
    for (const wake of waiters.splice(0)) wake();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      for (const wake of waiters.splice(0)) wake();
      resolve({ code, signal });
    }),
  );
  const next = (kind: FixtureEvent['event']): Promise<FixtureEvent> =>
    new Promise((resolve, reject) => {
      const look = (): void => {
        const found = events.find((e) => e.event === kind || e.event === 'error');
        if (found) resolve(found);
        else if (child.exitCode !== null || child.signalCode !== null) {
          reject(new Error(`the fixture exited before '${kind}'; its stderr:\n${stderr}`));
        } else waiters.push(look);
      };
      look();
    });
  return { child, next, exited };
}
