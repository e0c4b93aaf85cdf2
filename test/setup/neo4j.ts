// Global setup of the `db` test project: one real Neo4j for every test file of the run. With
// NEO4J_URI set it checks that server answers and hands it on; otherwise it starts the embedded
// Neo4j on a fresh temporary data directory and a free port, and stops it (and checks its JVM is
// gone) after the run. Tests read the connection with inject('neo4jUri') and friends.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectNeo4j } from '../../server/launcher/connect.ts';
import { startEmbeddedNeo4j } from '../../server/launcher/neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the test database. */
    neo4jUri: string;
    /** Empty for the embedded database, which runs without authentication. */
    neo4jUser: string;
    neo4jPassword: string;
    /** The embedded database's JVM; 0 when NEO4J_URI names an outside server. */
    neo4jPid: number;
  }
}

/** True while the process exists (stop() has reaped our child, so a zombie cannot fool this). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return true;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outside = process.env.NEO4J_URI?.trim();
  if (outside) {
    const user = process.env.NEO4J_USER?.trim() || 'neo4j';
    const password = process.env.NEO4J_PASSWORD ?? '';
    // Fail the run at once, with the URI in the message, rather than in every test.
    const driver = await connectNeo4j({ uri: outside, user, password });
    await driver.close();
    project.provide('neo4jUri', outside);
    project.provide('neo4jUser', user);
    project.provide('neo4jPassword', password);
    project.provide('neo4jPid', 0);
    return async () => undefined;
  }

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir });
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jUser', '');
  project.provide('neo4jPassword', '');
  project.provide('neo4jPid', neo4j.pid);

  return async () => {
    await neo4j.stop();
    // stop() resolves when the JVM has exited; this guards against a launcher that only says so.
    if (isRunning(neo4j.pid)) {
      throw new Error(`the test Neo4j (pid ${neo4j.pid}) is still running after stop(); kill it by hand`);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
