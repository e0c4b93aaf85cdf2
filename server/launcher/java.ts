// Finds the `java` that runs the embedded Neo4j and checks it is recent enough (Neo4j 5.26 needs
// 17 or later), so that a missing or old JDK is one clear LauncherError instead of a stack trace.
import { execFile } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { LauncherError, WAYS_OUT } from './errors.ts';

export const MIN_JAVA_MAJOR = 17;

export interface JavaRuntime {
  /** Absolute path of the executable. */
  readonly command: string;
  /** Feature release, e.g. 17 or 21. */
  readonly major: number;
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first executable `command` on PATH, or null; a command with a slash is taken as a path. */
export function findOnPath(command: string, pathVariable: string = process.env.PATH ?? ''): string | null {
  if (command.includes('/') || command.includes(path.sep)) {
    const resolved = path.resolve(command);
    return isExecutableFile(resolved) ? resolved : null;
  }
  for (const dir of pathVariable.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

/** `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` (or "1.8.0_392" before 9). */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/u.exec(versionOutput);
  if (!match?.[1]) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Resolves the java to use, or rejects with code `java-missing` when there is none or it is too old. */
export async function findJava(command = 'java'): Promise<JavaRuntime> {
  const found = findOnPath(command);
  if (!found) {
    throw new LauncherError(
      'java-missing',
      `newsgraph: the embedded Neo4j needs Java ${MIN_JAVA_MAJOR} or later, but \`${command}\` is not on PATH; ${WAYS_OUT}`,
    );
  }
  const output = await new Promise<string>((resolve, reject) => {
    execFile(found, ['-version'], { timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) reject(error);
      else resolve(`${stderr}\n${stdout}`);
    });
  }).catch((error: unknown) => {
    throw new LauncherError(
      'java-missing',
      `newsgraph: ${found} -version failed (${error instanceof Error ? error.message : String(error)}); ${WAYS_OUT}`,
      { cause: error },
    );
  });
  const major = parseJavaMajor(output);
  if (major === null || major < MIN_JAVA_MAJOR) {
    throw new LauncherError(
      'java-missing',
      `newsgraph: the embedded Neo4j needs Java ${MIN_JAVA_MAJOR} or later, but ${found} is ${major === null ? 'of unknown version' : `Java ${major}`}; ` +
        `put a newer one first on PATH, or ${WAYS_OUT}`,
    );
  }
  return { command: found, major };
}
