const os = require('node:os');

/** Every test runs against real PostgreSQL: tests/support/globalSetup.ts starts an embedded one unless DATABASE_URL is set. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // esbuild, not ts-jest: the same CommonJS, and a clean clone's first pass spends a third less CPU on eight app files (transform.js).
  transform: { '^.+\\.tsx?$': '<rootDir>/tests/support/transform.js' },
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  // The slowest files first, by the committed durations where jest has cached none (a clean clone): the sequencer says why.
  testSequencer: '<rootDir>/tests/support/sequencer.js',
  testTimeout: 60000,
  // Three workers at least: jest's own default (one less than the cores) runs the files one after another on a
  // two-core machine, and two workers still left the cores idle ~44% of a run (833 s of CPU in 744 s on two cores,
  // measured in round 41) while files wait on PostgreSQL, Chromium or a server process.
  maxWorkers: Math.max(3, os.availableParallelism() - 1),
};
