/**
 * Mutation run over src/core (`npm run mutation`, not part of npm test): which changes to the core no
 * test notices. Sized for a shared 2-core machine: one jest worker, only the core's unit tests, no type
 * checker. One directory at a time: `npm run mutation -- --mutate 'src/core/validate/**'`.
 */
export default {
  testRunner: 'jest',
  jest: {
    configFile: 'jest.config.js',
    // The core's own tests and the fixtures; browser, Office-fake and corpus suites add minutes, not kills.
    config: { testMatch: ['<rootDir>/test/core/**/*.test.ts', '<rootDir>/test/fixtures.test.ts'] },
    enableFindRelatedTests: false,
  },
  mutate: ['src/core/**/*.ts', '!src/core/index.ts', '!src/core/port.ts'],
  checkers: [],
  concurrency: 1,
  coverageAnalysis: 'perTest',
  timeoutMS: 20000,
  ignorePatterns: ['dist', 'coverage', 'test-artifacts', 'bench/out', 'reports', '.stryker-tmp'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
