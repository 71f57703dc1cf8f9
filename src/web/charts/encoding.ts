/**
 * How a figure is drawn (issue 10, "How a figure is drawn"): the wording is the shape of the mark, the date
 * precision is its extent on the time axis. Pure functions, so unit tests can pin every case; the SVG
 * components only place what these return. The value extents come from the ledger's own interval rules
 * (src/compare/figures.ts), so a chart can never disagree with the agreement verdict the API gives.
 */
import { APPROXIMATION_RULES, type MarkShape } from '../../claims/approximation';
import { assertNever } from '../../closedSets';
import type { FigureValue, Interval } from '../../claims/model';
import { intervalOf } from '../../compare/figures';
import { parsePartialDate, partialDateEnd, Precision, readableDate } from '../../dates';
import { formatNumber } from './scale';
import { storedString } from '../components/storedText';

/** Whether the bound an arrow starts from belongs to the figure: "at least 300" includes 300, "more than 300" does not. */
export type ArrowBase = 'filled' | 'open';

export interface ValueMark {
  shape: MarkShape;
  /** Where the mark's anchor sits on the value axis: the value, the bound an arrow starts from, the best value of a bar; null for vague. */
  at: number | null;
  /** The extent drawn along the value axis (whiskers, bar, arrow shaft); `high: null` runs to the end of the axis. */
  extent: { low: number; high: number | null } | null;
  /** Arrows only: whether the bound is included. */
  base: ArrowBase | null;
  /** The interval the wording stands for (figures.ts), as the comparison views use it. */
  interval: Interval | null;
  /** Hollow marks: vague figures, and superseded ones (they no longer stand). */
  hollow: boolean;
  /** The wording explained in words, for text equivalents and the legend ("more than 300: a lower bound, 300 excluded"). */
  reading: string;
}

export interface FigureToDraw extends FigureValue {
  status?: string;
}

const fmt = formatNumber;

/** Which mark a figure gets, and its extent on the value axis. */
export function valueMark(f: FigureToDraw): ValueMark {
  const rule = APPROXIMATION_RULES[f.approximation];
  const interval = rule.mark === 'vague' ? null : intervalOf(f);
  const superseded = f.status === 'superseded';
  const vague: ValueMark = {
    shape: 'vague',
    at: null,
    extent: null,
    base: null,
    interval: null,
    hollow: true,
    reading: 'no number: a vague figure, not placed on the value axis',
  };
  if (interval === null) return vague;
  const { low, high } = interval;
  const mark = (shape: MarkShape, at: number, extent: ValueMark['extent'], base: ArrowBase | null, reading: string): ValueMark => ({
    shape,
    at,
    extent,
    base,
    interval,
    hollow: superseded,
    reading,
  });
  const base: ArrowBase = rule.includesBound ? 'filled' : 'open';
  const included = rule.includesBound ? 'included' : 'excluded';
  switch (rule.mark) {
    case 'arrow-up': {
      const bound = f.value ?? low;
      // An upper bound stated besides ("more than 300, up to 400") ends the arrow there; otherwise it runs off the axis.
      return mark('arrow-up', bound, { low: bound, high }, base, `${rule.label} ${fmt(bound)}: a lower bound, ${fmt(bound)} ${included}`);
    }
    case 'arrow-down': {
      const bound = f.value ?? high ?? low;
      return mark(
        'arrow-down',
        bound,
        { low, high: bound },
        base,
        `${rule.label} ${fmt(bound)}: an upper bound, ${fmt(bound)} ${included}`,
      );
    }
    case 'bar': {
      const top = high ?? low;
      const at = f.value ?? (low + top) / 2;
      return mark('bar', at, { low, high: top }, null, `a range from ${fmt(low)} to ${high === null ? '∞' : fmt(high)}`);
    }
    case 'dot':
    case 'whiskers': {
      const at = f.value ?? low;
      if (rule.mark === 'dot' && high !== null && low === high) return mark('dot', at, null, null, `exactly ${fmt(at)}`);
      const stated = f.value_low !== null || f.value_high !== null;
      return mark(
        'whiskers',
        at,
        { low, high },
        null,
        `${rule.phrase({ value: fmt(at), low: null, high: null }, 'fewer')}: between ${fmt(low)} and ${high === null ? '∞' : fmt(high)}${stated ? ' (stated bounds)' : ' (±10%)'}`,
      );
    }
    case 'vague':
      return vague;
    default:
      return assertNever(rule.mark);
  }
}

