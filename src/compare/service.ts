import { formatPartialDate, partialDateEnd, PartialDate } from '../dates';
import { bestValue, changeBetween, Change, disagreeingPairs, Interval, intervalOf, Spread, spreadOf } from './figures';
import type { ClaimantFigures, CompareStore, CountryStatsRow, FigureFilter, FigureRow, LatestFigure, LinkRow, RowRange } from './store';
import type { StatedFigure } from '../claims/store';

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

/** A sources row’s place: the claimant’s name and id. */
type SourcesKey = [name: string, claimantId: number];
/** A timeline claimant’s place: the timeline key of their first figure (see TIMELINE_KEY_SQL in store.ts). */
type TimelineKey = number[];

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
  rank: string;
  status: string;
  best_value: number | null;
  interval: Interval | null;
  claim_url: string;
}

interface Dated extends Figure {
  /** Sorts figures by when they hold: as_of, else stated_on, else the day they were recorded; then recording order. */
  latestKey: string;
  latestBy: 'as_of' | 'stated_on' | 'recorded';
  /** The figure’s place in timeline order, as the store’s TIMELINE_KEY_SQL computes it (to the millisecond recorded). */
  timelineKey: TimelineKey;
}

export interface SourceRow extends Figure {
  /** Which date made this the claimant’s latest figure. */
  latest_by: Dated['latestBy'];
  /** How many figures (not retracted, superseded included) the claimant gave. */
  figures: number;
  earliest_as_of: string | null;
  latest_as_of: string | null;
  claims_url: string;
}

export interface Disagreement {
  claim_ids: [number, number];
  claimant_ids: [number, number];
  message: string;
}

export interface SourcesView {
  query: Record<string, unknown>;
  /** The page’s rows (every row in CSV). */
  rows: SourceRow[];
  /** How many rows there are over all pages: the spread, agreement and warnings are over all of them. */
  claimant_count: number;
  spread: Spread;
  agreement: { verdict: 'consistent' | 'divergent' | 'insufficient'; compared: number; disagreement_count: number; disagreements: Disagreement[] };
  warnings: Warning[];
}

export interface TimelineFigure extends Figure {
  superseded: boolean;
  supersedes: number[];
  superseded_by: number[];
  change: Change | null;
}

export interface TimelineView {
  query: Record<string, unknown>;
  order: string;
  undated: 'last';
  /** How many claimants there are over all pages: the warnings are over all their figures. */
  claimant_count: number;
  /** The page’s claimants (every one in CSV). */
  claimants: TimelineClaimant[];
  warnings: Warning[];
}

export interface TimelineClaimant {
  claimant: { id: number; name: string };
  claims_url: string;
  figures: TimelineFigure[];
}

export interface CountryRow {
  country: string;
  country_name: string | null;
  claim_id: number | null;
  claimant: { id: number; name: string } | null;
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  approximation: string | null;
  value_text: string | null;
  as_of: string | null;
  best_value: number | null;
  /** `rank`: the figure ranked preferred; `latest`: the latest active figure (with a number when there is one). */
  chosen_by: 'rank' | 'latest' | null;
  /** Which date made it the latest: as_of, else stated_on, else the day it was recorded. */
  latest_by: Dated['latestBy'] | null;
  claimants: number;
  figures: number;
  range: { min: number | null; max: number | null };
  claim_url: string | null;
  claims_url: string;
}

export interface CountriesView {
  query: Record<string, unknown>;
  rows: CountryRow[];
  warnings: Warning[];
}

const claimUrl = (id: number) => `/v1/claims/${id}`;

function claimsUrl(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v.length > 0) search.set(k, Array.isArray(v) ? v.join(',') : v);
  return `/v1/claims?${search.toString()}`;
}

/** The view's own filters, as GET /v1/claims parameters, so each row can link to its claims. */
function baseParams(q: CompareQuery): Record<string, string | string[] | undefined> {
  return {
    country: q.countries, metric: q.metrics, group: q.groups,
    from: q.from ? formatPartialDate(q.from.date, q.from.precision)! : undefined,
    to: q.to ? formatPartialDate(q.to.date, q.to.precision)! : undefined,
    as_recorded: q.asRecorded,
  };
}

