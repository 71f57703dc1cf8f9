/**
 * What each approximation means, in one table: whether a figure so worded needs a value or bounds, the interval
 * its value stands for, and how it reads in words. The checks of a new claim, the comparison views, the charts,
 * the citations, the claim page and the editors' form all read it, so adding an approximation means adding one
 * row here (and to the schema enum and the CHECK constraint, which a test compares with APPROXIMATIONS).
 */
import { APPROXIMATIONS, type Approximation, type Interval } from './model';

/** Share either side of an “approximately” figure when no bounds are given. */
export const APPROXIMATELY = 0.1;

/** The numbers of a figure written out ("1,500"); null when the figure does not give them. */
export interface FigureWords {
  value: string | null;
  low: string | null;
  high: string | null;
}

/**
 * How a chart draws a figure so worded: exact, a filled dot; approximately, a dot with whiskers; more than / at least,
 * an arrow up from the bound; less than / at most, an arrow down; range, a bar from low to high; vague, a hollow
 * mark with no place on the value axis.
 */
export type MarkShape = 'dot' | 'whiskers' | 'arrow-up' | 'arrow-down' | 'bar' | 'vague';

export interface ApproximationRule {
  /** The wording in a few words: "more than". */
  label: string;
  /** How the editors' form offers it, with the words that usually signal it: "more than (over)". */
  choice: string;
  /** Whether a figure so worded must give a value (only a range and a vague figure may leave it out). */
  needsValue: boolean;
  /** Whether it must give both bounds, value_low and value_high. */
  needsBounds: boolean;
  /** Whether it states a number at all: a vague figure does not, so it has no best value and no place on a value axis. */
  statesNumber: boolean;
  /** The bound its value is: more than 300 is a lower bound, at most 50 an upper one; null when the value is not a bound. */
  bound: 'lower' | 'upper' | null;
  /** Whether that bound belongs to the figure: "at least 300" includes 300, "more than 300" does not. */
  includesBound: boolean;
  /** The mark a chart draws (a dot with stated bounds around it is drawn with whiskers). */
  mark: MarkShape;
  /** The interval the value alone stands for (stated bounds, when given, replace its ends). */
  interval(value: number): Interval;
  /** The figure in a citation's words: "more than 300"; `fewer` is "fewer" for people, "less" for other units. */
  phrase(words: FigureWords, fewer: string): string;
  /** What the wording means for the number, as the claim page explains it: "a lower bound: 300 or more". */
  explained(words: FigureWords): string;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const closed = (low: number, high: number | null): Interval => ({ low, high, low_open: false, high_open: false });
const point = (v: number) => closed(v, v);
const stated = ({ low, high }: FigureWords) =>
  low !== null && high !== null
    ? `, stated as between ${low} and ${high}`
    : low !== null
      ? `, stated as at least ${low}`
      : high !== null
        ? `, stated as at most ${high}`
        : '';

export const APPROXIMATION_RULES: { readonly [A in Approximation]: ApproximationRule } = {
  exact: {
    label: 'exact',
    choice: 'exact',
    needsValue: true,
    needsBounds: false,
    statesNumber: true,
    bound: null,
    includesBound: false,
    mark: 'dot',
    interval: point,
    phrase: (w) => w.value!,
    explained: (w) => `an exact figure: ${w.value}`,
  },
  approximately: {
    label: 'approximately',
    choice: 'approximately (about, around)',
    needsValue: true,
    needsBounds: false,
    statesNumber: true,
    bound: null,
    includesBound: false,
    mark: 'whiskers',
    interval: (v) => closed(round(v * (1 - APPROXIMATELY)), round(v * (1 + APPROXIMATELY))),
    phrase: (w) => `about ${w.value}`,
    explained: (w) => `an approximate figure: about ${w.value}${stated(w) || ', with no bounds stated'}`,
  },
  more_than: {
    label: 'more than',
    choice: 'more than (over)',
    needsValue: true,
    needsBounds: false,
    statesNumber: true,
    bound: 'lower',
    includesBound: false,
    mark: 'arrow-up',
    interval: (v) => ({ low: v, high: null, low_open: true, high_open: false }),
    phrase: (w) => `more than ${w.value}`,
    explained: (w) => `a lower bound: more than ${w.value}, by how much is not said (${w.value} itself is excluded)`,
  },
  at_least: {
    label: 'at least',
    choice: 'at least',
    needsValue: true,
    needsBounds: false,
    statesNumber: true,
    bound: 'lower',
    includesBound: true,
    mark: 'arrow-up',
    interval: (v) => closed(v, null),
    phrase: (w) => `at least ${w.value}`,
    explained: (w) => `a lower bound: ${w.value} or more`,
  },
  less_than: {
    label: 'less than',
    choice: 'less than (under)',
    needsValue: true,
    needsBounds: false,
    statesNumber: true,
    bound: 'upper',
    includesBound: false,
    mark: 'arrow-down',
    interval: (v) => ({ low: 0, high: v, low_open: false, high_open: true }),
    phrase: (w, fewer) => `${fewer} than ${w.value}`,
    explained: (w) => `an upper bound: fewer than ${w.value} (${w.value} itself is excluded)`,
  },
  at_most: {
    label: 'at most',
    choice: 'at most (up to)',
    needsValue: true,
    needsBounds: false,
    statesNumber: true,
    bound: 'upper',
    includesBound: true,
    mark: 'arrow-down',
    interval: (v) => closed(0, v),
    phrase: (w) => `at most ${w.value}`,
    explained: (w) => `an upper bound: ${w.value} or fewer`,
  },
  range: {
    label: 'range',
    choice: 'range (between)',
    needsValue: false,
    needsBounds: true,
    statesNumber: true,
    bound: null,
    includesBound: false,
    mark: 'bar',
    interval: point,
    phrase: (w) => `between ${w.low} and ${w.high}`,
    explained: (w) => `a range: from ${w.low} to ${w.high}${w.value !== null ? `, best estimate ${w.value}` : ''}`,
  },
  vague: {
    label: 'vague',
    choice: 'vague (dozens, hundreds of)',
    needsValue: false,
    needsBounds: false,
    statesNumber: false,
    bound: null,
    includesBound: false,
    mark: 'vague',
    interval: point,
    phrase: ({ value, low, high }) =>
      low !== null && high !== null
        ? `between ${low} and ${high}`
        : low !== null
          ? `at least ${low}`
          : high !== null
            ? `at most ${high}`
            : value !== null
              ? `about ${value}`
              : 'an unspecified number of',
    explained: (w) => `a vague figure: no number is given${w.value !== null ? ` (read as about ${w.value})` : ''}${stated(w)}`,
  },
};

/** The approximations whose rule has `property` set, in the order of APPROXIMATIONS (for messages, SQL and forms). */
export function approximationsWhere(property: 'needsValue' | 'needsBounds' | 'statesNumber', holds = true): Approximation[] {
  return APPROXIMATIONS.filter((a) => APPROXIMATION_RULES[a][property] === holds);
}
