// Keeps the processes the launcher spawns (the Maven build, the Neo4j JVM) from outliving this
// Node process. Every child is tracked from the moment it is spawned, so a stop request that
// comes while Neo4j is still starting reaches it too. The Java side adds its own guard: it exits
// when its stdin closes, which covers a parent killed by SIGKILL, where no handler here can run.
import type { ChildProcess } from 'node:child_process';
import { constants } from 'node:os';

const live = new Set<ChildProcess>();
/** Children we asked to stop, so that their exit is not reported as a crash. */
const stopRequested = new WeakSet<ChildProcess>();
let exitHookInstalled = false;

const DEFAULTS = {
  // Neo4j closes its store in a few seconds (finishing a start in progress first, which a busy
  // machine can stretch); far longer means it hangs and only SIGKILL helps.
  stopTimeoutMs: 20_000,
} as const;

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers cannot wait: sending the signal is all there is time for, and it is enough,
  // since the JVM closes its store on SIGTERM by itself.
  process.on('exit', () => {
    for (const child of live) {
      stopRequested.add(child);
      child.kill('SIGTERM');
    }
  });
}

/** Records a spawned child until it exits; on `exit` of this process, still-live children get SIGTERM. */
export function trackChild(child: ChildProcess): void {
  if (hasExited(child)) return;
  live.add(child);
  child.once('exit', () => live.delete(child));
  installExitHook();
}

/** Asks a child to stop (SIGTERM), waits up to timeoutMs, then kills it (SIGKILL); resolves once it is gone. */
export async function stopChild(child: ChildProcess, timeoutMs: number = DEFAULTS.stopTimeoutMs): Promise<void> {
  stopRequested.add(child);
  if (hasExited(child)) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), timeoutMs);
  });
  const outcome = await Promise.race([gone.then(() => 'gone' as const), late]);
  clearTimeout(timer);
  if (outcome === 'late' && !hasExited(child)) {
    child.kill('SIGKILL');
    await gone;
  }
}

/** Whether stopChild (directly or through the signal handlers) has been asked to stop this child. */
export function isStopRequested(child: ChildProcess): boolean {
  return stopRequested.has(child);
}

/** Stops every child the launcher has spawned and that still runs. */
export async function stopAllChildren(timeoutMs: number = DEFAULTS.stopTimeoutMs): Promise<void> {
  await Promise.all([...live].map((child) => stopChild(child, timeoutMs)));
}

export interface ProcessCleanupOptions {
  /**
   * Exit after stopping the children, with the conventional 128 + signal number status, as Node
   * would have without a handler. Pass false when the caller has its own shutdown to finish.
   */
  readonly exit?: boolean;
  readonly stopTimeoutMs?: number;
}

/**
 * Stops the launcher's children on SIGINT and SIGTERM (and signals them on `exit`), including a
 * Neo4j that is still starting. Returns a function that removes the signal handlers. A second
 * Ctrl-C while stopping falls through to Node's default and ends this process at once; the JVM
 * then notices its stdin close and stops by itself.
 */
export function stopChildrenOnProcessExit(options: ProcessCleanupOptions = {}): () => void {
  const exit = options.exit ?? true;
  const onSignal = (signal: NodeJS.Signals): void => {
    void stopAllChildren(options.stopTimeoutMs).finally(() => {
      if (exit) process.exit(128 + (constants.signals[signal] ?? 0));
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  installExitHook();
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

