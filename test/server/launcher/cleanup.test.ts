// No orphaned JVM when the Node parent goes away while Neo4j is still starting: by SIGTERM (the
// TypeScript guard, stopChildrenOnProcessExit, stops the JVM) and by SIGKILL (no handler can run;
// the JVM sees its stdin close and stops by itself). The parent is test/fixtures/launcher/start.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runFixture, waitUntilGone } from './processes.ts';

const tempDirs: string[] = [];
const jvmPids: number[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-orphan-'));
  tempDirs.push(dir);
  return dir;
}

afterEach(async () => {
  // Should a test fail, its JVM must not outlive the run either.
  for (const pid of jvmPids.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone, as it should be
    }
  }
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Lets the JVM get well into its start, so the signal arrives mid-start rather than before it. */
const MID_START_MS = 1_000;
/** The JVM finishes opening the store before it closes it; on two busy cores that can take a while. */
const GONE_WITHIN_MS = 60_000;

describe('a parent that goes away while Neo4j starts', () => {
  it('SIGTERM: the parent stops the JVM, then exits with 128 + 15', { timeout: 120_000 }, async () => {
    const fixture = runFixture(tempDir(), { cleanup: true });
    const spawned = await fixture.next('spawn');
    expect(spawned.event).toBe('spawn');
    jvmPids.push(spawned.pid!);
    await new Promise((resolve) => setTimeout(resolve, MID_START_MS));

    fixture.child.kill('SIGTERM');
    const exit = await fixture.exited;
    expect(exit.code).toBe(143);
    expect(await waitUntilGone(spawned.pid!, GONE_WITHIN_MS)).toBe(true);
  });

  it('SIGKILL: the JVM notices its stdin close and stops by itself', { timeout: 120_000 }, async () => {
    const fixture = runFixture(tempDir(), { cleanup: false });
    const spawned = await fixture.next('spawn');
    expect(spawned.event).toBe('spawn');
    jvmPids.push(spawned.pid!);
    await new Promise((resolve) => setTimeout(resolve, MID_START_MS));

    fixture.child.kill('SIGKILL');
    await fixture.exited;
    expect(await waitUntilGone(spawned.pid!, GONE_WITHIN_MS)).toBe(true);
  });
});
