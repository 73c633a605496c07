import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.tools/**', 'data/**', 'coverage/**', '*.config.js', 'bin/**', 'tests/support/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Workflow code is replayed: no wall clock, no randomness, no I/O modules.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'setTimeout', message: 'Use sleep() from @temporalio/workflow.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Not deterministic; derive ids from workflow state.' },
      ],
      'no-restricted-imports': ['error', { patterns: ['fs', 'node:*', 'http', 'https', '../activities/*/*'] }],
    },
  },
);
