import type { Knex } from 'knex';
import { applyClaimFilter, claimRows } from '../claims/filterQuery';
import type { ClaimFilter } from '../claims/parseClaimFilter';
import type { Relation } from '../claims/store';
import type { Db } from '../db/knex';
import type { ClaimRow } from '../db/tables';

/** A claim as the comparison views need it: the figure, its dates, its claimant’s name. */
export type FigureRow = Pick<ClaimRow,
  'id' | 'metric' | 'country' | 'group_slug' | 'claimant_id' | 'value' | 'value_low' | 'value_high' | 'approximation' | 'value_text'
  | 'as_of' | 'as_of_precision' | 'stated_on' | 'stated_precision' | 'rank' | 'status' | 'created_at'> & { claimant_name: string };

export type FigureFilter = Omit<ClaimFilter, 'limit' | 'sort' | 'after' | 'facets'>;

/** Per country, over the figures that count: how many, from how many claimants, the range of their best values. */
export interface CountryStatsRow {
  country: string;
  figures: number;
  claimants: number;
  min: number | null;
  max: number | null;
}

/** The countries view worked out in PostgreSQL: one row per country instead of every figure. */
export interface CountrySummary {
  stats: CountryStatsRow[];
  /** Per country, the figure the view shows (see `countrySummary`). */
  chosen: FigureRow[];
  /** Figures without any number, in timeline order. */
  vagueIds: number[];
  /** part_of links whose both ends are among the figures, in recording order. */
  partOf: LinkRow[];
}

/** `bestValue` of figures.ts in SQL, in float8 so it is the same double JavaScript computes. */
const BEST_VALUE_SQL = "CASE WHEN c.value IS NOT NULL THEN c.value::float8 WHEN c.approximation <> 'vague' AND c.value_low IS NOT NULL AND c.value_high IS NOT NULL THEN (c.value_low::float8 + c.value_high::float8) / 2 END";
/** The service's “latest” order is by this day (as_of, else stated_on, else the UTC day recorded), then the recording instant to the millisecond (as JavaScript sees it), then id. */
const LATEST_DAY_SQL = "COALESCE(c.as_of, c.stated_on, (c.created_at AT TIME ZONE 'UTC')::date)";
const RECORDED_MS_SQL = "date_trunc('milliseconds', c.created_at)";
const TIMELINE_ORDER_SQL = 'c.as_of ASC NULLS LAST, c.stated_on ASC NULLS LAST, c.created_at, c.id';

const FIGURE_COLUMNS = [
  'c.id', 'c.metric', 'c.country', 'c.group_slug', 'c.claimant_id', 'a.name as claimant_name', 'c.value', 'c.value_low', 'c.value_high',
  'c.approximation', 'c.value_text', 'c.as_of', 'c.as_of_precision', 'c.stated_on', 'c.stated_precision', 'c.rank', 'c.status', 'c.created_at',
];

export interface LinkRow {
  claim_id: number;
  type: string;
  related_claim_id: number;
}

export class CompareStore {
  constructor(private readonly db: Db) {}

  /**
   * The main query of every view: the figures matching the filter (the same filters as GET /v1/claims), in
   * timeline order: as_of (unknown last), then stated_on, then recording order. Exposed for EXPLAIN tests.
   */
  figuresQuery(filter: FigureFilter): Knex.QueryBuilder {
    const query = claimRows(this.db, filter.asRecorded).join('actors as a', 'a.id', 'c.claimant_id').select(FIGURE_COLUMNS);
    // As recorded at an instant, the links are those the claims' snapshots held then.
    if (filter.asRecorded) query.select(this.db.raw("c.snapshot -> 'relations' AS relations"));
    applyClaimFilter(query, filter, this.db);
    return query.orderByRaw(TIMELINE_ORDER_SQL);
  }