function toFigure(row: FigureRow): Dated {
  const asOf = formatPartialDate(row.as_of, row.as_of_precision);
  const statedOn = formatPartialDate(row.stated_on, row.stated_precision);
  const recorded = row.created_at.toISOString();
  const [day, latestBy] = row.as_of ? [row.as_of, 'as_of' as const] : row.stated_on ? [row.stated_on, 'stated_on' as const] : [recorded.slice(0, 10), 'recorded' as const];
  return {
    claim_id: row.id,
    claimant: { id: row.claimant_id, name: row.claimant_name },
    metric: row.metric,
    country: row.country,
    value: row.value,
    value_low: row.value_low,
    value_high: row.value_high,
    approximation: row.approximation,
    value_text: row.value_text,
    as_of: asOf,
    stated_on: statedOn,
    rank: row.rank,
    status: row.status,
    best_value: bestValue(row),
    interval: intervalOf(row),
    claim_url: claimUrl(row.id),
    latestKey: `${day}|${recorded}|${String(row.id).padStart(16, '0')}`,
    latestBy,
    timelineKey: [
      row.as_of === null ? 1 : 0, row.as_of === null ? 0 : daysSince1970(row.as_of),
      row.stated_on === null ? 1 : 0, row.stated_on === null ? 0 : daysSince1970(row.stated_on), row.created_at.getTime() * 1000, row.id,
    ],
  };
}

const daysSince1970 = (day: string) => Date.parse(day) / 86_400_000;

function served<T extends Dated>(f: T): Omit<T, 'latestKey' | 'latestBy' | 'timelineKey'> {
  const { latestKey: _k, latestBy: _b, timelineKey: _t, ...rest } = f;
  return rest;
}

/** Element by element, as PostgreSQL compares arrays. */
function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * Row order of the sources view: claimant name, then id. Thousands of names sort here several times faster than
 * with PostgreSQL’s ICU collation, and exactly as the view always ordered them.
 */
const compareClaimants = (a: SourcesKey, b: SourcesKey) => a[0].localeCompare(b[0]) || a[1] - b[1];
const byClaimant = (a: LatestFigure, b: LatestFigure) => a.claimant_name.localeCompare(b.claimant_name) || a.claimant_id - b.claimant_id;
const sourcesKey = (f: LatestFigure): SourcesKey => [f.claimant_name, f.claimant_id];

/** What the store is asked for: one row more than the page holds tells whether another page follows. */
const rangeOf = <K>(paging: Paging | undefined): RowRange<K> => ({ limit: paging ? paging.limit + 1 : null, after: (paging?.after ?? null) as K | null });

/** The first `paging.limit` items (all without paging) and, when more follow, the key of the last one shown. */
function pageOf<T, K extends unknown[]>(items: T[], paging: Paging | undefined, key: (item: T) => K): { items: T[]; nextKey: K | null } {
  if (!paging || items.length <= paging.limit) return { items, nextKey: null };
  const shown = items.slice(0, paging.limit);
  return { items: shown, nextKey: key(shown[shown.length - 1]) };
}

/** Items after the cursor’s key (all when there is none), for views paged in JavaScript. */
function after<T, K>(items: T[], paging: Paging | undefined, key: (item: T) => K, compare: (a: K, b: K) => number): T[] {
  const cursor = paging?.after as K | null | undefined;
  return cursor ? items.filter((item) => compare(key(item), cursor) > 0) : items;
}

function latest<T extends Dated>(figures: T[]): T | undefined {
  return figures.reduce<T | undefined>((best, f) => (best === undefined || f.latestKey > best.latestKey ? f : best), undefined);
}

function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function echo(q: CompareQuery): Record<string, unknown> {
  return {
    country: q.countries ?? null, metric: q.metrics ?? null, group: q.groups ?? null,
    claimant: q.claimantIds?.[0] ?? q.claimantName ?? null,
    from: q.from ? formatPartialDate(q.from.date, q.from.precision) : null, to: q.to ? formatPartialDate(q.to.date, q.to.precision) : null,
    ...(q.asOf && { as_of: formatPartialDate(q.asOf.date, q.asOf.precision) }),
    ...(q.asRecorded && { as_recorded: q.asRecorded }),
  };
}

