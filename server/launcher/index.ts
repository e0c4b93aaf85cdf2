// The launcher's public face: start the embedded Neo4j, or connect to any Neo4j, and clean up.
export { startEmbeddedNeo4j, findFreePort, DEFAULTS, JVM_FLAGS, LAUNCHER_JAR, LAUNCHER_LIB } from './neo4j.ts';
export type { EmbeddedNeo4j, EmbeddedNeo4jOptions, ExitStatus } from './neo4j.ts';
export { connectNeo4j, readServerVersion } from './connect.ts';
export type { ConnectOptions, ServerVersion } from './connect.ts';
export { stopChildrenOnProcessExit, stopAllChildren } from './cleanup.ts';
export type { ProcessCleanupOptions } from './cleanup.ts';
export { LauncherError, ConnectError } from './errors.ts';
export type { LauncherErrorCode, ConnectErrorCode } from './errors.ts';
export { findJava, MIN_JAVA_MAJOR } from './java.ts';
