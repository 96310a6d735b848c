import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test-artifacts/',
      'bench/out/',
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