/** Figures that are not comparable side by side: different units or metrics, a part counted with its whole, wording without a number. */
function warningsFor(metrics: string[], units: Map<string, string>, figures: Figure[], links: LinkRow[]): Warning[] {
  const ids = new Set(figures.map((f) => f.claim_id));
  const partOf = links.filter((l) => l.type === 'part_of' && ids.has(l.claim_id) && ids.has(l.related_claim_id));
  return warningsOf(metrics, units, partOf, figures.filter((f) => f.interval === null).map((f) => f.claim_id));
}

/** The warnings, from the part_of links among the figures and the ids of the figures without a number. */
function warningsOf(metrics: string[], units: Map<string, string>, partOf: LinkRow[], vague: number[]): Warning[] {
  const warnings: Warning[] = [];
  const distinctUnits = [...new Set(metrics.map((m) => units.get(m)))];
  if (distinctUnits.length > 1) {
    warnings.push({ code: 'mixed_units', message: `Figures in different units are compared: ${metrics.map((m) => `${m} (${units.get(m)})`).join(', ')}.`, claim_ids: [] });
  } else if (metrics.length > 1) {
    warnings.push({ code: 'mixed_metrics', message: `Different metrics are compared (${metrics.join(', ')}): they count different things.`, claim_ids: [] });
  }
  for (const l of partOf) {
    warnings.push({ code: 'part_of', message: `Claim ${l.claim_id} is part of claim ${l.related_claim_id}: they overlap and must not be added or compared as separate counts.`, claim_ids: [l.claim_id, l.related_claim_id] });
  }
  if (vague.length > 0) {
    warnings.push({ code: 'no_number', message: `${vague.length} figure(s) give no number (such as “hundreds of”): they are shown but not counted in the spread, range or agreement.`, claim_ids: vague });
  }
  return warnings;
}

/** At most this many disagreeing pairs are listed; `disagreement_count` says how many there are. */
export const DISAGREEMENTS_LISTED = 100;

interface Disagreeing {
  /** How many figures have an interval. */
  compared: number;
  /** The figures without one (no number), in row order. */
  vague: number[];
  count: number;
  /** The claim ids of up to DISAGREEMENTS_LISTED pairs that do not overlap, in row order. */
  listed: [number, number][];
}

/** Which of the claimants’ latest figures (in row order) do not overlap. */
function disagreeingOf(latest: LatestFigure[]): Disagreeing {
  const intervals: Interval[] = [];
  const ids: number[] = [];
  const vague: number[] = [];
  for (const f of latest) {
    const interval = intervalOf(f);
    if (interval === null) vague.push(f.claim_id);
    else {
      intervals.push(interval);
      ids.push(f.claim_id);
    }
  }
  const { count, pairs } = disagreeingPairs(intervals, DISAGREEMENTS_LISTED);
  return { compared: intervals.length, vague, count, listed: pairs.map(([i, j]) => [ids[i], ids[j]]) };
}

function agreementOf(d: Disagreeing, figure: (claimId: number) => Figure): SourcesView['agreement'] {
  return {
    verdict: d.compared < 2 ? 'insufficient' : d.count > 0 ? 'divergent' : 'consistent',
    compared: d.compared,
    disagreement_count: d.count,
    disagreements: d.listed.map(([i, j]) => {
      const [a, b] = [figure(i), figure(j)];
      return {
        claim_ids: [a.claim_id, b.claim_id], claimant_ids: [a.claimant.id, b.claimant.id],
        message: `${a.claimant.name} (“${a.value_text}”) and ${b.claimant.name} (“${b.value_text}”) do not overlap.`,
      };
    }),
  };
}

const compact = (f: Figure): LatestFigure => ({
  claim_id: f.claim_id, claimant_id: f.claimant.id, claimant_name: f.claimant.name, value: f.value, value_low: f.value_low, value_high: f.value_high, approximation: f.approximation,
});

