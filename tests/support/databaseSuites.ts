import fs from 'node:fs';
import path from 'node:path';
import { importGraph, sourceFiles } from '../../scripts/check-imports';

/**
 * Which test files can reach the run's PostgreSQL. The second pass of .ci/run (`npm run test:database`, with
 * DATABASE_URL set: the oldest supported PostgreSQL, as a role without superuser rights) runs only these. Every other
 * file (the extractor, parsers, documents, lint, servers on an embedded cluster of their own) meets no PostgreSQL, or
 * the same embedded one in both passes, so running it again would test nothing new.
 *
 * The rule, read from the sources so that a new database test is included without anyone listing it: a file can
 * reach the run's PostgreSQL when it, or a module under tests/ that it imports (at any depth),
 *   - reads the server and template that globalSetup prepared (TEST_PG_ADMIN_URL, TEST_PG_TEMPLATE), as createTestDb
 *     and createTestApp do; or
 *   - starts a process (node:child_process) without naming DATABASE_URL: the process inherits the run's.
 * A file that drives Chromium itself (imports tests/support/browser.ts) is left out of the second pass: what differs
 * between PostgreSQL versions and roles is the SQL, and a browser's pages and forms send the ledger the requests that
 * the pages' and the workspace's HTTP tests (tests/web, tests/workspace, in this pass) send through supertest; what the
 * browser adds (scripts, layout, axe) meets no PostgreSQL. They were a third of the pass's time (~200 of 556 s on two
 * cores), which kept .ci/run at the house's 20 minutes.
 * A file that reaches it but asserts only what Node and the ledger's own code decide before or beside SQL (HTTP
 * framing and time limits, validation and its words, hostile requests all refused before they write) is left out by
 * a line of its own, `// Second pass: left out, ` and why (LEFT_OUT): its SQL is the same reads and writes the files
 * of the pass send, and running it again on PostgreSQL 15 tested the same Node twice (round 51: the OpenAPI fuzz alone,
 * 10,000 requests, was the pass's longest file). A file that meets a rule of PostgreSQL's (a constraint, a lock, a
 * plan, a right, a setting, a version's function) is never left out so.
 */
const DRIVES_BROWSER = /from\s+'(?:\.\.\/support|\.)\/browser'/;
const TESTS = path.resolve(__dirname, '..');
const READS_RUN_DATABASE = /\bTEST_PG_(ADMIN_URL|TEMPLATE)\b/;
const STARTS_PROCESS = /['"](node:)?child_process['"]/;
const NAMES_DATABASE_URL = /\bDATABASE_URL\b/;
/** The line a file leaves the second pass with, and the reason that must follow it on the line. */
export const LEFT_OUT = /^\/\/ Second pass: left out, \S/m;

/** Whether the file's own text reaches the run's PostgreSQL (without following its imports). */
function reachesByItself(file: string): boolean {
  if (file === __filename) return false; // this rule names the variables; it reads no database
  const source = fs.readFileSync(file, 'utf8');
  return READS_RUN_DATABASE.test(source) || (STARTS_PROCESS.test(source) && !NAMES_DATABASE_URL.test(source));
}

/** The test files among `testPaths` (absolute) that can reach the run's PostgreSQL, in their order. */
export function databaseSuites(testPaths: string[]): string[] {
  const graph = importGraph([...new Set([...sourceFiles(TESTS), ...testPaths])]);
  const reaches = new Map<string, boolean>();
  const visit = (file: string): boolean => {
    if (!reaches.has(file)) {
      reaches.set(file, false); // a cycle adds nothing
      reaches.set(file, reachesByItself(file) || (graph.get(file) ?? []).some(visit));
    }
    return reaches.get(file)!;
  };
  return testPaths.filter((file) => {
    if (!visit(file)) return false;
    const source = fs.readFileSync(file, 'utf8');
    return !DRIVES_BROWSER.test(source) && !LEFT_OUT.test(source);
  });
}

// Run by databaseSuitesFilter.js: the test files' paths as JSON on stdin, those kept as JSON on stdout.
if (require.main === module) {
  process.stdout.write(JSON.stringify(databaseSuites(JSON.parse(fs.readFileSync(0, 'utf8')) as string[])));
}
