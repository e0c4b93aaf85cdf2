// Test runner settings. Two projects: `unit` (pure code, no services) and `db`
// (a real Neo4j started once by test/setup/neo4j.ts, shared by every file in the project).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: files in parallel only make the Neo4j-bound tests fight over them.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/server/**', 'test/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['test/server/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
        },
      },
    ],
  },
});
