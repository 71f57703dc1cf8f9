/** Every test runs against real PostgreSQL: tests/support/globalSetup.cjs starts an embedded one unless DATABASE_URL is set. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  globalSetup: '<rootDir>/tests/support/globalSetup.cjs',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.cjs',
  testTimeout: 60000,
};