/** How many figures a claimant gave, and the as_of of their first and last dated ones, as served. */
interface ClaimantDates {
  figures: number;
  earliest: string | null;
  latest: string | null;
}

const claimantDates = (c: ClaimantFigures): ClaimantDates => ({
  figures: c.figures, earliest: formatPartialDate(c.earliest_as_of, c.earliest_precision), latest: formatPartialDate(c.latest_as_of, c.latest_precision),
});

function sourceRow(q: CompareQuery, current: Dated, dates: ClaimantDates): SourceRow {
  return {
    ...served(current),
    latest_by: current.latestBy,
    figures: dates.figures,
    earliest_as_of: dates.earliest,
    latest_as_of: dates.latest,
    claims_url: claimsUrl({ ...baseParams(q), claimant: String(current.claimant.id), status: 'active,superseded' }),
  };
}

/** The sources view from its page of rows and, over every claimant’s latest figure, the spread, the agreement and the warnings. */
function sourcesView(
  q: CompareQuery, units: Map<string, string>, latest: LatestFigure[], partOf: LinkRow[], rows: SourceRow[], disagreeing: Disagreeing, figure: (claimId: number) => Figure,
): SourcesView {
  return {
    query: echo(q),
    rows,
    claimant_count: latest.length,
    spread: spreadOf(latest.map(bestValue).filter((v): v is number => v !== null)),
    agreement: agreementOf(disagreeing, figure),
    warnings: warningsOf(q.metrics ?? [], units, partOf, disagreeing.vague),
  };
}

const TIMELINE_ORDER = 'as_of ascending (a year or month figure sorts at its first day); unknown as_of last, except that an undated figure superseded by another of the same claimant comes just before it; ties by stated_on, then recording order';

/**
 * Figures in timeline order grouped by claimant (claimants in the order of their first figure), each with the
 * change from the claimant’s previous figure and its supersedes links (both ends among the view’s figures).
 */
function timelineClaimants(q: CompareQuery, figures: Dated[], supersession: LinkRow[]): TimelineClaimant[] {
  const supersedes = groupBy(supersession, (l) => l.claim_id);
  const supersededBy = groupBy(supersession, (l) => l.related_claim_id);
  // Only a link between two figures of the same claimant can move one of them: each claimant gets just those.
  const claimantOf = new Map(figures.map((f) => [f.claim_id, f.claimant.id]));
  const ownLinks = groupBy(supersession.filter((l) => claimantOf.get(l.claim_id) === claimantOf.get(l.related_claim_id)), (l) => claimantOf.get(l.claim_id));
  return [...groupBy(figures, (f) => f.claimant.id).values()].map((inOrder) => {
    const own = placeUndatedBeforeSuperseders(inOrder, ownLinks.get(inOrder[0].claimant.id) ?? []);
    let previous: { claim_id: number; best: number } | null = null;
    const series = own.map((f): TimelineFigure => {
      const change = previous && f.best_value !== null ? changeBetween(previous, f.best_value) : null;
      if (f.best_value !== null) previous = { claim_id: f.claim_id, best: f.best_value };
      return {
        ...served(f),
        superseded: f.status === 'superseded',
        supersedes: (supersedes.get(f.claim_id) ?? []).map((l) => l.related_claim_id),
        superseded_by: (supersededBy.get(f.claim_id) ?? []).map((l) => l.claim_id),
        change,
      };
    });
    const claimant = own[0].claimant;
    return { claimant, claims_url: claimsUrl({ ...baseParams(q), claimant: String(claimant.id), status: 'active,superseded', sort: 'as_of' }), figures: series };
  });
}

/**
 * Undated figures sort last, but one that a figure of the same claimant supersedes is older than it: it goes
 * just before its superseder, so the change reads from the old figure to the new (1,100 → 1,500, not back).
 */
function placeUndatedBeforeSuperseders<T extends Figure>(ordered: T[], supersession: LinkRow[]): T[] {
  const out = [...ordered];
  for (let moved = true, rounds = 0; moved && rounds <= out.length; rounds++) {
    moved = false;
    for (const link of supersession) {
      const newer = out.findIndex((f) => f.claim_id === link.claim_id);
      const older = out.findIndex((f) => f.claim_id === link.related_claim_id);
      if (newer < 0 || older < 0 || older < newer || out[older].as_of !== null) continue;
      const [figure] = out.splice(older, 1);
      out.splice(newer, 0, figure);
      moved = true;
    }
  }
  return out;
}

