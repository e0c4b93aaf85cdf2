// Which files an ingest reads: the paths given, folders walked recursively for pages
// (.txt, .md, .html, .htm), in a fixed order so that two runs load articles in the same order.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const PAGE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm'];

export interface InputFile {
  readonly path: string;
  readonly size: number;
  /** The file name without extension: the Extraction's `doc`. */
  readonly doc: string;
}

export interface InputProblem {
  readonly path: string;
  readonly code: 'not-found' | 'unreadable';
  readonly message: string;
}

export const docOf = (file: string): string => path.basename(file, path.extname(file));

/** Folders to leave alone when walking: tools' and version control's, never pages. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.newsgraph']);

async function walk(dir: string, out: InputFile[], problems: InputProblem[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: dir, code: 'unreadable', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  // Code-point order, not locale order: the same on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) await walk(full, out, problems);
    } else if (entry.isFile() && PAGE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      const s = await stat(full);
      out.push({ path: full, size: s.size, doc: docOf(full) });
    }
  }
}

/**
 * The files behind `paths`, each once, in the order given (folders expanded in name order).
 * A file named explicitly is taken whatever its extension: the content check decides.
 */
export async function listInputs(paths: readonly string[]): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for (const p of paths) {
    const full = path.resolve(p);
    let s;
    try {
      s = await stat(full);
    } catch {
      problems.push({ path: full, code: 'not-found', message: 'no such file or folder' });
      continue;
    }
    if (s.isDirectory()) await walk(full, files, problems);
    else files.push({ path: full, size: s.size, doc: docOf(full) });
  }
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(f.path) && seen.add(f.path)), problems };
}
