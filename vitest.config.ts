import { defineConfig } from 'vitest/config';

// The JSON report is what `.ci/run` reads to print its `N passed, N failed` line.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A guard against hangs, not a speed check: process and network tests on a
    // loaded 2-core machine can take several seconds to start their nodes.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
