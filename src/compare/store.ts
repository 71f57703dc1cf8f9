import type { Knex } from 'knex';
import { applyClaimFilter, claimRows, relationRows } from '../claims/filterQuery';
import type { Db } from '../db/knex';
import { oneAtATime } from '../db/oneAtATime';
import { type CountrySummary, countrySummary } from './countriesQuery';
import { FIGURE_COLUMNS, TIMELINE_ORDER_SQL, undatedPublishedOnSql } from './figureSql';
import type { FigureFilter, FigureRow, LinkRow, LinkType, RowRange } from './figureRows';
import { type ClaimantFigures, claimantFigureCounts, type LatestFigure, latestFigures } from './sourcesQuery';
import { timelineSummary, type TimelineSummary } from './timelineQuery';

/**
 * The SQL of the comparison views, on one database or transaction. The summaries of each view are written in
 * its own file (countriesQuery, sourcesQuery, timelineQuery); the queries several views share are here.
 */
/** How many figures `recentClaimants` reads at most, however few claimants they come from. */
const MAX_RECENT_READ = 2000;

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

  /** The countries view's summary: see `countrySummary` in countriesQuery.ts. */
  countrySummary(filter: FigureFilter, cutOff: string | null): Promise<CountrySummary> {
    return countrySummary(this.db, filter, cutOff, (ids, asRecorded) => this.figuresById(ids, asRecorded));
  }

  /** Every claimant’s latest active figure and the part_of links among them: see sourcesQuery.ts. */
  latestFigures(filter: FigureFilter): Promise<{ latest: LatestFigure[]; partOf: LinkRow[] }> {
    return latestFigures(this.db, filter);
  }

  /** For some claimants, how many figures matching the filter they gave and the as_of of their first and last dated ones. */
  claimantFigureCounts(filter: FigureFilter, claimantIds: number[]): Promise<ClaimantFigures[]> {
    return claimantFigureCounts(this.db, filter, claimantIds);
  }

  /** A page of the timeline's claimants, and its warnings over every figure: see timelineQuery.ts. */
  timelineSummary(filter: FigureFilter, range: RowRange<number[]>): Promise<TimelineSummary> {
    return timelineSummary(this.db, filter, range);
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

  /** Figures by claim id (in no particular order), now or as recorded at an instant, with an undated one's publication day (latestBy). */
  async figuresById(ids: number[], asRecorded?: string): Promise<FigureRow[]> {
    if (ids.length === 0) return [];
    return claimRows(this.db, asRecorded)
      .join('actors as a', 'a.id', 'c.claimant_id')
      .whereRaw('c.id = ANY(?::bigint[])', [ids])
      .select([...FIGURE_COLUMNS, this.db.raw(undatedPublishedOnSql(asRecorded))]);
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
