import fc from 'fast-check';
import type { Approximation, Interval } from '../../src/claims/model';
import { bestValue, changeBetween, disagreeingPairs, intervalOf, overlaps, spreadOf } from '../../src/compare/figures';

const fig = (approximation: Approximation, value: number | null, value_low: number | null = null, value_high: number | null = null) => ({
  approximation,
  value,
  value_low,
  value_high,
});

describe('intervalOf', () => {
  test.each([
    ['exact 300', fig('exact', 300), { low: 300, high: 300, low_open: false, high_open: false }],
    ['approximately 300 is ±10%', fig('approximately', 300), { low: 270, high: 330, low_open: false, high_open: false }],
    [
      'approximately 300 with bounds uses them',
      fig('approximately', 300, 280, 350),
      { low: 280, high: 350, low_open: false, high_open: false },
    ],
    [
      'approximately 300 with only a lower bound keeps +10% above',
      fig('approximately', 300, 290),
      { low: 290, high: 330, low_open: false, high_open: false },
    ],
    ['more than 300 is (300, ∞)', fig('more_than', 300), { low: 300, high: null, low_open: true, high_open: false }],
    ['at least 300 is [300, ∞)', fig('at_least', 300), { low: 300, high: null, low_open: false, high_open: false }],
    ['less than 300 is [0, 300)', fig('less_than', 300), { low: 0, high: 300, low_open: false, high_open: true }],
    ['at most 300 is [0, 300]', fig('at_most', 300), { low: 0, high: 300, low_open: false, high_open: false }],
    ['a range is its bounds', fig('range', null, 250, 360), { low: 250, high: 360, low_open: false, high_open: false }],
    ['a vague figure with a lower bound is [low, ∞)', fig('vague', null, 200), { low: 200, high: null, low_open: false, high_open: false }],
  ])('%s', (_name, f, expected) => {
    expect(intervalOf(f)).toEqual(expected);
  });

  test('a vague figure without bounds has no interval', () => {
    expect(intervalOf(fig('vague', null))).toBeNull();
  });
});

describe('overlaps', () => {
  const iv = (f: ReturnType<typeof fig>) => intervalOf(f)!;
  test('open ends exclude their endpoint', () => {
    expect(overlaps(iv(fig('more_than', 300)), iv(fig('exact', 300)))).toBe(false);
    expect(overlaps(iv(fig('at_least', 300)), iv(fig('exact', 300)))).toBe(true);
    expect(overlaps(iv(fig('less_than', 300)), iv(fig('more_than', 299)))).toBe(true);
    expect(overlaps(iv(fig('less_than', 300)), iv(fig('at_least', 300)))).toBe(false);
    expect(overlaps(iv(fig('at_most', 300)), iv(fig('at_least', 300)))).toBe(true);
  });
  test('approximate figures overlap when their ±10% meet', () => {
    expect(overlaps(iv(fig('approximately', 150)), iv(fig('more_than', 300)))).toBe(false);
    expect(overlaps(iv(fig('approximately', 300)), iv(fig('approximately', 360)))).toBe(true); // [270, 330] and [324, 396]
    expect(overlaps(iv(fig('approximately', 100)), iv(fig('approximately', 130)))).toBe(false); // [90, 110] and [117, 143]
    expect(overlaps(iv(fig('more_than', 300)), iv(fig('more_than', 5000)))).toBe(true);
  });
});

test('bestValue: the value, else the middle of a range, else nothing', () => {
  expect(bestValue(fig('approximately', 300, 250, 400))).toBe(300);
  expect(bestValue(fig('range', null, 250, 360))).toBe(305);
  expect(bestValue(fig('vague', null, 200, 900))).toBeNull();
  expect(bestValue(fig('vague', null))).toBeNull();
});

test('spreadOf: min, max, median and ratio', () => {
  expect(spreadOf([])).toEqual({ count: 0, min: null, max: null, median: null, ratio: null });
  expect(spreadOf([300])).toEqual({ count: 1, min: 300, max: 300, median: 300, ratio: 1 });
  expect(spreadOf([360, 150, 305, 300])).toEqual({ count: 4, min: 150, max: 360, median: 302.5, ratio: 2.4 });
  expect(spreadOf([1100, 1500, 2900])).toEqual({ count: 3, min: 1100, max: 2900, median: 1500, ratio: 2.64 });
  expect(spreadOf([0, 10]).ratio).toBeNull();
});

test('changeBetween: 1,100 → 1,500 is +400, +36.4%', () => {
  expect(changeBetween({ claim_id: 5, best: 1100 }, 1500)).toEqual({ from_claim_id: 5, absolute: 400, percent: 36.4 });
  expect(changeBetween({ claim_id: 5, best: 1500 }, 1100)).toEqual({ from_claim_id: 5, absolute: -400, percent: -26.7 });
  expect(changeBetween({ claim_id: 5, best: 0 }, 10)).toEqual({ from_claim_id: 5, absolute: 10, percent: null });
});

describe('disagreeingPairs', () => {
  const interval = fc
    .record({
      low: fc.integer({ min: 0, max: 20 }),
      span: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
      low_open: fc.boolean(),
      high_open: fc.boolean(),
    })
    .map(({ low, span, low_open, high_open }): Interval => ({
      low,
      high: span === null ? null : low + span,
      low_open,
      high_open: span === null ? false : high_open,
    }));

  test('counts and lists exactly the pairs that do not overlap, like comparing every pair', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 40 }), fc.integer({ min: 0, max: 50 }), (intervals, limit) => {
        const expected: [number, number][] = [];
        for (let i = 0; i < intervals.length; i++)
          for (let j = i + 1; j < intervals.length; j++) if (!overlaps(intervals[i], intervals[j])) expected.push([i, j]);
        const { count, pairs } = disagreeingPairs(intervals, limit);
        expect(count).toBe(expected.length);
        expect(pairs.length).toBe(Math.min(limit, expected.length));
        for (const p of pairs) expect(expected).toContainEqual(p);
        if (expected.length <= limit) expect(pairs).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  test('counts the pairs of thousands of claimants without listing them all', () => {
    const many = Array.from({ length: 20000 }, (_, i): Interval => ({ low: i, high: i + 0.5, low_open: false, high_open: false }));
    const { count, pairs } = disagreeingPairs(many, 100);
    expect(count).toBe((20000 * 19999) / 2);
    expect(pairs).toHaveLength(100);
  });
});
