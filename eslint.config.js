import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The process (src/process) is pure: it may not reach the database, the adapters, the
// engine, the web layer or Node's I/O. This rule is the layer boundary; breaking it fails
// the lint, and so the build.
const processBoundary = {
  patterns: [
    {
      group: ['**/db/**', '**/adapters/**', '**/engine/**', '**/web/**', '**/app/**', '**/config*', '**/log*'],
      message: 'The process is pure: it may not import the database, adapters, engine, web or app layers.',
    },
    {
      group: ['node:fs*', 'node:net', 'node:http*', 'node:child_process', 'pg', 'kysely', '@electric-sql/*', 'fastify', 'pino'],
      message: 'The process is pure: no I/O libraries.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', '.data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', AbortController: 'readonly', performance: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/process/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', processBoundary] },
  },
  {
    files: ['scripts/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
