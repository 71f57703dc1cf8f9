import type { Knex } from 'knex';
import { applyClaimFilter, claimRows, relationRows } from '../claims/filterQuery';
import type { ClaimFilter } from '../claims/parseClaimFilter';
import type { Db } from '../db/knex';
import { oneAtATime } from '../db/oneAtATime';
import type { ClaimRow } from '../db/tables';
import type { Approximation, FigureValue } from '../claims/model';
import {
  DATED_ORDER_DESC_SQL,
  DATED_ORDER_SQL,
  FIGURE_COLUMNS,
  FIGURE_SUMMARY_COLUMNS,
  figuresCte,
  HOLDS_BY_SQL,
  LATEST_DAY_SQL,
  MIDDLE_SQL,
  RANGE_SQL,
  RECORDED_MS_SQL,
  TIMELINE_KEY_SQL,
  TIMELINE_ORDER_SQL,
  VAGUE_SQL,
} from './figureSql';

/** A claim as the comparison views need it: the figure, its dates, its claimant’s name. */
export type FigureRow = Pick<
  ClaimRow,
  | 'id'
  | 'metric'
  | 'country'
  | 'group_slug'
  | 'claimant_id'
  | 'value'
  | 'value_low'
  | 'value_high'
  | 'approximation'
  | 'value_text'
  | 'as_of'
  | 'as_of_precision'
  | 'stated_on'
  | 'stated_precision'
  | 'rank'
  | 'status'
  | 'created_at'
> & { claimant_name: string };

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

/** How many figures `recentClaimants` reads at most, however few claimants they come from. */
const MAX_RECENT_READ = 2000;

/** The links the views read: a claim superseding another, or counted as part of another. */
export type LinkType = 'supersedes' | 'part_of';

export interface LinkRow {
  claim_id: number;
  type: LinkType;
  related_claim_id: number;
}

/** A claimant’s latest active figure, with just what ordering, paging, the spread, the agreement and the warnings need. */
export interface LatestFigure extends FigureValue {
  claim_id: number;
  claimant_id: number;
  claimant_name: string;
}

/** How many figures a claimant gave, and the as_of (first day and precision) of their first and last dated ones in timeline order. */
export interface ClaimantFigures {
  claimant_id: number;
  figures: number;
  earliest_as_of: string | null;
  earliest_precision: string | null;
  latest_as_of: string | null;
  latest_precision: string | null;
}

/** A claimant of a timeline page, with the timeline key of their first figure (what the cursor holds). */
export interface PagedClaimant {
  claimant_id: number;
  key: number[];
}

/** The timeline worked out in PostgreSQL: the claimants of the page, and what the warnings need over every figure. */
export interface TimelineSummary {
  claimantCount: number;
  page: PagedClaimant[];
  /** Figures without any number, in timeline order. */
  vagueIds: number[];
  partOf: LinkRow[];
}

/** Which rows of a view: those after the sort key `after` (from the start when null), at most `limit` (every one when null). */
export interface RowRange<K> {
  limit: number | null;
  after: K | null;
}

export class CompareStore {
  constructor(private readonly db: Db) {}

  /**
   * Runs `read` with a store on one REPEATABLE READ, READ ONLY transaction, so that the several queries of a view
   * see the same ledger: a claim retracted or moved between them cannot leave a row without its counts.
   */
  async inOneSnapshot<T>(read: (store: CompareStore) => Promise<T>): Promise<T> {
    return this.db.transaction((trx) => read(new CompareStore(oneAtATime(trx))), { isolationLevel: 'repeatable read', readOnly: true });
  }

  /**
   * The main query of every view: the figures matching the filter (the same filters as GET /v1/claims; current
   * claims, or as recorded at `filter.asRecorded`), in timeline order. Exposed for EXPLAIN tests.
   */
  figuresQuery(filter: FigureFilter): Knex.QueryBuilder {
    const query = claimRows(this.db, filter.asRecorded).join('actors as a', 'a.id', 'c.claimant_id').select(FIGURE_COLUMNS);
    applyClaimFilter(query, filter, this.db);
    return query.orderByRaw(TIMELINE_ORDER_SQL);
  }

  /** The figures matching the filter with the columns the summaries read (see FIGURE_SUMMARY_COLUMNS), to use as a CTE. */
  private summaryFigures(filter: FigureFilter, ...more: string[]): Knex.QueryBuilder {
    return applyClaimFilter(claimRows(this.db, filter.asRecorded).select(...more, ...FIGURE_SUMMARY_COLUMNS), filter, this.db);
  }

