// connect.ts against the run's real Neo4j (test/setup/neo4j.ts), and against addresses where
// nothing answers: the error is code `unreachable`, names the URI, and comes within the timeout.
import net from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectNeo4j, readServerVersion } from '../../../server/launcher/connect.ts';
import { ConnectError } from '../../../server/launcher/errors.ts';

const target = (): { uri: string; user: string; password: string } => ({
  uri: inject('neo4jUri'),
  user: inject('neo4jUser'),
  password: inject('neo4jPassword'),
});

describe('connectNeo4j', () => {
  it('writes a node and reads it back through Bolt', async () => {
    const driver = await connectNeo4j(target());
    const marker = `launcher-test-${process.pid}-${Date.now()}`;
    try {
      await driver.executeQuery('CREATE (:LauncherTest {marker: $marker})', { marker });
      const { records } = await driver.executeQuery('MATCH (n:LauncherTest {marker: $marker}) RETURN n.marker AS marker', { marker });
      expect(records.map((r) => r.get('marker'))).toEqual([marker]);
    } finally {
      await driver.executeQuery('MATCH (n:LauncherTest {marker: $marker}) DELETE n', { marker }).catch(() => undefined);
      await driver.close();
    }
  });

  it('reads the server version from dbms.components()', async () => {
    const driver = await connectNeo4j(target());
    try {
      const { version, edition } = await readServerVersion(driver);
      expect(version).toMatch(/^\d+\.\d+\.\d+/u);
      expect(['community', 'enterprise']).toContain(edition);
    } finally {
      await driver.close();
    }
  });

  it('rejects with code unreachable, naming the URI, within 10 s when nothing listens', async () => {
    const uri = 'bolt://127.0.0.1:1';
    const started = Date.now();
    const error: unknown = await connectNeo4j({ uri, timeoutMs: 10_000 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectError);
    expect((error as ConnectError).code).toBe('unreachable');
    expect((error as ConnectError).message).toContain(uri);
    expect(Date.now() - started).toBeLessThan(10_500);
  });

  describe('when a server accepts connections but never answers', () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => {
      sockets.add(socket);
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });

    it('gives up after timeoutMs with code unreachable', async () => {
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const address = silent.address();
      const uri = `bolt://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const started = Date.now();
      const error: unknown = await connectNeo4j({ uri, timeoutMs: 1_500 }).then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as ConnectError).code).toBe('unreachable');
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });
});
