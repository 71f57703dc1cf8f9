import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const mainThread = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'scripts/main-thread-modules.json'), 'utf8'));

export default tseslint.config(
  { ignores: ['node_modules/', '.data/', 'dist/', 'coverage/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers (issue 12): only the HTTP edge (src/http, the routers, the app, the server's entry, the web's error
  // pages) speaks HTTP; services, stores, parsers, the import and the database code throw DomainErrors instead.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/http/**', 'src/**/*[rR]outer.ts', 'src/**/*[rR]outer.tsx', 'src/app.ts', 'src/index.ts', 'src/web/**/errors.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)http/',
              message: 'Only src/http, the routers and src/app.ts speak HTTP: throw a DomainError (src/errors.ts) and take plain values.',
            },
          ],
        },
      ],
    },
  },
  // src/http holds HTTP's concerns only: no store (authentication and idempotency take what they need as functions or interfaces).
  {
    files: ['src/http/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(store|[A-Za-z]*Store)$|/idempotency/',
              message: 'src/http does not import stores: take a lookup function or an interface from the app.',
            },
          ],
        },
      ],
    },
  },
  // The server's own thread serves every request: no regular expression it runs may take time growing faster than its
  // input (a pattern tried at every start of a run of spaces, or two quantifiers trading characters, is quadratic: 20,000
  // tabs in a note took two seconds of CSV export). Which modules run there: scripts/main-thread-modules.json.
  ...[
    { files: mainThread.folders.map((f) => `${f}/**/*.{ts,tsx}`), ignores: mainThread.elsewhere.map((f) => `${f}/**`) },
    { files: mainThread.extractorInThread },
  ].map((where) => ({
    ...where,
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': ['error', { ignorePartial: false }],
    },
  })),
  // Prettier lays the code out (npm run lint checks it); these rules would fight its layout.
  prettier,
  // What Prettier cannot wrap (comments, long names) still stops at 140 columns; strings, templates, regular
  // expressions and URLs may run longer.
  {
    rules: {
      'max-len': ['error', { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
    },
  },
  // CommonJS files that jest requires untransformed (its config, the second pass's filter) load with require.
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Committed migrations are never edited (tests/db/migrations.test.ts), so they keep the layout they landed with.
  { files: ['db/migrations/**'], rules: { 'max-len': 'off' } },
);
