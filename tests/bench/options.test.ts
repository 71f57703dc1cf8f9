import { parseArgs, STEPS, UsageError } from '../../bench/lib/options';

test('without options a full run measures every step at a million claims, three pairs a ratio', () => {
  expect(parseArgs([])).toEqual({
    quick: false,
    claims: 1_000_000,
    importClaims: 100_000,
    listSeconds: 30,
    viewSeconds: 15,
    keep: false,
    noCache: false,
    only: new Set(STEPS),
    repeat: 3,
  });
});

test('a quick run with its numbers and steps given takes them as given', () => {
  const options = parseArgs([
    '--quick',
    '--claims',
    '20000',
    '--import-claims',
    '500',
    '--seconds',
    '4',
    '--repeat',
    '2',
    '--only',
    'export,xlsx',
    '--keep',
  ]);
  expect(options).toEqual({
    quick: true,
    claims: 20_000,
    importClaims: 500,
    listSeconds: 4,
    viewSeconds: 5,
    keep: true,
    noCache: false,
    only: new Set(['export', 'xlsx']),
    repeat: 2,
  });
});

test.each([
  [['--claims', 'x'], '--claims takes a whole number of claims, 1 or more (got x)'],
  [['--claims', '1e3.5'], '--claims takes a whole number of claims, 1 or more (got 1e3.5)'],
  [['--import-claims', '0'], '--import-claims takes a whole number of claims, 1 or more (got 0)'],
  [['--seconds', '-5'], '--seconds takes a whole number of seconds, 1 or more (got -5)'],
  [['--seconds', ''], '--seconds takes a whole number of seconds, 1 or more (got )'],
  [['--repeat', '1.5'], '--repeat takes a whole number of pairs, 1 or more (got 1.5)'],
  [['--repeat'], '--repeat takes a whole number of pairs, 1 or more (got nothing)'],
  [
    ['--only', 'exprot'],
    '--only takes steps among import, list, peer, compare, pages, export, start, extract, five, xlsx, search (got exprot)',
  ],
  [['--only'], '--only takes steps among import, list, peer, compare, pages, export, start, extract, five, xlsx, search (got nothing)'],
])('%j stops the run before it starts, naming the option', (argv, message) => {
  expect(() => parseArgs(argv)).toThrow(new UsageError(message));
});
