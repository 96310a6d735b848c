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
    // Only the test files that import the mutated module: jest's start-up is most of each mutant's time.
    enableFindRelatedTests: true,
  },
  mutate: ['src/core/**/*.ts', '!src/core/index.ts', '!src/core/port.ts'],
  checkers: [],
  // Message texts are pinned by the table-driven finding test; mutating each string only adds hours.
  mutator: { excludedMutations: ['StringLiteral'] },
  concurrency: 1,
  // Every related test for every mutant: per-test coverage misattributed the table-driven finding tests
  // (mutants they kill reported as survivors); with related tests only, running all of them is cheap.
  coverageAnalysis: 'all',
  timeoutMS: 20000,
  // A run that cannot finish in time is stopped rather than left on the shared machine.
  dryRunTimeoutMinutes: 10,
  ignorePatterns: ['dist', 'coverage', 'test-artifacts', 'bench/out', 'reports', '.stryker-tmp'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