  /**
   * The part_of links whose both ends are among the figures of the CTE `figures` (column id), in recording order,
   * as one JSON array: a subquery for the summaries.
   */
  private partOfAmong(filter: FigureFilter, figures: string): Knex.QueryBuilder {
    return relationRows(this.db, filter.asRecorded)
      .join(figures, `${figures}.id`, 'r.claim_id')
      .whereRaw("r.type = 'part_of'")
      .whereIn('r.related_claim_id', this.db(figures).select('id'))
      .select(
        this.db.raw(
          "json_agg(json_build_object('claim_id', r.claim_id, 'type', r.type, 'related_claim_id', r.related_claim_id) ORDER BY r.id)",
        ),
      );
  }

  /**
   * What the countries view needs, without loading every figure: the figures matching the filter that hold by
   * `cutOff` (as_of, else stated_on, on or before it; undated ones left out) when one is given. `chosen` is per
   * country the latest figure ranked preferred, else the latest not deprecated with a number, else the latest
   * not deprecated.
   */
  async countrySummary(filter: FigureFilter, cutOff: string | null): Promise<CountrySummary> {
    const counted = this.summaryFigures(filter, 'c.country', 'c.rank');
    if (cutOff !== null) counted.whereRaw(HOLDS_BY_SQL, [cutOff]);
    // Every answer is one JSON value; each reads the figures from claims_compare_idx alone (several index-only scans
    // cost less than materializing them). In that index a country’s figures come by claimant, so counting distinct
    // claimants needs no sort. The figure shown is the largest [preferred 2 | with a number 1 | else 0, day, recording
    // instant, id]: float8 elements, since the epoch as float8 keeps the order of milliseconds and costs far less
    // than numeric, and ids are exact below 2^53.
    const { rows } = await this.db.raw(
      `
      WITH f AS ${figuresCte(filter.asRecorded)} ?
      SELECT
        (SELECT json_agg(s) FROM (
          SELECT country, count(*)::int AS figures, count(DISTINCT claimant_id)::int AS claimants,
            least(min(value)::float8, min(${MIDDLE_SQL}) FILTER (WHERE ${RANGE_SQL})) AS min, greatest(max(value)::float8, max(${MIDDLE_SQL}) FILTER (WHERE ${RANGE_SQL})) AS max,
            (max(ARRAY[CASE WHEN rank = 'preferred' THEN 2 WHEN value IS NOT NULL OR (${RANGE_SQL}) THEN 1 ELSE 0 END, ${LATEST_DAY_SQL} - DATE '1970-01-01',
              date_part('epoch', ${RECORDED_MS_SQL}), id]) FILTER (WHERE rank <> 'deprecated'))[4]::bigint AS chosen_id
          FROM f AS c GROUP BY country) s) AS stats,
        (SELECT json_agg(id ORDER BY ${TIMELINE_ORDER_SQL}) FROM f AS c WHERE ${VAGUE_SQL}) AS vague,
        ? AS part_of`,
      [counted, this.partOfAmong(filter, 'f')],
    );
    const answer = rows[0] as {
      stats: (CountryStatsRow & { chosen_id: number | null })[] | null;
      vague: number[] | null;
      part_of: LinkRow[] | null;
    };
    const stats = answer.stats ?? [];
    const chosenIds = stats.flatMap((row) => (row.chosen_id === null ? [] : [row.chosen_id]));
    const chosen = await this.figuresById(chosenIds, filter.asRecorded);
    return { stats: stats.map(({ chosen_id: _c, ...row }) => row), chosen, vagueIds: answer.vague ?? [], partOf: answer.part_of ?? [] };
  }

  /**
   * Every claimant’s latest active figure among the claims matching the filter (as_of, else stated_on, else the
   * recorded day, then the recording instant, then id; claimants without an active figure have none), in no
   * particular order, and the part_of links between two of them.
   */
  async latestFigures(filter: FigureFilter): Promise<{ latest: LatestFigure[]; partOf: LinkRow[] }> {
    const figures = this.summaryFigures(filter).where('c.status', 'active');
    // The figures come from claims_compare_idx alone, by claimant: DISTINCT ON sorts each claimant’s few. They go
    // back as one array per column: JSON per row costs PostgreSQL more than the rest of the query.
    const { rows } = await this.db.raw(
      `
      WITH latest AS MATERIALIZED (
        SELECT l.*, a.name FROM (SELECT DISTINCT ON (claimant_id) * FROM ? c ORDER BY claimant_id, ${LATEST_DAY_SQL} DESC, ${RECORDED_MS_SQL} DESC, id DESC) l
        JOIN actors a ON a.id = l.claimant_id)
      SELECT
        (SELECT json_build_array(array_agg(id), array_agg(claimant_id), array_agg(name), array_agg(value), array_agg(value_low), array_agg(value_high),
          array_agg(approximation)) FROM latest) AS latest,
        ? AS part_of`,
      [figures, this.partOfAmong(filter, 'latest')],
    );
    type Column<T> = T[] | null;
    const answer = rows[0] as {
      latest: [
        Column<number>,
        Column<number>,
        Column<string>,
        Column<number | null>,
        Column<number | null>,
        Column<number | null>,
        Column<Approximation>,
      ];
      part_of: LinkRow[] | null;
    };
    const [ids, claimantIds, names, values, lows, highs, approximations] = answer.latest;
    const latest = (ids ?? []).map((id, i): LatestFigure => ({
      claim_id: id,
      claimant_id: claimantIds![i],
      claimant_name: names![i],
      value: values![i],
      value_low: lows![i],
      value_high: highs![i],
      approximation: approximations![i],
    }));
    return { latest, partOf: answer.part_of ?? [] };
  }

