// Test runner settings: one global setup starts the real Neo4j once for every test file that needs it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/neo4j.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: running files in parallel only makes the Neo4j-bound tests fight over them.
    fileParallelism: false,
    reporters: ['default'],
  },
});