/** A row of the countries view from its chosen figure (if any) and its counts. */
function countryRow(q: CompareQuery, code: string, names: Map<string, string>, chosen: Dated | undefined, stats: CountryStatsRow | undefined): CountryRow {
  return {
    country: code,
    country_name: names.get(code) ?? null,
    claim_id: chosen?.claim_id ?? null,
    claimant: chosen?.claimant ?? null,
    value: chosen?.value ?? null,
    value_low: chosen?.value_low ?? null,
    value_high: chosen?.value_high ?? null,
    approximation: chosen?.approximation ?? null,
    value_text: chosen?.value_text ?? null,
    as_of: chosen?.as_of ?? null,
    best_value: chosen?.best_value ?? null,
    chosen_by: chosen ? (chosen.rank === 'preferred' ? 'rank' : 'latest') : null,
    latest_by: chosen?.latestBy ?? null,
    claimants: stats?.claimants ?? 0,
    figures: stats?.figures ?? 0,
    range: { min: stats?.min ?? null, max: stats?.max ?? null },
    claim_url: chosen ? claimUrl(chosen.claim_id) : null,
    claims_url: claimsUrl({ ...baseParams(q), country: code, status: 'active' }),
  };
}

function timelineView(q: CompareQuery, claimantCount: number, claimants: TimelineClaimant[], warnings: Warning[]): TimelineView {
  return { query: echo(q), order: TIMELINE_ORDER, undated: 'last', claimant_count: claimantCount, claimants, warnings };
}

/** The comparison views: rows are built here as plain objects; routers render them as JSON or CSV. */
export class CompareService {
  constructor(private readonly store: CompareStore) {}

  private async gather(q: CompareQuery, statuses: string[]): Promise<{ figures: Dated[]; links: LinkRow[]; units: Map<string, string> }> {
    // Two connections at once: the units do not wait for the figures.
    const [{ figures: rows, links }, units] = await Promise.all([this.store.figures({ ...q, statuses }), this.store.units(q.metrics ?? [])]);
    return { figures: rows.map(toFigure), links, units };
  }

  /**
   * One row per claimant: their latest current figure, how many they gave; and over every claimant (not just the
   * page’s), the spread and whether they agree. PostgreSQL picks each claimant’s latest figure; only the page’s
   * rows, and the figures of the disagreements listed, are loaded whole.
   */
  async sources(q: CompareQuery, paging?: Paging): Promise<Paged<SourcesView>> {
    if (q.asRecorded) return this.sourcesFromFigures(q, paging);
    return this.store.inOneSnapshot(async (store) => {
      const filter = { ...q, statuses: ['active', 'superseded'] };
      const [{ latest, partOf }, units] = await Promise.all([store.latestFigures(filter), store.units(q.metrics ?? [])]);
      latest.sort(byClaimant);
      const { items: page, nextKey } = pageOf(after(latest, paging, sourcesKey, compareClaimants), paging, sourcesKey);
      // The page’s figures and counts are asked for while the disagreements are worked out; then the listed ones not on the page.
      const pageIds = new Set(page.map((f) => f.claim_id));
      const loading = Promise.all([store.claimantFigureCounts(filter, page.map((f) => f.claimant_id)), store.figuresById([...pageIds])]);
      const disagreeing = disagreeingOf(latest);
      const [[counts, pageFigures], others] = await Promise.all([loading, store.figuresById([...new Set(disagreeing.listed.flat())].filter((id) => !pageIds.has(id)))]);
      const figures = new Map([...pageFigures, ...others].map((row) => [row.id, toFigure(row)]));
      const countOf = new Map(counts.map((c) => [c.claimant_id, c]));
      const rows = page.map((f) => sourceRow(q, figures.get(f.claim_id)!, claimantDates(countOf.get(f.claimant_id)!)));
      return { view: sourcesView(q, units, latest, partOf, rows, disagreeing, (id) => figures.get(id)!), nextKey };
    });
  }

