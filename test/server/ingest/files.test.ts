// Which files an ingest reads, and in what order.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listInputs } from '../../../server/ingest/files.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function touch(rel: string, text = 'x'): string {
  const full = path.join(root, rel);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

describe('listInputs', () => {
  it('walks folders for pages in name order and takes named files whatever their extension', async () => {
    touch('b/2.html');
    touch('b/1.txt');
    touch('a.md');
    touch('b/photo.png');
    touch('b/node_modules/x.txt');
    touch('c/deeper/3.htm');
    const named = touch('notes.data', 'hello');
    const { files, problems } = await listInputs([root, named, path.join(root, 'missing')]);
    expect(files.map((f) => path.relative(root, f.path))).toEqual(['a.md', 'b/1.txt', 'b/2.html', 'c/deeper/3.htm', 'notes.data']);
    expect(files.map((f) => f.doc)).toEqual(['a', '1', '2', '3', 'notes']);
    expect(files[4]?.size).toBe(5);
    expect(problems).toEqual([{ path: path.join(root, 'missing'), code: 'not-found', message: expect.any(String) }]);
  });

  it('lists a file named twice once', async () => {
    const a = touch('twice/a.txt');
    const { files } = await listInputs([a, path.join(root, 'twice')]);
    expect(files).toHaveLength(1);
  });
});
