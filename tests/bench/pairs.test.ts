import { measurePairs, pairOrder, pairsText, summarizeRatios } from '../../bench/lib/pairs';

test('the median of three pairs is the middle ratio, with the range beside it and the pair that gave it', () => {
  // The full runs' import ratios of one build on 3 Dec (07:51, 13:51, 14:34).
  const summary = summarizeRatios([0.48, 0.45, 0.56]);
  expect(summary).toEqual({ median: 0.48, min: 0.45, max: 0.56, count: 3, medianPair: 0 });
  expect(pairsText(summary)).toBe('median of 3 alternating pairs, 0.45–0.56×');
});

test('with an even count the median is the lower middle ratio, one a pair measured', () => {
  // The export's 0.6025, 0.49, 0.48 and 0.54 of four full runs: the middle two are 0.49 and 0.54.
  const summary = summarizeRatios([0.6025, 0.49, 0.48, 0.54]);
  expect(summary).toEqual({ median: 0.49, min: 0.48, max: 0.6025, count: 4, medianPair: 1 });
  expect(pairsText(summary)).toBe('median of 4 alternating pairs, 0.48–0.60×');
  // Equal ratios are ordered by pair, so the same ratios always name the same pair.
  expect(summarizeRatios([0.5, 0.5, 0.7, 0.4]).medianPair).toBe(0);
  expect(summarizeRatios([0.7, 0.5, 0.5]).medianPair).toBe(2);
});

test('a single pair is its own median and says so', () => {
  const summary = summarizeRatios([0.5125]);
  expect(summary).toEqual({ median: 0.5125, min: 0.5125, max: 0.5125, count: 1, medianPair: 0 });
  expect(pairsText(summary)).toBe('1 pair');
});

test('no ratio, or one that is not a number, has no median', () => {
  expect(() => summarizeRatios([])).toThrow('at least one');
  expect(() => summarizeRatios([0.5, Number.NaN])).toThrow('finite');
});

test('pairs alternate which side runs first: B L, L B, B L', () => {
  expect([0, 1, 2, 3].map(pairOrder)).toEqual([
    ['baseline', 'ledger'],
    ['ledger', 'baseline'],
    ['baseline', 'ledger'],
    ['ledger', 'baseline'],
  ]);
});

test('measurePairs runs the sides in that order and pairs each ledger figure with its own baseline', async () => {
  const calls: string[] = [];
  const baselineRates = [100, 80, 120];
  const ledgerRates = [50, 48, 54];
  const pairs = await measurePairs({
    repeat: 3,
    baseline: async (pair) => {
      calls.push(`B${pair}`);
      return baselineRates[pair];
    },
    ledger: async (pair) => {
      calls.push(`L${pair}`);
      return ledgerRates[pair];
    },
    ratio: (b, l) => l / b,
  });
  expect(calls).toEqual(['B0', 'L0', 'L1', 'B1', 'B2', 'L2']);
  expect(pairs.map((p) => [p.pair, p.order[0], p.baseline, p.ledger, p.ratio])).toEqual([
    [0, 'baseline', 100, 50, 0.5],
    [1, 'ledger', 80, 48, 0.6],
    [2, 'baseline', 120, 54, 0.45],
  ]);
  expect(summarizeRatios(pairs.map((p) => p.ratio!))).toEqual({ median: 0.5, min: 0.45, max: 0.6, count: 3, medianPair: 0 });
});

test('a pair without a ratio (the ledger failed) is the last one measured', async () => {
  const calls: string[] = [];
  const pairs = await measurePairs({
    repeat: 3,
    baseline: async (pair) => {
      calls.push(`B${pair}`);
      return 100;
    },
    ledger: async (pair) => {
      calls.push(`L${pair}`);
      return pair === 1 ? 500 : 200;
    },
    ratio: (b, status) => (status === 200 ? 0.5 : null),
  });
  expect(calls).toEqual(['B0', 'L0', 'L1', 'B1']);
  expect(pairs.map((p) => p.ratio)).toEqual([0.5, null]);
});
