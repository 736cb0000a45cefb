import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql module instance for type-graphql, Apollo and the tests ("another realm" error).
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.test.ts'],
    setupFiles: ['./test/support/setup.ts'],
    // A session stays cached until something forgets it (session-cache.ts): statement counts do
    // not depend on the clock, and a missing invalidation fails the tests of sign-out,
    // deactivation and password changes instead of passing after a short TTL.
    env: { SESSION_CACHE_MS: '600000' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each API test file runs a server and a database; two at a time fits a 2-core machine.
    maxWorkers: 2,
  },
});
