// `npm start` as a user meets it: the real server process, over HTTP, against the run's Neo4j
// (NEO4J_URI), and the failure a user hits most: port 3000 already taken.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Run = { code: null, stdout: '', stderr: '' };
  child.stdout.on('data', (d: Buffer) => (run.stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (run.stderr += d.toString()));
  const exited = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ ...run, code })));
  return { child, run, exited };
}

describe('server/main.ts', () => {
  it('serves /api/health with the Neo4j version and counts per label', async () => {
    const port = await freePort();
    const seeds = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-no-seeds-'));
    const { child, run, exited } = startMain({
      PORT: String(port),
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USER: inject('neo4jUser'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      NEWSGRAPH_SEEDS: seeds,
    });
    try {
      let health: Record<string, unknown> | null = null;
      for (let i = 0; i < 120 && !health; i++) {
        await new Promise((r) => setTimeout(r, 500));
        if (!run.stdout.includes('ready:')) continue;
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.ok) health = (await res.json()) as Record<string, unknown>;
      }
      expect(health, run.stdout + run.stderr).not.toBeNull();
      expect(String(health?.neo4jVersion)).toMatch(/^5\.26\./u);
      expect(Object.keys(health?.counts as object)).toEqual(['Person', 'Place', 'Organization', 'Event', 'Article']);
    } finally {
      child.kill('SIGTERM');
      const end = await exited;
      expect(end.code).toBe(0);
    }
  });

  it('says which port is busy and how to choose another, and exits 1', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)));
    try {
      const { exited } = startMain({ PORT: String(port), NEO4J_URI: 'bolt://127.0.0.1:1' });
      const end = await exited;
      expect(end.code).toBe(1);
      expect(end.stderr).toContain(`port ${port}`);
      expect(end.stderr).toContain('PORT=');
    } finally {
      blocker.close();
    }
  });

  it('fails within 10 s, naming the URI, when NEO4J_URI points at nothing', async () => {
    const port = await freePort();
    const started = Date.now();
    const { exited } = startMain({ PORT: String(port), NEO4J_URI: 'bolt://127.0.0.1:1' });
    const end = await exited;
    expect(end.code).toBe(1);
    expect(end.stderr).toContain('bolt://127.0.0.1:1');
    // The process itself needs a few seconds to compile and start under load.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
