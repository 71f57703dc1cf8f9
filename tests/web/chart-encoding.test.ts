import type { Approximation, ClaimStatus } from '../../src/claims/model';
import { dateInWords, markLabel, overlapBands, timeSpan, valueMark } from '../../src/web/charts/encoding';
import { changeText } from '../../src/web/charts/timelineChart';
import { niceTicks, valueScale } from '../../src/web/charts/scale';
import { equalEarth } from '../../src/web/charts/worldMap';
import { mapClasses } from '../../src/web/charts/countriesChart';

const fig = (
  approximation: Approximation,
  value: number | null,
  value_low: number | null = null,
  value_high: number | null = null,
  status: ClaimStatus = 'active',
) => ({ approximation, value, value_low, value_high, status });

describe('the mark and its extent on the value axis, per approximation', () => {
  test.each([
    ['exact 300: a filled dot, no extent', fig('exact', 300), { shape: 'dot', at: 300, extent: null, base: null, hollow: false }],
    [
      'approximately 300: a dot with ±10% whiskers',
      fig('approximately', 300),
      { shape: 'whiskers', at: 300, extent: { low: 270, high: 330 }, base: null, hollow: false },
    ],
    [
      'approximately 300 with stated bounds: whiskers to the bounds',
      fig('approximately', 300, 250, 400),
      { shape: 'whiskers', at: 300, extent: { low: 250, high: 400 }, base: null, hollow: false },
    ],
    [
      'exact 300 with stated bounds: whiskers, not a bare dot',
      fig('exact', 300, 280, 320),
      { shape: 'whiskers', at: 300, extent: { low: 280, high: 320 }, base: null, hollow: false },
    ],
    [
      'more than 300: arrow up from 300, open base, unbounded',
      fig('more_than', 300),
      { shape: 'arrow-up', at: 300, extent: { low: 300, high: null }, base: 'open', hollow: false },
    ],
    [
      'at least 300: arrow up from 300, filled base',
      fig('at_least', 300),
      { shape: 'arrow-up', at: 300, extent: { low: 300, high: null }, base: 'filled', hollow: false },
    ],
    [
      'more than 300, at most 400 stated: the arrow ends at 400',
      fig('more_than', 300, null, 400),
      { shape: 'arrow-up', at: 300, extent: { low: 300, high: 400 }, base: 'open', hollow: false },
    ],
    [
      'less than 300: arrow down from 300 to 0, open base',
      fig('less_than', 300),
      { shape: 'arrow-down', at: 300, extent: { low: 0, high: 300 }, base: 'open', hollow: false },
    ],
    [
      'at most 300: arrow down, filled base',
      fig('at_most', 300),
      { shape: 'arrow-down', at: 300, extent: { low: 0, high: 300 }, base: 'filled', hollow: false },
    ],
    [
      'range 250–360: a bar from low to high, anchored at the middle',
      fig('range', null, 250, 360),
      { shape: 'bar', at: 305, extent: { low: 250, high: 360 }, base: null, hollow: false },
    ],
    [
      'range with a best estimate: anchored at it',
      fig('range', 300, 250, 360),
      { shape: 'bar', at: 300, extent: { low: 250, high: 360 }, base: null, hollow: false },
    ],
    ['vague: hollow, no position, no extent', fig('vague', null), { shape: 'vague', at: null, extent: null, base: null, hollow: true }],
    [
      'vague even with a stated bound: still not placed',
      fig('vague', null, 200),
      { shape: 'vague', at: null, extent: null, base: null, hollow: true },
    ],
  ])('%s', (_name, f, expected) => {
    const m = valueMark(f);
    expect({ shape: m.shape, at: m.at, extent: m.extent, base: m.base, hollow: m.hollow }).toEqual(expected);
  });

  test.each(['exact', 'approximately', 'more_than', 'at_least', 'less_than', 'at_most'] as const)(
    'a superseded %s figure is hollow with the same shape',
    (approximation) => {
      const current = valueMark(fig(approximation, 1100));
      const superseded = valueMark(fig(approximation, 1100, null, null, 'superseded'));
      expect(superseded.shape).toBe(current.shape);
      expect(superseded.hollow).toBe(true);
      expect(current.hollow).toBe(false);
    },
  );

  test('the interval drawn is the one the comparison views use', () => {
    expect(valueMark(fig('more_than', 300)).interval).toEqual({ low: 300, high: null, low_open: true, high_open: false });
    expect(valueMark(fig('approximately', 150)).interval).toEqual({ low: 135, high: 165, low_open: false, high_open: false });
  });

  test('the wording explained in words', () => {
    expect(valueMark(fig('more_than', 300)).reading).toBe('more than 300: a lower bound, 300 excluded');
    expect(valueMark(fig('at_least', 300)).reading).toBe('at least 300: a lower bound, 300 included');
    expect(valueMark(fig('at_most', 1500)).reading).toBe('at most 1,500: an upper bound, 1,500 included');
    expect(valueMark(fig('approximately', 150)).reading).toBe('about 150: between 135 and 165 (±10%)');
  });
});

