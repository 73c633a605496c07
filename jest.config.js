/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tools/', '<rootDir>/data/'],
  // Workflow tests bundle workflow code with webpack and start Temporal servers: give them room.
  testTimeout: 120000,
};