  /** The sources view from every figure, for claims as recorded at an instant (their links are in their snapshots). */
  private async sourcesFromFigures(q: CompareQuery, paging: Paging | undefined): Promise<Paged<SourcesView>> {
    const { figures, links, units } = await this.gather(q, ['active', 'superseded']);
    const rows: SourceRow[] = [];
    for (const own of groupBy(figures, (f) => f.claimant.id).values()) {
      const current = latest(own.filter((f) => f.status === 'active'));
      if (!current) continue;
      const dated = own.filter((f) => f.as_of !== null);
      rows.push(sourceRow(q, current, { figures: own.length, earliest: dated[0]?.as_of ?? null, latest: dated[dated.length - 1]?.as_of ?? null }));
    }
    const latestFigures = rows.map(compact).sort(byClaimant);
    const byId = new Map(rows.map((r) => [r.claim_id, r]));
    const partOf = links.filter((l) => l.type === 'part_of' && byId.has(l.claim_id) && byId.has(l.related_claim_id));
    const { items, nextKey } = pageOf(after(latestFigures, paging, sourcesKey, compareClaimants), paging, sourcesKey);
    const page = items.map((f) => byId.get(f.claim_id)!);
    return { view: sourcesView(q, units, latestFigures, partOf, page, disagreeingOf(latestFigures), (id) => byId.get(id)!), nextKey };
  }

  /**
   * Every figure (superseded ones included and marked) in as_of order, grouped by claimant, with the change from
   * the claimant’s previous figure; a page of claimants at a time, the warnings over every figure.
   */
  async timeline(q: CompareQuery, paging?: Paging): Promise<Paged<TimelineView>> {
    if (q.asRecorded) return this.timelineFromFigures(q, paging);
    return this.store.inOneSnapshot(async (store) => {
      const filter = { ...q, statuses: ['active', 'superseded'] };
      const [summary, units] = await Promise.all([store.timelineSummary(filter, rangeOf<TimelineKey>(paging)), store.units(q.metrics ?? [])]);
      const { items: page, nextKey } = pageOf(summary.page, paging, (c) => c.key);
      const { figures, supersession } = await store.claimantFigures(filter, page.map((c) => c.claimant_id));
      const warnings = warningsOf(q.metrics ?? [], units, summary.partOf, summary.vagueIds);
      return { view: timelineView(q, summary.claimantCount, timelineClaimants(q, figures.map(toFigure), supersession), warnings), nextKey };
    });
  }

  /** The timeline from every figure, for claims as recorded at an instant. */
  private async timelineFromFigures(q: CompareQuery, paging: Paging | undefined): Promise<Paged<TimelineView>> {
    const { figures, links, units } = await this.gather(q, ['active', 'superseded']);
    const ids = new Set(figures.map((f) => f.claim_id));
    const supersession = links.filter((l) => l.type === 'supersedes' && ids.has(l.claim_id) && ids.has(l.related_claim_id));
    const claimants = timelineClaimants(q, figures, supersession);
    // A claimant’s place is their first figure’s (the figures come in timeline order).
    const firstKey = new Map([...figures].reverse().map((f) => [f.claimant.id, f.timelineKey]));
    const keyOf = (c: TimelineClaimant) => firstKey.get(c.claimant.id)!;
    const { items, nextKey } = pageOf(after(claimants, paging, keyOf, compareKeys), paging, keyOf);
    return { view: timelineView(q, claimants.length, items, warningsFor(q.metrics ?? [], units, figures, links)), nextKey };
  }

