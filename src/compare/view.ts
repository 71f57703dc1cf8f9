/** What every comparison view shares: its query and paging, a figure as served, the links to claims, the warnings. */
import { formatPartialDate, PartialDate } from '../dates';
import type { ClaimRank, ClaimStatus, Interval } from '../claims/model';
import { statedFigure } from '../claims/served';
import { bestValue, intervalOf } from './figures';
import type { FigureFilter, FigureRow, LinkRow, RowRange } from './figureRows';
import type { StatedFigure } from '../claims/model';

/** What a comparison view is asked: the claim filters it accepts, and for the countries view a cut-off date. */
export interface CompareQuery extends FigureFilter {
  asOf?: PartialDate;
}

/** Which page of a paged view: how many rows, and the sort key of the previous page’s last row (checked by parseCompareParams). */
export interface Paging {
  limit: number;
  after: unknown[] | null;
}

/** A view, and when another page follows, the sort key of its last row (the router makes it the next link). */
export interface Paged<V> {
  view: V;
  nextKey: unknown[] | null;
}

export interface Warning {
  code: 'mixed_units' | 'mixed_metrics' | 'part_of' | 'no_number';
  message: string;
  claim_ids: number[];
}

/** One figure as the views serve it. */
export interface Figure extends StatedFigure {
  claim_id: number;
  claimant: { id: number; name: string };
  metric: string;
  country: string;
  rank: ClaimRank;
  status: ClaimStatus;
  best_value: number | null;
  interval: Interval | null;
  claim_url: string;
}

/**
 * Which date made a figure its claimant’s (or its country’s) latest, its effective day (effectiveDaySql, figureSql.ts):
 * as_of, else stated_on, else the publication day of its earliest document, else the day it was recorded.
 */
export type LatestBy = 'as_of' | 'stated_on' | 'published_on' | 'recorded';

export const latestBy = (row: FigureRow): LatestBy =>
  row.as_of ? 'as_of' : row.stated_on ? 'stated_on' : row.published_on ? 'published_on' : 'recorded';

/**
 * A country page's "each claimant's latest figure", over figures in timeline order (recording order among equal
 * dates): the last of those with the latest as_of, else stated_on; a figure with neither only when none has a date,
 * the last recorded (walk49: "no more than 900", date not given, had been listed over the claimant's dated figure).
 * Not yet the comparisons' effective day (effectiveDaySql, figureSql.ts), which places an undated figure by its
 * documents' publication: a served figure does not carry that day.
 */
export function latestOf<F extends { as_of: string | null; stated_on: string | null }>(figures: readonly F[]): F | undefined {
  const dayOf = (f: F) => f.as_of ?? f.stated_on;
  let latest: F | undefined;
  for (const f of figures) {
    const [day, best] = [dayOf(f), latest === undefined ? null : dayOf(latest)];
    if (latest === undefined || (day === null ? best === null : best === null || day >= best)) latest = f;
  }
  return latest;
}

export const claimUrl = (id: number) => `/v1/claims/${id}`;

export function claimsUrl(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v.length > 0) search.set(k, Array.isArray(v) ? v.join(',') : v);
  return `/v1/claims?${search.toString()}`;
}

/** The view's own filters, as GET /v1/claims parameters, so each row can link to its claims. */
export function baseParams(q: CompareQuery): Record<string, string | string[] | undefined> {
  return {
    country: q.countries,
    metric: q.metrics,
    group: q.groups,
    from: q.from ? formatPartialDate(q.from.date, q.from.precision)! : undefined,
    to: q.to ? formatPartialDate(q.to.date, q.to.precision)! : undefined,
    as_recorded: q.asRecorded,
  };
}

export function toFigure(row: FigureRow): Figure {
  return {
    claim_id: row.id,
    claimant: { id: row.claimant_id, name: row.claimant_name },
    metric: row.metric,
    country: row.country,
    ...statedFigure(row),
    rank: row.rank,
    status: row.status,
    best_value: bestValue(row),
    interval: intervalOf(row),
    claim_url: claimUrl(row.id),
  };
}

/** The query as the view echoes it. */
export function echo(q: CompareQuery): Record<string, unknown> {
  return {
    country: q.countries ?? null,
    metric: q.metrics ?? null,
    group: q.groups ?? null,
    claimant: q.claimantIds?.[0] ?? q.claimantName ?? null,
    from: q.from ? formatPartialDate(q.from.date, q.from.precision) : null,
    to: q.to ? formatPartialDate(q.to.date, q.to.precision) : null,
    ...(q.asOf && { as_of: formatPartialDate(q.asOf.date, q.asOf.precision) }),
    ...(q.asRecorded && { as_recorded: q.asRecorded }),
  };
}

/** What the store is asked for: one row more than the page holds tells whether another page follows. */
export const rangeOf = <K>(paging: Paging | undefined): RowRange<K> => ({
  limit: paging ? paging.limit + 1 : null,
  after: (paging?.after ?? null) as K | null,
});

/** The first `paging.limit` items (all without paging) and, when more follow, the key of the last one shown. */
export function pageOf<T, K extends unknown[]>(
  items: T[],
  paging: Paging | undefined,
  key: (item: T) => K,
): { items: T[]; nextKey: K | null } {
  if (!paging || items.length <= paging.limit) return { items, nextKey: null };
  const shown = items.slice(0, paging.limit);
  return { items: shown, nextKey: key(shown[shown.length - 1]) };
}

export function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Figures that are not comparable side by side: different units or metrics, a part counted with its whole
 * (`partOf`: the part_of links among the figures), wording without a number (`vague`: those figures’ ids).
 */
export function warningsOf(metrics: string[], units: Map<string, string>, partOf: LinkRow[], vague: number[]): Warning[] {
  const warnings: Warning[] = [];
  const distinctUnits = [...new Set(metrics.map((m) => units.get(m)))];
  if (distinctUnits.length > 1) {
    warnings.push({
      code: 'mixed_units',
      message: `Figures in different units are compared: ${metrics.map((m) => `${m} (${units.get(m)})`).join(', ')}.`,
      claim_ids: [],
    });
  } else if (metrics.length > 1) {
    warnings.push({
      code: 'mixed_metrics',
      message: `Different metrics are compared (${metrics.join(', ')}): they count different things.`,
      claim_ids: [],
    });
  }
  for (const l of partOf) {
    warnings.push({
      code: 'part_of',
      message: `Claim ${l.claim_id} is part of claim ${l.related_claim_id}: they overlap and must not be added or compared as separate counts.`,
      claim_ids: [l.claim_id, l.related_claim_id],
    });
  }
  if (vague.length > 0) {
    warnings.push({
      code: 'no_number',
      message: `${vague.length === 1 ? '1 figure gives' : `${vague.length} figures give`} no number (such as “hundreds of”): ${vague.length === 1 ? 'it is' : 'they are'} shown but not counted in the spread, range or agreement.`,
      claim_ids: vague,
    });
  }
  return warnings;
}
