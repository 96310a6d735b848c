import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';

/**
 * The core's layers, lowest first: a file may import its own layer and the ones before it, never a
 * later one (so no cycle can form between layers). `base` holds the leaves everyone shares.
 */
const CORE_LAYERS = [
  {
    name: 'base',
    files: ['grid.ts', 'lang.ts', 'format.ts', 'report.ts', 'findings.ts', 'sheetName.ts', 'address.ts'],
  },
  // The synonym table sits in detect/ but is words only (it needs just parse/text): unit names read it too.
  { name: 'parse', files: ['parse/**', 'detect/vocabulary.ts'] },
  { name: 'detect', files: ['detect/!(vocabulary).ts'] },
  { name: 'metrics', files: ['metrics/**'] },
  { name: 'validate', files: ['validate/**', 'compare/**'] },
  { name: 'summary', files: ['schema.ts', 'summary/**'] },
  { name: 'analyze', files: ['analyze.ts'] },
  { name: 'engine', files: ['engine.ts', 'port.ts', 'index.ts'] },
];
const inCore = (globs) => globs.map((g) => `./src/core/${g}`);
// One zone per later pattern: the rule wants each `from` all globs or none.
const layerZones = CORE_LAYERS.slice(0, -1).flatMap((layer, i) =>
  CORE_LAYERS.slice(i + 1).flatMap((later) =>
    later.files.map((from) => ({
      target: inCore(layer.files),
      from: `./src/core/${from}`,
      message: `core layer "${layer.name}" may not import the later layer "${later.name}".`,
    })),
  ),
);
const HOSTS = ['src/excel/**', 'src/xlsx/**', 'src/cli/**', 'src/taskpane/**', 'src/web/**'];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test-artifacts/',
      'bench/out/',
      '.stryker-tmp/',
      'reports/',
      'test/corpus/',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx'] })] },
    rules: {
      // Type-only imports count too: the cycle through `Lang` was one.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    // Hosts see the core through its index only.
    files: HOSTS.map((h) => `${h}/*.{ts,tsx}`).concat(HOSTS.map((h) => `${h}/**/*.{ts,tsx}`)),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*', '!**/core/index'],
              message: 'Import the core from src/core/index.ts (`../core`), not its inner modules.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core is pure: no Office, no DOM, no host library.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'Office',
        'Excel',
        'navigator',
        'localStorage',
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'exceljs',
            'react',
            'react-dom',
            '@fluentui/*',
            '*/excel/*',
            '*/xlsx/*',
            '*/taskpane/*',
            '*/web/*',
          ],
        },
      ],
    },
  },
);