  /**
   * For each metric asked, a timeline of the `perMetric` claimants with the most recent figures (all their figures
   * matching the query, superseded ones included), claimants most recent first: the country page's small
   * timelines. Unlike `timeline` it counts no claimant beyond those (`claimant_count` is how many are drawn), and
   * its work is bounded by the claimants drawn, not by the figures the metric has.
   */
  async recentTimelines(q: CompareQuery, metrics: string[], perMetric: number): Promise<Map<string, TimelineView>> {
    const statuses = ['active', 'superseded'];
    return new Map(await Promise.all(metrics.map(async (metric): Promise<[string, TimelineView]> => {
      const mq = { ...q, metrics: [metric] };
      const claimantIds = await this.store.recentClaimants({ ...mq, statuses }, perMetric);
      if (claimantIds.length === 0) return [metric, timelineView(mq, 0, [], [])];
      const { figures, links, units } = await this.gather({ ...mq, claimantIds }, statuses);
      const ids = new Set(figures.map((f) => f.claim_id));
      const supersession = links.filter((l) => l.type === 'supersedes' && ids.has(l.claim_id) && ids.has(l.related_claim_id));
      const rank = new Map(claimantIds.map((id, n) => [id, n]));
      const claimants = timelineClaimants(mq, figures, supersession).sort((a, b) => rank.get(a.claimant.id)! - rank.get(b.claimant.id)!);
      return [metric, timelineView(mq, claimants.length, claimants, warningsFor([metric], units, figures, links))];
    })));
  }

  /** The latest figures matching the query (newest as_of first, undated after), at most `limit`: the region-level figures of a country page. */
  async latestIn(q: CompareQuery, limit: number): Promise<Figure[]> {
    return (await this.store.latestIn(q, limit)).map((row) => served(toFigure(row)));
  }

  /** The title of the first document reporting each claim (documents as they are now, also for a view as recorded). */
  documentsOf(claimIds: number[]): Promise<Map<number, string>> {
    return this.store.firstDocuments([...new Set(claimIds)]);
  }

  /** One row per requested country: the preferred figure, how many claimants, the range of active figures. */
  async countries(q: CompareQuery): Promise<CountriesView> {
    const cutOff = q.asOf ? partialDateEnd(q.asOf) : null;
    if (q.asRecorded) return this.countriesFromFigures(q, cutOff);
    // Current claims: PostgreSQL aggregates per country, so a country with thousands of figures sends back one row.
    const codes = [...new Set(q.countries ?? [])];
    const [summary, units, names] = await this.store.inOneSnapshot((store) => Promise.all([
      store.countrySummary({ ...q, statuses: ['active'] }, cutOff), store.units(q.metrics ?? []), store.countryNames(codes),
    ]));
    const stats = new Map(summary.stats.map((s) => [s.country, s]));
    const chosen = new Map(summary.chosen.map((row) => [row.country, toFigure(row)]));
    const rows = codes.map((code) => countryRow(q, code, names, chosen.get(code), stats.get(code)));
    return { query: echo(q), rows, warnings: warningsOf(q.metrics ?? [], units, summary.partOf, summary.vagueIds) };
  }

  /** The countries view from every figure, for claims as recorded at an instant (their links are in their snapshots). */
  private async countriesFromFigures(q: CompareQuery, cutOff: string | null): Promise<CountriesView> {
    const { figures: all, links, units } = await this.gather(q, ['active']);
    // With a cut-off, a figure counts when it holds (as_of, else stated_on) on or before the cut-off's last day; undated ones cannot be placed.
    const figures = cutOff === null ? all : all.filter((f) => f.latestBy !== 'recorded' && f.latestKey.slice(0, 10) <= cutOff);
    const byCountry = groupBy(figures, (f) => f.country);
    const codes = [...new Set(q.countries ?? [])];
    const names = await this.store.countryNames(codes);
    const rows = codes.map((code): CountryRow => {
      const fs = byCountry.get(code) ?? [];
      const preferred = latest(fs.filter((f) => f.rank === 'preferred'));
      const usable = fs.filter((f) => f.rank !== 'deprecated');
      const chosen = preferred ?? latest(usable.filter((f) => f.best_value !== null)) ?? latest(usable);
      const values = fs.map((f) => f.best_value).filter((v): v is number => v !== null);
      return countryRow(q, code, names, chosen, {
        country: code, figures: fs.length, claimants: new Set(fs.map((f) => f.claimant.id)).size,
        min: values.length ? Math.min(...values) : null, max: values.length ? Math.max(...values) : null,
      });
    });
    return { query: echo(q), rows, warnings: warningsFor(q.metrics ?? [], units, figures, links) };
  }
}
