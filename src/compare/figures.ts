/** Pure arithmetic of figures: best values, the interval a wording implies, overlap, spread and change. */
import { APPROXIMATION_RULES } from '../claims/approximation';
import type { FigureValue, Interval } from '../claims/model';

/** The best single number for a figure: its value, else the middle of its range; null for a vague figure. */
export function bestValue(f: FigureValue): number | null {
  if (f.value !== null) return f.value;
  if (APPROXIMATION_RULES[f.approximation].statesNumber && f.value_low !== null && f.value_high !== null)
    return (f.value_low + f.value_high) / 2;
  return null;
}

/**
 * The interval a figure stands for. Explicit bounds (value_low, value_high) win; otherwise the wording decides
 * (APPROXIMATION_RULES: more_than v is (v, ∞), approximately v is [0.9v, 1.1v]…). A vague figure without bounds
 * has none and is not compared.
 */
export function intervalOf(f: FigureValue): Interval | null {
  let iv = f.value === null ? null : APPROXIMATION_RULES[f.approximation].interval(f.value);
  if (f.value_low === null && f.value_high === null) return iv;
  iv ??= { low: 0, high: null, low_open: false, high_open: false };
  if (f.value_low !== null) iv = { ...iv, low: f.value_low, low_open: false };
  if (f.value_high !== null) iv = { ...iv, high: f.value_high, high_open: false };
  return iv;
}

/** Whether two intervals share at least one number (open ends exclude their endpoint). */
export function overlaps(a: Interval, b: Interval): boolean {
  const [low, lowOpen] = a.low > b.low ? [a.low, a.low_open] : b.low > a.low ? [b.low, b.low_open] : [a.low, a.low_open || b.low_open];
  const aHigh = a.high ?? Infinity;
  const bHigh = b.high ?? Infinity;
  const [high, highOpen] =
    aHigh < bHigh ? [aHigh, a.high_open] : bHigh < aHigh ? [bHigh, b.high_open] : [aHigh, a.high_open || b.high_open];
  return low < high || (low === high && !lowOpen && !highOpen);
}

/** Whether every number of `a` is below every number of `b`. */
function below(a: Interval, b: Interval): boolean {
  if (a.high === null) return false;
  return a.high < b.low || (a.high === b.low && (a.high_open || b.low_open));
}

/** The first index in ascending `sorted` whose value is ≥ x (or > x with `after`). */
function bound(sorted: number[], x: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x || (after && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many pairs of intervals do not overlap, and up to `limit` of them (index pairs, in index order). Two
 * intervals fail to overlap exactly when one lies wholly below the other, so for each interval the ones below
 * it are a prefix of the intervals sorted by their upper end: O(n log n), where comparing every pair would
 * not finish for the thousands of claimants of a large ledger.
 */
export function disagreeingPairs(intervals: Interval[], limit: number): { count: number; pairs: [number, number][] } {
  // An empty interval ("less than 0" is [0, 0)) overlaps nothing; every other pair is compared by position.
  const isEmpty = (iv: Interval) => below(iv, iv);
  const empties = intervals.flatMap((iv, i) => (isEmpty(iv) ? [i] : []));
  const byHigh = intervals
    .map((_, i) => i)
    .filter((i) => intervals[i].high !== null && !isEmpty(intervals[i]))
    .sort((x, y) => intervals[x].high! - intervals[y].high!);
  const highs = byHigh.map((i) => intervals[i].high!);
  const openBefore = [0];
  for (const i of byHigh) openBefore.push(openBefore[openBefore.length - 1] + (intervals[i].high_open ? 1 : 0));
  const found: [number, number][] = [];
  const add = (i: number, j: number) => {
    if (found.length < limit) found.push(i < j ? [i, j] : [j, i]);
  };
  const e = empties.length;
  let count = e * (intervals.length - e) + (e * (e - 1)) / 2;
  empties.forEach((i, n) =>
    intervals.forEach((_, j) => {
      if (j !== i && (!isEmpty(intervals[j]) || empties.indexOf(j) > n)) add(i, j);
    }),
  );
  intervals.forEach((b, j) => {
    if (isEmpty(b)) return;
    const lt = bound(highs, b.low, false);
    const le = bound(highs, b.low, true);
    // Ends equal to b's start are below it when either of the two ends is open.
    count += lt + (b.low_open ? le - lt : openBefore[le] - openBefore[lt]);
    for (let k = 0; k < le && found.length < limit; k++) if (below(intervals[byHigh[k]], b)) add(byHigh[k], j);
  });
  return { count, pairs: found.sort((p, q) => p[0] - q[0] || p[1] - q[1]) };
}

export interface Spread {
  count: number;
  min: number | null;
  max: number | null;
  median: number | null;
  /** max / min, to two decimals; null when min is not positive. */
  ratio: number | null;
}

export function spreadOf(values: number[]): Spread {
  if (values.length === 0) return { count: 0, min: null, max: null, median: null, ratio: null };
  // A typed array sorts numbers natively, several times faster than a comparator over thousands of claimants.
  const sorted = Float64Array.from(values).sort();
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  return { count: sorted.length, min, max, median, ratio: min > 0 ? round(max / min, 2) : null };
}

export interface Change {
  from_claim_id: number;
  absolute: number;
  /** Percent of the earlier figure, to one decimal; null when the earlier figure is 0. */
  percent: number | null;
}

/** 1,100 → 1,500 is +400, +36.4%. */
export function changeBetween(from: { claim_id: number; best: number }, to: number): Change {
  const absolute = round(to - from.best);
  return { from_claim_id: from.claim_id, absolute, percent: from.best === 0 ? null : round((absolute / from.best) * 100, 1) };
}

function round(n: number, decimals = 6): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