  /** For some claimants, how many figures matching the filter they gave and the as_of of their first and last dated ones. */
  async claimantFigureCounts(filter: FigureFilter, claimantIds: number[]): Promise<ClaimantFigures[]> {
    if (claimantIds.length === 0) return [];
    const first = (column: string, order: string) =>
      this.db.raw(`(array_agg(c.${column} ORDER BY ${order}) FILTER (WHERE c.as_of IS NOT NULL))[1]`);
    const query = claimRows(this.db, filter.asRecorded)
      .whereRaw('c.claimant_id = ANY(?::bigint[])', [claimantIds])
      .groupBy('c.claimant_id')
      .select(
        'c.claimant_id',
        this.db.raw('count(*)::int AS figures'),
        first('as_of', DATED_ORDER_SQL).wrap('', ' AS earliest_as_of'),
        first('as_of_precision', DATED_ORDER_SQL).wrap('', ' AS earliest_precision'),
        first('as_of', DATED_ORDER_DESC_SQL).wrap('', ' AS latest_as_of'),
        first('as_of_precision', DATED_ORDER_DESC_SQL).wrap('', ' AS latest_precision'),
      );
    applyClaimFilter(query, filter, this.db);
    return query;
  }

  /**
   * The timeline a page of claimants at a time: claimants in the timeline order of their first figure; and over
   * every figure, those without a number and the part_of links among them.
   */
  async timelineSummary(filter: FigureFilter, range: RowRange<number[]>): Promise<TimelineSummary> {
    // Each claimant’s first figure by DISTINCT ON, its key computed for that one only; the figures read from
    // claims_compare_idx alone, once for each use (cheaper than a materialized CTE).
    const { rows } = await this.db.raw(
      `
      WITH f AS ${figuresCte(filter.asRecorded)} ?,
      claimant AS MATERIALIZED (
        SELECT claimant_id, ${TIMELINE_KEY_SQL} AS key
        FROM (SELECT DISTINCT ON (c.claimant_id) * FROM f AS c ORDER BY c.claimant_id, ${TIMELINE_ORDER_SQL}) c)
      SELECT
        (SELECT count(*)::int FROM claimant) AS claimant_count,
        (SELECT json_agg(p ORDER BY key) FROM (SELECT claimant_id, key FROM claimant ${range.after === null ? '' : 'WHERE key > ?::bigint[]'} ORDER BY key LIMIT ?) p) AS page,
        (SELECT json_agg(id ORDER BY ${TIMELINE_ORDER_SQL}) FROM f AS c WHERE ${VAGUE_SQL}) AS vague,
        ? AS part_of`,
      [this.summaryFigures(filter), ...(range.after === null ? [] : [range.after]), range.limit, this.partOfAmong(filter, 'f')],
    );
    const answer = rows[0] as { claimant_count: number; page: PagedClaimant[] | null; vague: number[] | null; part_of: LinkRow[] | null };
    return { claimantCount: answer.claimant_count, page: answer.page ?? [], vagueIds: answer.vague ?? [], partOf: answer.part_of ?? [] };
  }

