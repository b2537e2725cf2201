import { defineConfig } from 'vitest/config';

// Five projects, run in this order by scripts/run-tests.ts: unit, content and security need no
// build (security is the adversarial suite: hostile input against each defence, fixture builds and
// the static server included); build and e2e read the built dist/ (e2e in Debian's Chromium).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 180_000, maxConcurrency: 2 } },
      { test: { name: 'security', include: ['tests/security/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // One browser at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
