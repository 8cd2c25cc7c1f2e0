import { defineConfig } from 'vitest/config';

// The JSON report is what `.ci/run` reads to print its `N passed, N failed` line.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
