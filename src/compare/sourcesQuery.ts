import type { Approximation, FigureValue } from '../claims/model';
import { applyClaimFilter, claimRows } from '../claims/filterQuery';
import type { Db } from '../db/knex';
import { DATED_ORDER_DESC_SQL, DATED_ORDER_SQL, effectiveDaySql, RECORDED_MS_SQL } from './figureSql';
import { type FigureFilter, type LinkRow, partOfAmong, summaryFigures } from './figureRows';

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

/**
 * Every claimant’s latest active figure among the claims matching the filter (by effective day: as_of, else stated_on,
 * else its earliest document's publication day, else the recorded day; then the recording instant, then id;
 * claimants without an active figure have none), in no
 * particular order, and the part_of links between two of them.
 */
export async function latestFigures(db: Db, filter: FigureFilter): Promise<{ latest: LatestFigure[]; partOf: LinkRow[] }> {
  const figures = summaryFigures(db, filter).where('c.status', 'active');
  // The figures come from claims_compare_idx alone, by claimant: DISTINCT ON sorts each claimant’s few. They go
  // back as one array per column: JSON per row costs PostgreSQL more than the rest of the query.
  const { rows } = await db.raw(
    `
    WITH latest AS MATERIALIZED (
      SELECT l.*, a.name FROM (SELECT DISTINCT ON (claimant_id) * FROM ? c ORDER BY claimant_id, ${effectiveDaySql(filter.asRecorded)} DESC, ${RECORDED_MS_SQL} DESC, id DESC) l
      JOIN actors a ON a.id = l.claimant_id)
    SELECT
      (SELECT json_build_array(array_agg(id), array_agg(claimant_id), array_agg(name), array_agg(value), array_agg(value_low), array_agg(value_high),
        array_agg(approximation)) FROM latest) AS latest,
      ? AS part_of`,
    [figures, partOfAmong(db, filter, 'latest')],
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
export async function claimantFigureCounts(db: Db, filter: FigureFilter, claimantIds: number[]): Promise<ClaimantFigures[]> {
  if (claimantIds.length === 0) return [];
  const first = (column: string, order: string) =>
    db.raw(`(array_agg(c.${column} ORDER BY ${order}) FILTER (WHERE c.as_of IS NOT NULL))[1]`);
  const query = claimRows(db, filter.asRecorded)
    .whereRaw('c.claimant_id = ANY(?::bigint[])', [claimantIds])
    .groupBy('c.claimant_id')
    .select(
      'c.claimant_id',
      db.raw('count(*)::int AS figures'),
      first('as_of', DATED_ORDER_SQL).wrap('', ' AS earliest_as_of'),
      first('as_of_precision', DATED_ORDER_SQL).wrap('', ' AS earliest_precision'),
      first('as_of', DATED_ORDER_DESC_SQL).wrap('', ' AS latest_as_of'),
      first('as_of_precision', DATED_ORDER_DESC_SQL).wrap('', ' AS latest_precision'),
    );
  applyClaimFilter(query, filter, db);
  return query;
}