  /**
   * All the figures of some claimants matching the filter, in timeline order, and the links of the types asked
   * that touch them and whose both ends match the filter, in recording order.
   */
  async claimantFigures(
    filter: FigureFilter,
    claimantIds: number[],
    types: LinkType[] = ['supersedes'],
  ): Promise<{ figures: FigureRow[]; links: LinkRow[] }> {
    // One condition on the claimant (a second, equal one would make the planner misjudge its selectivity and read
    // every figure of those claimants, of every country, by the claimant index).
    const figures: FigureRow[] = await this.figuresQuery({ ...filter, claimantIds });
    const ids = figures.map((f) => f.id);
    if (ids.length === 0) return { figures, links: [] };
    // Current claims: each end is looked up by id (the CTE inlined); as recorded, the matching claims are rebuilt once.
    const matching = applyClaimFilter(claimRows(this.db, filter.asRecorded).select('c.id'), filter, this.db);
    const relations = relationRows(this.db, filter.asRecorded);
    const withMatching = filter.asRecorded ? relations.withMaterialized('m', matching) : relations.withNotMaterialized('m', matching);
    const among = (end: string) => this.db('m').select(this.db.raw('1')).whereRaw(`m.id = ${end}`);
    const links: LinkRow[] = await withMatching
      .whereIn('r.type', types)
      .whereRaw('(r.claim_id = ANY(?::bigint[]) OR r.related_claim_id = ANY(?::bigint[]))', [ids, ids])
      .whereExists(among('r.claim_id'))
      .whereExists(among('r.related_claim_id'))
      .orderBy('r.id')
      .select('r.claim_id', 'r.type', 'r.related_claim_id');
    return { figures, links };
  }

  /** Figures by claim id (in no particular order), as they are now or as recorded at an instant. */
  async figuresById(ids: number[], asRecorded?: string): Promise<FigureRow[]> {
    if (ids.length === 0) return [];
    return claimRows(this.db, asRecorded)
      .join('actors as a', 'a.id', 'c.claimant_id')
      .whereRaw('c.id = ANY(?::bigint[])', [ids])
      .select(FIGURE_COLUMNS);
  }

  /**
   * The latest figures matching the filter (as_of, then recording order, newest first), at most `limit`. The
   * matching claims are gathered first (MATERIALIZED): ordered by as_of over the whole table, a LIMIT would
   * walk the as_of index past every other claim of the ledger when the places asked have few figures or none.
   */
  async latestIn(filter: FigureFilter, limit: number): Promise<FigureRow[]> {
    const matching = claimRows(this.db, filter.asRecorded).join('actors as a', 'a.id', 'c.claimant_id').select(FIGURE_COLUMNS);
    applyClaimFilter(matching, filter, this.db);
    const { rows } = await this.db.raw(
      'WITH f AS MATERIALIZED (?) SELECT * FROM f ORDER BY as_of DESC NULLS LAST, created_at DESC, id DESC LIMIT ?',
      [matching, limit],
    );
    return rows as FigureRow[];
  }

  /**
   * The `count` claimants whose figures matching the filter are the most recent: the claimants of the newest dated
   * figures (as_of, then recording order), then, when those are too few, of the newest undated ones. It reads
   * figures newest first a batch at a time along the (country, metric, as_of, id) index, so its cost does not grow
   * with the number of figures, unlike a view over every claimant.
   */
  async recentClaimants(filter: FigureFilter, count: number): Promise<number[]> {
    const found = new Set<number>();
    const batch = count * 8;
    for (const dated of [true, false]) {
      for (let after: { as_of: string | null; id: number } | null = null, read = 0; found.size < count && read < MAX_RECENT_READ;) {
        const query = claimRows(this.db, filter.asRecorded).select('c.claimant_id', 'c.as_of', 'c.id').limit(batch);
        applyClaimFilter(query, filter, this.db);
        if (dated) query.whereNotNull('c.as_of').orderByRaw('c.as_of DESC, c.id DESC');
        else query.whereNull('c.as_of').orderByRaw('c.id DESC');
        if (after) query.whereRaw(dated ? '(c.as_of, c.id) < (?::date, ?)' : 'c.id < ?', dated ? [after.as_of, after.id] : [after.id]);
        const rows: { claimant_id: number; as_of: string | null; id: number }[] = await query;
        for (const row of rows) if (found.size < count) found.add(Number(row.claimant_id));
        read += rows.length;
        if (rows.length < batch) break;
        after = rows[rows.length - 1];
      }
    }
    return [...found];
  }

  /** The first document reporting each claim (its title), by claim id: the charts name it in each mark's text equivalent. */
  async firstDocuments(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows: { claim_id: number; title: string }[] = await this.db('claim_sources as s')
      .join('documents as d', 'd.id', 's.document_id')
      .whereRaw('s.claim_id = ANY(?::bigint[])', [ids])
      .distinctOn('s.claim_id')
      .orderBy([{ column: 's.claim_id' }, { column: 's.position' }])
      .select('s.claim_id', 'd.title');
    return new Map(rows.map((r) => [Number(r.claim_id), r.title]));
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
