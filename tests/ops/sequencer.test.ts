/**
 * tests/support/sequencer.js, jest's order of the test files: the slowest first, by jest's cached duration, else the
 * committed one, else (a file added since the table was refreshed) the median of its folder's, so that a new file
 * does not start before the longest ones and leave the run ending on one long file.
 */
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SlowestFirst = require('../support/sequencer.js') as new () => {
  durations: Record<string, number>;
  _cache: Map<unknown, Record<string, [number, number]>>;
  sort(tests: FakeTest[]): FakeTest[];
};

type FakeTest = { path: string; context: { config: { rootDir: string; cache: boolean }; hasteFS: { getSize(): number } } };

const ROOT = '/repo';
const context = { config: { rootDir: ROOT, cache: false }, hasteFS: { getSize: () => 100 } };
const testOf = (file: string): FakeTest => ({ path: path.join(ROOT, file), context });

/** The files in the order the sequencer starts them, with `durations` committed and `cached` (ms) as jest's cache. */
function order(files: string[], durations: Record<string, number>, cached: Record<string, number> = {}): string[] {
  const sequencer = new SlowestFirst();
  sequencer.durations = durations;
  sequencer._cache.set(context, Object.fromEntries(Object.entries(cached).map(([file, ms]) => [path.join(ROOT, file), [1, ms]])));
  return sequencer.sort(files.map(testOf)).map((test) => path.relative(ROOT, test.path));
}

const COMMITTED = {
  'tests/http/fuzz.test.ts': 485,
  'tests/extract/a.test.ts': 5,
  'tests/extract/b.test.ts': 9,
  'tests/extract/c.test.ts': 20,
  'tests/extract/d.test.ts': 30,
};

test('committed durations order the files slowest first', () => {
  expect(order(['tests/extract/a.test.ts', 'tests/http/fuzz.test.ts', 'tests/extract/c.test.ts'], COMMITTED)).toEqual([
    'tests/http/fuzz.test.ts',
    'tests/extract/c.test.ts',
    'tests/extract/a.test.ts',
  ]);
});

test('a file with no committed duration takes the median of its folder, after the longer files, not before them all', () => {
  const files = ['tests/extract/new.test.ts', 'tests/extract/a.test.ts', 'tests/http/fuzz.test.ts', 'tests/extract/c.test.ts'];
  // the median of 5, 9, 20 and 30 is 9 (the lower middle): after fuzz and c, before a
  expect(order(files, COMMITTED)).toEqual([
    'tests/http/fuzz.test.ts',
    'tests/extract/c.test.ts',
    'tests/extract/new.test.ts',
    'tests/extract/a.test.ts',
  ]);
});

test('a file of a folder with no committed durations has none, and jest starts it first', () => {
  expect(order(['tests/extract/a.test.ts', 'tests/http/fuzz.test.ts', 'tests/brand-new/x.test.ts'], COMMITTED)).toEqual([
    'tests/brand-new/x.test.ts',
    'tests/http/fuzz.test.ts',
    'tests/extract/a.test.ts',
  ]);
});

test('the duration jest cached comes before the committed one', () => {
  const files = ['tests/extract/a.test.ts', 'tests/http/fuzz.test.ts', 'tests/extract/new.test.ts'];
  // cached: a took 600 s in the last run, the new file 1 s; fuzz keeps its committed 485 s
  expect(order(files, COMMITTED, { 'tests/extract/a.test.ts': 600_000, 'tests/extract/new.test.ts': 1_000 })).toEqual([
    'tests/extract/a.test.ts',
    'tests/http/fuzz.test.ts',
    'tests/extract/new.test.ts',
  ]);
});
