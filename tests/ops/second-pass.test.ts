import path from 'node:path';
import { databaseSuites, LEFT_OUT } from '../support/databaseSuites';

const TESTS = path.join(__dirname, '..');
const kept = (...files: string[]) => databaseSuites(files.map((f) => path.join(TESTS, f))).map((f) => path.relative(TESTS, f));

test('the second pass keeps every file that reaches the run’s PostgreSQL, by itself or through the helpers it imports', () => {
  const reaching = [
    'db/dropDatabase.test.ts', // reads the run's server from the environment itself
    'db/migrations.test.ts', // createTestDb
    'claims/claims.test.ts', // createTestApp, which calls createTestDb
    'workspace/accept-high.test.ts', // tests/workspace/support, then tests/support/app
    'bench/copyTimes.test.ts', // starts a process that inherits DATABASE_URL
  ];
  expect(kept(...reaching)).toEqual(reaching);
});

test('the second pass leaves out files that meet no PostgreSQL, or only an embedded one of their own', () => {
  expect(
    kept(
      'extract/corpus.test.ts', // the extractor alone
      'claims/dates.test.ts', // a parser
      'docs/links.test.ts', // the documents
      'ops/start.test.ts', // npm start without DATABASE_URL: an embedded cluster in its own folder
      'ops/crash.test.ts', // server processes on embedded clusters of their own (tests/support/server)
      'ops/second-pass.test.ts', // names the variables, reads no database
    ),
  ).toEqual([]);
});

test('the second pass leaves out files that drive Chromium: their requests are the pages and forms the HTTP tests send', () => {
  expect(
    kept(
      'web/workspace-browser.test.ts', // reaches the run's PostgreSQL through tests/workspace/support, and drives Chromium
      'web/new-user-browser.test.ts',
    ),
  ).toEqual([]);
  // the HTTP tests of the same pages and forms stay
  expect(kept('web/pages.test.ts', 'workspace/review.test.ts')).toEqual(['web/pages.test.ts', 'workspace/review.test.ts']);
});

test('the second pass leaves out a file that reaches PostgreSQL only when a line of its own says so and why', () => {
  // each reaches the run's PostgreSQL through createTestApp, and asserts what Node and the ledger decide before SQL
  const leftOut = [
    'http/fuzz.test.ts',
    'web/pages-fuzz.test.ts',
    'http/keep-alive.test.ts',
    'http/field-words.test.ts',
    'http/one-of-errors.test.ts',
  ];
  expect(kept(...leftOut)).toEqual([]);
  // the line is the rule: the same text elsewhere (a comment's middle, no reason after it) leaves nothing out
  expect(LEFT_OUT.test('// Second pass: left out, Node decides this before any SQL')).toBe(true);
  expect(LEFT_OUT.test('// Second pass: left out, ')).toBe(false);
  expect(LEFT_OUT.test(' * the Second pass: left out, a word')).toBe(false);
  // a file of the same kind without the line stays
  expect(kept('http/control-characters.test.ts', 'http/keyed-requests.test.ts')).toEqual([
    'http/control-characters.test.ts',
    'http/keyed-requests.test.ts',
  ]);
});