  /**
   * What the countries view needs, without loading every figure (current claims only, not `asRecorded`): the
   * figures matching the filter that hold by `cutOff` (as_of, else stated_on, on or before it; undated ones
   * left out) when one is given. `chosen` is per country the latest figure ranked preferred, else the latest
   * not deprecated with a number, else the latest not deprecated.
   */
  async countrySummary(filter: FigureFilter, cutOff: string | null): Promise<CountrySummary> {
    if (filter.asRecorded) throw new Error('countrySummary reads current claims only');
    const counted = this.db('claims as c').select(
      'c.id', 'c.country', 'c.claimant_id', 'c.rank', 'c.as_of', 'c.stated_on', 'c.created_at',
      this.db.raw(`${BEST_VALUE_SQL} AS best`),
      this.db.raw('(c.value IS NULL AND c.value_low IS NULL AND c.value_high IS NULL) AS vague'),
      this.db.raw(`${LATEST_DAY_SQL} AS day`), this.db.raw(`${RECORDED_MS_SQL} AS recorded`),
    );
    applyClaimFilter(counted, filter, this.db);
    if (cutOff !== null) counted.whereRaw('COALESCE(c.as_of, c.stated_on) <= ?::date', [cutOff]);
    // One scan of the claims (the CTE, materialized), then every answer from those rows, each as one JSON value.
    // Grouping by country and claimant, then by country, counts claimants and picks the figure shown without sorting
    // the figures: the pick is the largest [preferred 2 | with a number 1 | else 0, day, recording millisecond, id].
    const { rows } = await this.db.raw(`
      WITH f AS MATERIALIZED ?
      SELECT
        (SELECT json_agg(s) FROM (
          SELECT country, sum(n)::int AS figures, count(*)::int AS claimants, min(low) AS min, max(high) AS max, (max(pick))[4] AS chosen_id
          FROM (
            SELECT country, claimant_id, count(*) AS n, min(best) AS low, max(best) AS high,
              max(ARRAY[CASE WHEN rank = 'preferred' THEN 2 WHEN best IS NOT NULL THEN 1 ELSE 0 END, day - DATE '1970-01-01', (extract(epoch FROM recorded) * 1000)::bigint, id])
                FILTER (WHERE rank <> 'deprecated') AS pick
            FROM f GROUP BY country, claimant_id) per_claimant
          GROUP BY country) s) AS stats,
        (SELECT json_agg(id ORDER BY as_of ASC NULLS LAST, stated_on ASC NULLS LAST, created_at, id) FROM f WHERE vague) AS vague,
        (SELECT json_agg(json_build_object('claim_id', r.claim_id, 'type', r.type, 'related_claim_id', r.related_claim_id) ORDER BY r.id)
          FROM claim_relations r WHERE r.type = 'part_of' AND r.claim_id IN (SELECT id FROM f) AND r.related_claim_id IN (SELECT id FROM f)) AS part_of`, [counted]);
    const answer = rows[0] as { stats: (CountryStatsRow & { chosen_id: number | null })[] | null; vague: number[] | null; part_of: LinkRow[] | null };
    const stats = answer.stats ?? [];
    const chosenIds = stats.flatMap((row) => (row.chosen_id === null ? [] : [row.chosen_id]));
    const chosen: FigureRow[] = chosenIds.length === 0 ? [] : await this.db('claims as c').join('actors as a', 'a.id', 'c.claimant_id')
      .whereRaw('c.id = ANY(?::bigint[])', [chosenIds]).select(FIGURE_COLUMNS);
    return { stats: stats.map(({ chosen_id: _c, ...row }) => row), chosen, vagueIds: answer.vague ?? [], partOf: answer.part_of ?? [] };
  }

  /** The figures, and the supersedes and part_of links among them and to other claims. */
  async figures(filter: FigureFilter): Promise<{ figures: FigureRow[]; links: LinkRow[] }> {
    const figures: (FigureRow & { relations?: Relation[] })[] = await this.figuresQuery(filter);
    if (!filter.asRecorded) return { figures, links: await this.links(figures.map((f) => f.id)) };
    const links = figures.flatMap((f) => (f.relations ?? []).filter((r) => r.type === 'supersedes' || r.type === 'part_of')
      .map((r) => ({ claim_id: f.id, type: r.type, related_claim_id: r.claim_id })));
    return { figures: figures.map(({ relations: _r, ...f }) => f), links };
  }

  private async links(ids: number[]): Promise<LinkRow[]> {
    if (ids.length === 0) return [];
    // The ids as one array parameter each: thousands of figures would otherwise be thousands of bind parameters to build and plan.
    return this.db('claim_relations').whereIn('type', ['supersedes', 'part_of'])
      .whereRaw('(claim_id = ANY(?::bigint[]) OR related_claim_id = ANY(?::bigint[]))', [ids, ids])
      .orderBy('id').select('claim_id', 'type', 'related_claim_id');
  }

  async units(metrics: string[]): Promise<Map<string, string>> {
    const rows: { code: string; unit: string }[] = await this.db('metrics').whereIn('code', metrics).select('code', 'unit');
    return new Map(rows.map((r) => [r.code, r.unit]));
  }

  async countryNames(codes: string[]): Promise<Map<string, string>> {
    const rows: { code: string; name: string }[] = await this.db('countries').whereIn('code', codes).select('code', 'name');
    return new Map(rows.map((r) => [r.code, r.name]));
  }
}
