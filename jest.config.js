// Jest configuration: TypeScript through ts-jest (transpile only; `npm run typecheck` does the type check).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/globalSetup.js',
  // One block summing the reliability suites' kill points, faults, interleavings, strings and violations.
  reporters: ['default', '<rootDir>/test/support/reliability/summaryReporter.js'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
  },
  testTimeout: 60000,
  // Two workers on CI's two cores: the default (cores − 1) ran every file in one worker, 27 min on CI; measured
  // 14.6 min with two on this 2-core machine, browser suites included.
  maxWorkers: 2,
};