describe('the extent on the time axis, per date precision', () => {
  test.each([
    ['a year spans the whole year', '2014', { start: '2014-01-01', end: '2015-01-01', precision: 'year', point: false }],
    ['a month spans the month', '2013-11', { start: '2013-11-01', end: '2013-12-01', precision: 'month', point: false }],
    ['February of a leap year has 29 days', '2016-02', { start: '2016-02-01', end: '2016-03-01', precision: 'month', point: false }],
    ['a day is a point', '2014-11-27', { start: '2014-11-27', end: '2014-11-28', precision: 'day', point: true }],
    ['December ends at the new year', '2014-12', { start: '2014-12-01', end: '2015-01-01', precision: 'month', point: false }],
  ])('%s', (_name, asOf, expected) => {
    expect(timeSpan(asOf)).toEqual(expected);
  });

  test('undated (or unreadable) figures get no place on the time axis, never an invented date', () => {
    expect(timeSpan(null)).toBeNull();
    expect(timeSpan('2014-13')).toBeNull();
    expect(dateInWords(null)).toBe('date unknown');
  });

  test('dates in words keep their precision', () => {
    expect(dateInWords('2014')).toBe('2014');
    expect(dateInWords('2013-11')).toBe('November 2013');
    expect(dateInWords('2014-11-27')).toBe('27 November 2014');
  });
});

test('a mark’s text equivalent names the claimant, the words, the date and the document', () => {
  const f = fig('approximately', 1100, null, null, 'superseded');
  expect(
    markLabel(
      { claimant: 'Aleksandr Bortnikov', value_text: 'around 1,100 militants', as_of: null, status: 'superseded', document: 'RFE/RL post' },
      valueMark(f),
    ),
  ).toBe(
    'Aleksandr Bortnikov: “around 1,100 militants”; about 1,100: between 990 and 1,210 (±10%); as of date unknown; reported in RFE/RL post; superseded',
  );
});

describe('overlapBands', () => {
  const iv = (low: number, high: number | null, low_open = false, high_open = false) => ({ low, high, low_open, high_open });
  test('the stretch two intervals share', () => {
    expect(overlapBands([iv(135, 165), iv(150, null, true)], 400)).toEqual([{ low: 150, high: 165, count: 2 }]);
  });
  test('intervals that do not overlap share nothing; touching at an excluded bound is not overlapping', () => {
    expect(overlapBands([iv(135, 165), iv(300, null, true)], 400)).toEqual([]);
    expect(overlapBands([iv(100, 300), iv(300, null, true)], 400)).toEqual([]);
    expect(overlapBands([iv(100, 300), iv(300, null)], 400)).toEqual([{ low: 300, high: 300, count: 2 }]);
  });
  test('two exact figures of one value overlap at a point; three intervals count three', () => {
    expect(overlapBands([iv(300, 300), iv(300, 300)], 400)).toEqual([{ low: 300, high: 300, count: 2 }]);
    expect(overlapBands([iv(0, 100), iv(50, 150), iv(60, 70)], 200)).toEqual([{ low: 50, high: 100, count: 3 }]);
  });
});

test('changes are labelled with sign, thousands and percent', () => {
  expect(changeText({ absolute: 400, percent: 36.4 })).toBe('+400 (+36.4%)');
  expect(changeText({ absolute: -1200, percent: -20 })).toBe('−1,200 (−20%)');
  expect(changeText({ absolute: 5, percent: null })).toBe('+5');
  // web52: the percent grouped as the figure is ("+4511.7%" beside "+2,707").
  expect(changeText({ absolute: 2707, percent: 4511.7 })).toBe('+2,707 (+4,511.7%)');
});

test('scales: round ticks covering the maximum', () => {
  expect(niceTicks(1500)).toEqual([0, 500, 1000, 1500]);
  expect(niceTicks(330)).toEqual([0, 100, 200, 300, 400]);
  const s = valueScale(1500, 0, 300);
  expect(s(0)).toBe(0);
  expect(s(1500)).toBe(300);
});

test('Equal Earth: the origin at the centre, the poles on the axis, east to the right and north up', () => {
  expect(equalEarth(0, 0)).toEqual([0, 0]);
  const [x, y] = equalEarth(68, 48);
  expect(x).toBeGreaterThan(0);
  expect(y).toBeGreaterThan(0);
  expect(equalEarth(-68, -48)).toEqual([-x, -y]);
});

test('map classes: at most five, round limits, the largest value in the last', () => {
  for (const max of [1, 7, 99, 150, 300, 1234, 99_999, 2_500_000]) {
    const limits = mapClasses([max / 3, max]);
    expect(limits.length).toBeGreaterThanOrEqual(1);
    expect(limits.length).toBeLessThanOrEqual(5);
    expect(limits[limits.length - 1]).toBeGreaterThanOrEqual(max);
    expect([...limits].sort((a, b) => a - b)).toEqual(limits);
  }
  expect(mapClasses([150, 300])).toEqual([100, 200, 300]);
});
