/**
 * The extractor's working record of one figure while its fields are assigned, and helpers the field passes share.
 */
import type { Attribution } from './attribution';
import type { CandidateRelation } from './candidate';
import type { DateMention } from './dates';
import type { Figure } from './figureContext';
import type { StatusHit } from './metric';

export const FIGHTER_NOUNS =
  /^(fighters?|militants?|jihadists?|jihadis?|terrorists?|insurgents?|rebels?|combatants?|members?|extremists?)$/i;

export function lowerBound<T>(items: T[], key: (t: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The names of `sorted` (ordered by start) that lie wholly within [from, to): a sentence's groups, a span's places. */
export function namesWithin<T extends { start: number; end: number }>(sorted: T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let k = lowerBound(sorted, (n) => n.start, from); k < sorted.length && sorted[k].start < to; k++)
    if (sorted[k].end <= to) out.push(sorted[k]);
  return out;
}

export interface Work {
  fig: Figure;
  leftStart: number;
  rightEnd: number;
  metric: string | null;
  metricReason: string;
  /** Whether the metric is the default of a figure no rule says more of (travellers, or a group's strength). */
  metricByDefault: boolean;
  status: StatusHit | null;
  country: string | string[] | null;
  countryReason: string;
  foreign: boolean;
  partOf: number | null;
  relations: { type: CandidateRelation['type']; target: number }[];
  attribution: Attribution | null;
  /** Why a figure has no claimant though one was named nearby. */
  unattributed: string | null;
  when: DateMention | null;
}

/**
 * Where the words that tell about a figure end: the next figure of the sentence, or past a part set in it ("74 people,
 * among them 54 children, have been flown back to Kazakhstan": the whole's verb and place come after the part).
 */
export function predicateEnd(text: string, work: Work[], i: number): number {
  const w = work[i];
  const next = work[i + 1];
  if (
    !next ||
    next.partOf !== i ||
    !/^[^.;:]{0,40},\s*(?:among\s+(?:them|whom)|including|of\s+(?:them|whom))\s*$/i.test(text.slice(w.fig.end, next.fig.start))
  )
    return w.rightEnd;
  // the last part of the list set in the whole ("including 25 women and 68 children,")
  let last = i + 1;
  while (work[last + 1]?.partOf === i && work[last + 1].fig.sentence === w.fig.sentence) last++;
  return /^[^,]*,/.test(text.slice(work[last].fig.end, work[last].rightEnd)) ? work[last].rightEnd : w.rightEnd;
}
