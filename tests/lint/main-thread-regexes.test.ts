import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { citeClaims } from '../../src/cite/format';
import { CLAIM_EXPORT_COLUMNS } from '../../src/export/claimRows';
import { defuseFormula, restoreFormula } from '../../src/export/serialize';
import { actorNameOf, namesOf } from '../../src/extract/names';
import { csvClaimLines } from '../../src/import/csv';
import { citableClaim } from '../support/citableClaim';

/*
 * The server's own thread runs every request: a regular expression whose time grows faster than its input holds up
 * every client while it runs. Seven patterns did, each quadratic in a run of one character (found by
 * eslint-plugin-regexp): a note of 20,000 tabs took 2.1 s of CPU in each CSV that held it, a context of 20,000
 * spaces 0.7 s in each citation, a CSV cell of 20,000 digits and a letter 1.8 s, a claimant of 20,000 spaces 0.8 s.
 * eslint.config.mjs now refuses such patterns in every module the server's thread loads; the first test checks that
 * list stays whole, the others time the inputs that had been slow.
 */

const ROOT = path.join(__dirname, '../..');

/** The files a module imports for their values (type-only imports load nothing). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s)) {
      const clause = s.importClause;
      const typesOnly =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          clause.namedBindings &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typesOnly) specifiers.push((s.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier && !s.isTypeOnly)
      specifiers.push((s.moduleSpecifier as ts.StringLiteral).text);
  }
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => path.resolve(path.dirname(file), s))
    .map((base) => [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f)))
    .filter((f): f is string => f !== undefined);
}

test("every module the server's thread loads is checked for regular expressions slower than linear", async () => {
  // The extractor's reading (read.ts and what it loads) runs in the worker; pool.ts loads it in the server's thread
  // only when the worker's bundle is missing (a test from sources).
  const worker = path.join(ROOT, 'src/extract/read.ts');
  const loaded = new Set<string>();
  const todo = [path.join(ROOT, 'src/index.ts')];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (loaded.has(file) || file === worker) continue;
    loaded.add(file);
    todo.push(...valueImports(file));
  }
  expect(loaded.size).toBeGreaterThan(100);
  // the modules eslint.config.mjs checks
  const modules = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts/main-thread-modules.json'), 'utf8')) as {
    folders: string[];
    elsewhere: string[];
    extractorInThread: string[];
  };
  const within = (file: string, folders: string[]) => folders.some((f) => file.startsWith(`${f}/`));
  const checked = (file: string) =>
    modules.extractorInThread.includes(file) || (within(file, modules.folders) && !within(file, modules.elsewhere));
  const unchecked = [...loaded].map((f) => path.relative(ROOT, f)).filter((f) => !checked(f));
  expect(unchecked).toEqual([]);
});

/** CPU time of one call, in ms (the machine is shared: wall time would measure the others too). */
function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

// Each of these took 0.7–2.1 s before (20,000 characters, the most a note or context holds); linear, a few ms.
const LIMIT_MS = 300;
const RUN = 20_000;

test('a note of tabs, semicolons or blanks is guarded for spreadsheets in linear time, and exactly as before', () => {
  for (const text of ['\t'.repeat(RUN) + 'a', ';'.repeat(RUN) + 'a', `;${' '.repeat(RUN)}x`, `\t${"'".repeat(RUN)}x`]) {
    expect(cpuMs(() => restoreFormula(defuseFormula(text)))).toBeLessThan(LIMIT_MS);
  }
  expect(cpuMs(() => restoreFormula(`;'${'\t'.repeat(RUN)}a`))).toBeLessThan(LIMIT_MS);
  // what the guard writes (tests/import/csv.test.ts and tests/http/output.test.ts hold more)
  const cases: [string, string][] = [
    ['5;=HYPERLINK(1)', "5;'=HYPERLINK(1)"],
    ['a\t \t"-1', 'a\t \t"\'-1'],
    ["x; ''=A1", "x; '''=A1"],
    ["x;';=", "x;';'="],
    ["x;''x", "x;''x"],
    ['a b=c', 'a b=c'],
  ];
  for (const [text, guarded] of cases) {
    expect(defuseFormula(text)).toBe(guarded);
    expect(restoreFormula(guarded)).toBe(text);
  }
});