/** Where a figure lies on the time axis: the whole period its `as_of` names; undated figures have none. */
export interface TimeSpan {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** The day after the last day the figure holds (the span's right edge), YYYY-MM-DD. */
  end: string;
  precision: Precision;
  /** A day is drawn as a point; a month or a year as a span. */
  point: boolean;
}

/** "2014" spans the year, "2014-11" the month, "2014-11-27" is a point; null (undated) or unreadable → null, never an invented date. */
export function timeSpan(asOf: string | null): TimeSpan | null {
  if (asOf === null) return null;
  const pd = parsePartialDate(asOf);
  if (pd === null) return null;
  const last = new Date(partialDateEnd(pd) + 'T00:00:00Z');
  last.setUTCDate(last.getUTCDate() + 1);
  return { start: pd.date, end: last.toISOString().slice(0, 10), precision: pd.precision, point: pd.precision === 'day' };
}

/** Days since 1970-01-01 of a YYYY-MM-DD day: the time axis's unit. */
export const dayNumber = (day: string): number => Date.parse(day + 'T00:00:00Z') / 86_400_000;

/** A date in words at its precision: "2014", "November 2014", "27 November 2014", "date unknown". */
export function dateInWords(asOf: string | null): string {
  return asOf !== null && parsePartialDate(asOf) !== null ? readableDate(asOf) : 'date unknown';
}

export interface MarkText {
  claimant: string;
  value_text: string;
  as_of: string | null;
  status?: string;
  document?: string | null;
}

/** The text equivalent of a mark: who, in which words, when, reported where; and what the wording means. */
export function markLabel(f: MarkText, mark: ValueMark): string {
  const parts = [`${storedString(f.claimant)}: “${storedString(f.value_text)}”`, mark.reading, `as of ${dateInWords(f.as_of)}`];
  if (f.document) parts.push(`reported in ${storedString(f.document)}`);
  if (f.status === 'superseded') parts.push('superseded');
  return parts.join('; ');
}

/** The legend's entries, in the order the marks are explained. */
export const LEGEND: { shape: MarkShape; base?: ArrowBase; hollow?: boolean; label: string }[] = [
  { shape: 'dot', label: 'exact figure' },
  { shape: 'whiskers', label: 'approximately: whiskers ±10% or the stated bounds' },
  { shape: 'arrow-up', base: 'open', label: 'more than: arrow toward higher values, open base (bound excluded)' },
  { shape: 'arrow-up', base: 'filled', label: 'at least: arrow toward higher values, filled base (bound included)' },
  { shape: 'arrow-down', base: 'open', label: 'less than: arrow toward lower values, open base' },
  { shape: 'arrow-down', base: 'filled', label: 'at most: arrow toward lower values, filled base' },
  { shape: 'bar', label: 'range: bar from low to high' },
  { shape: 'vague', label: 'vague (no number): hollow, listed beside the chart' },
  { shape: 'dot', hollow: true, label: 'superseded: hollow, arrow to the figure that replaced it' },
];

/**
 * Stretches of the value axis covered by two or more of the intervals (the sources chart shades them), with how
 * many cover each; unbounded intervals run to `top`. Open ends exclude their endpoint, as `overlaps` does: two
 * figures that only touch at an excluded bound share no stretch.
 */
export function overlapBands(intervals: Interval[], top: number): { low: number; high: number; count: number }[] {
  const ends = [...new Set(intervals.flatMap((iv) => [iv.low, iv.high ?? top]))].sort((a, b) => a - b);
  const covers = (iv: Interval, x: number) =>
    (iv.low < x || (iv.low === x && !iv.low_open)) && (iv.high === null || x < iv.high || (x === iv.high && !iv.high_open));
  const bands: { low: number; high: number; count: number }[] = [];
  const push = (low: number, high: number, count: number) => {
    const last = bands[bands.length - 1];
    if (last && last.high === low) {
      last.high = high;
      last.count = Math.max(last.count, count);
    } else bands.push({ low, high, count });
  };
  for (let i = 0; i < ends.length; i++) {
    // The endpoint itself (several exact figures of one value overlap at a point), then the stretch after it.
    const atPoint = intervals.filter((iv) => covers(iv, ends[i])).length;
    if (atPoint >= 2) push(ends[i], ends[i], atPoint);
    if (i + 1 < ends.length) {
      const mid = (ends[i] + ends[i + 1]) / 2;
      const inside = intervals.filter((iv) => covers(iv, mid)).length;
      if (inside >= 2) push(ends[i], ends[i + 1], inside);
    }
  }
  return bands;
}
