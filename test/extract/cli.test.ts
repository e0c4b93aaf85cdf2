// `npm run extract` as a user runs it: summaries for many files, a bad file named and skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../extract/cli.ts';

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'extract/cli.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('extract CLI', () => {
  it('writes a summary per file, names the file that failed, and exits non-zero', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-cli-'));
    const binary = path.join(dir, 'scan.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const out = path.join(dir, 'out');
    const r = run(['--summary-dir', out, 'seeds/000_b450ca49af65174f.txt', binary]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('scan');
    const summary = JSON.parse(readFileSync(path.join(out, '000_b450ca49af65174f.json'), 'utf8')) as { doc: string; persons: { name: string }[] };
    expect(summary.doc).toBe('000_b450ca49af65174f');
    expect(summary.persons.map((p) => p.name)).toContain('张建慧');
    expect(existsSync(path.join(out, 'scan.json'))).toBe(false);
  });

  it('writes the full extraction as JSON lines with --json', () => {
    const r = run(['--json', '--home', '周口市', 'seeds/000_b450ca49af65174f.txt']);
    expect(r.status).toBe(0);
    const extraction = JSON.parse(r.stdout.trim()) as { doc: string; homeCity: string; relations: unknown[] };
    expect(extraction.homeCity).toBe('周口市');
    expect(extraction.relations.length).toBeGreaterThan(0);
  });

  it('refuses an option without its value, and a run with nothing to write', () => {
    expect(parseArgs(['--summary-dir']).ok).toBe(false);
    expect(parseArgs(['seeds/a.txt']).ok).toBe(false);
    expect(parseArgs(['--json', '--bogus', 'x.txt']).ok).toBe(false);
  });
});