test('a claimant of spaces is read for its names in linear time, and names read as before', () => {
  // the second took 3.5 s before: two runs of 1,000 spaces, cubic
  const spaces = `a${' '.repeat(RUN)}x`;
  expect(cpuMs(() => [namesOf(spaces), actorNameOf(spaces), namesOf(`a${' '.repeat(1000)}(SDF), ${' '.repeat(1000)}(`)])).toBeLessThan(
    LIMIT_MS,
  );
  expect(namesOf('Syrian Democratic Forces (SDF)')).toEqual(['Syrian Democratic Forces (SDF)', 'Syrian Democratic Forces', 'SDF']);
  expect(namesOf('National Intelligence Agency (BIN), Indonesia')).toEqual([
    'National Intelligence Agency (BIN), Indonesia',
    'National Intelligence Agency',
    'BIN',
  ]);
  expect(namesOf('Ministry of the Interior (Morocco)')).toEqual(['Ministry of the Interior (Morocco)', 'Ministry of the Interior']);
  expect(namesOf('Ministry (Interior), Morocco')).toEqual(['Ministry (Interior), Morocco']);
  expect(namesOf('Ministry(Morocco)')).toEqual(['Ministry(Morocco)']);
  expect(namesOf('A (B) (C)')).toEqual(['A (B) (C)', 'A (B)']);
  expect(namesOf('A\nB (Morocco)')).toEqual(['A\nB (Morocco)']);
  expect(namesOf('AB (Morocco) x')).toEqual(['AB (Morocco) x']);
  expect(actorNameOf(' Kazakh National Security Committee (KNB) ')).toBe('Kazakh National Security Committee');
  expect(actorNameOf('Ministry of the Interior (Morocco)')).toBe('Ministry of the Interior (Morocco)');
  expect(actorNameOf('Europol')).toBe('Europol');
});

test('a context or retraction reason of spaces is cited in linear time, its final full stop dropped as before', () => {
  const claim = citableClaim({
    context: `a${' '.repeat(RUN)}x`,
    status: 'retracted',
    retraction_reason: `b${' \n'.repeat(1000)}y`,
  });
  citeClaims([{ ...claim, context: null }], 'text', { today: '2026-12-04' }); // the formatter's first use loads it
  for (const format of ['text', 'bibtex', 'ris'] as const) {
    expect(cpuMs(() => citeClaims([claim], format, { today: '2026-12-04' }))).toBeLessThan(LIMIT_MS);
  }
  const text = citeClaims([{ ...claim, context: 'In a speech . \n', retraction_reason: 'Misread.. ' }], 'text', { today: '2026-12-04' });
  expect(text).toContain('retracted from the ledger: Misread.');
  expect(text).toContain('Context: In a speech .');
});

test('a CSV cell of digits and a letter is refused as no number in linear time; numbers read as before', async () => {
  const header = CLAIM_EXPORT_COLUMNS.map((c) => c.name).join(',');
  const row = (value: string) => CLAIM_EXPORT_COLUMNS.map((c) => (c.name === 'value' ? value : c.name === 'quote' ? '"q"' : '')).join(',');
  const started = process.cpuUsage();
  const lines: unknown[] = [];
  for await (const line of csvClaimLines(
    (async function* () {
      yield `${header}\r\n${row(`${'1'.repeat(RUN)}x`)}\r\n${row('1.')}\r\n${row('.5e3')}\r\n${row('1.2.3')}\r\n`;
    })(),
  ))
    lines.push(line);
  const used = process.cpuUsage(started);
  expect((used.user + used.system) / 1000).toBeLessThan(LIMIT_MS + 100);
  const errorsOf = (i: number) => (lines[i] as { errors?: { message: string }[] }).errors?.map((e) => e.message) ?? [];
  expect(errorsOf(0)).toEqual([expect.stringContaining('is not a number')]);
  expect(errorsOf(1)).toEqual([]);
  expect(errorsOf(2)).toEqual([]);
  expect(errorsOf(3)).toEqual([expect.stringContaining('is not a number')]);
});
