// neo4j.ts and java.ts: each way a start can fail gives its own error code and leaves no JVM
// behind. Every case uses its own launcher instance on its own temporary data directory, never
// the run's shared database.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { LauncherError } from '../../../server/launcher/errors.ts';
import { parseJavaMajor } from '../../../server/launcher/java.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../server/launcher/neo4j.ts';
import { isRunning, runFixture, THROWAWAY } from './processes.ts';

const tempDirs: string[] = [];
const running: EmbeddedNeo4j[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `newsgraph-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

async function failure(start: Promise<EmbeddedNeo4j>): Promise<LauncherError> {
  const result = await start.then(
    (db) => {
      running.push(db);
      return null;
    },
    (e: unknown) => e,
  );
  expect(result).toBeInstanceOf(LauncherError);
  return result as LauncherError;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((db) => db.stop()));
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the run’s embedded database', () => {
  it('runs in a JVM this run can see (or is an outside server)', () => {
    const pid = inject('neo4jPid');
    if (pid > 0) expect(isRunning(pid)).toBe(true);
    expect(inject('neo4jUri')).toMatch(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//u);
  });
});

describe('startEmbeddedNeo4j failures', () => {
  it('java-missing: the java command does not exist', async () => {
    const empty = tempDir('no-java');
    const error = await failure(startEmbeddedNeo4j({ ...THROWAWAY, dataDir: tempDir('data'), javaCommand: path.join(empty, 'java') }));
    expect(error.code).toBe('java-missing');
  });

  it('java-missing: PATH holds node but no java', async () => {
    const bin = tempDir('path-without-java');
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const fixture = runFixture(tempDir('data'), { cleanup: false, env: { ...process.env, PATH: bin } });
    const event = await fixture.next('error');
    expect(event.code).toBe('java-missing');
    expect((await fixture.exited).code).toBe(1);
  });

  it('locked: a second instance on a data directory in use', async () => {
    const dataDir = tempDir('locked');
    running.push(await startEmbeddedNeo4j({ ...THROWAWAY, dataDir }));
    let secondPid = 0;
    const error = await failure(
      startEmbeddedNeo4j({
        ...THROWAWAY,
        dataDir,
        onSpawn: (pid) => {
          secondPid = pid;
        },
      }),
    );
    expect(error.code).toBe('locked');
    expect(secondPid).toBeGreaterThan(0);
    expect(isRunning(secondPid)).toBe(false);
  });

  it('timeout: not ready in time, and the JVM is stopped', async () => {
    let pid = 0;
    const error = await failure(
      startEmbeddedNeo4j({
        ...THROWAWAY,
        dataDir: tempDir('timeout'),
        startTimeoutMs: 1_000,
        stopTimeoutMs: 2_000,
        onSpawn: (p) => {
          pid = p;
        },
      }),
    );
    expect(error.code).toBe('timeout');
    expect(isRunning(pid)).toBe(false);
  });
});

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['no version here', null],
  ])('%s → %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});
