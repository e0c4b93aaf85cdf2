// Typed failures of starting or reaching Neo4j. Callers and tests branch on `code`, never on the
// wording; the message is one line for a person: what failed, where, and what to do about it.

export type LauncherErrorCode =
  /** No `java` (17 or later) to run the embedded database with. */
  | 'java-missing'
  /** The launcher jar is missing or stale and Maven could not build it (or is not installed). */
  | 'build-failed'
  /** Another process (a NewsGraph or a Neo4j) holds the data directory. */
  | 'locked'
  /** Java ran but Neo4j did not come up (port taken, damaged store, …). */
  | 'start-failed'
  /** Neo4j did not answer over Bolt within the start timeout. */
  | 'timeout';

export class LauncherError extends Error {
  override readonly name = 'LauncherError';
  constructor(
    readonly code: LauncherErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type ConnectErrorCode =
  /** Nothing answered at the URI within the timeout. */
  | 'unreachable'
  /** A server answered but refused the user name or password. */
  | 'auth-failed';

export class ConnectError extends Error {
  override readonly name = 'ConnectError';
  constructor(
    readonly code: ConnectErrorCode,
    readonly uri: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The three ways to get a database, for messages that leave the user without one. */
export const WAYS_OUT =
  'install JDK 17 and Maven (e.g. apt-get install openjdk-17-jdk-headless maven), or run `docker compose up`, ' +
  'or set NEO4J_URI to your own Neo4j 5 server';
