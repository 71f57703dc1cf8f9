/** The countries view: one row per country, the figure it shows and the range of its figures. */
import type { Approximation } from '../claims/model';
import { partialDateEnd } from '../dates';
import type { CountryStatsRow } from './countriesQuery';
import type { FigureRow } from './figureRows';
import type { CompareStore } from './store';
import { baseParams, claimsUrl, claimUrl, CompareQuery, echo, LatestBy, latestBy, toFigure, Warning, warningsOf } from './view';

export interface CountryRow {
  country: string;
  country_name: string | null;
  claim_id: number | null;
  claimant: { id: number; name: string } | null;
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  approximation: Approximation | null;
  value_text: string | null;
  as_of: string | null;
  best_value: number | null;
  /** `rank`: the figure ranked preferred; `latest`: the latest active figure (with a number when there is one). */
  chosen_by: 'rank' | 'latest' | null;
  /** Which date made it the latest (its effective day): as_of, stated_on, its earliest document's publication, or the day recorded. */
  latest_by: LatestBy | null;
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

/** A row of the countries view from its chosen figure (if any) and its counts. */
function countryRow(
  q: CompareQuery,
  code: string,
  names: Map<string, string>,
  row: FigureRow | undefined,
  stats: CountryStatsRow | undefined,
): CountryRow {
  const chosen = row && toFigure(row);
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
    latest_by: row ? latestBy(row) : null,
    claimants: stats?.claimants ?? 0,
    figures: stats?.figures ?? 0,
    range: { min: stats?.min ?? null, max: stats?.max ?? null },
    claim_url: chosen ? claimUrl(chosen.claim_id) : null,
    claims_url: claimsUrl({ ...baseParams(q), country: code, status: 'active' }),
  };
}

/**
 * One row per requested country: the preferred figure, how many claimants, the range of active figures.
 * PostgreSQL aggregates per country, so a country with thousands of figures sends back one row.
 */
export async function countriesView(store: CompareStore, q: CompareQuery): Promise<CountriesView> {
  const cutOff = q.asOf ? partialDateEnd(q.asOf) : null;
  const codes = [...new Set(q.countries ?? [])];
  const [summary, units, names] = await store.inOneSnapshot((store) =>
    Promise.all([store.countrySummary({ ...q, statuses: ['active'] }, cutOff), store.units(q.metrics ?? []), store.countryNames(codes)]),
  );
  const stats = new Map(summary.stats.map((s) => [s.country, s]));
  const chosen = new Map(summary.chosen.map((row) => [row.country, row]));
  const rows = codes.map((code) => countryRow(q, code, names, chosen.get(code), stats.get(code)));
  return { query: echo(q), rows, warnings: warningsOf(q.metrics ?? [], units, summary.partOf, summary.vagueIds) };
}
