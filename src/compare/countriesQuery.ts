import type { Db } from '../db/knex';
import {
  figuresCte,
  HOLDS_BY_SQL,
  effectiveDaySql,
  MIDDLE_SQL,
  RANGE_SQL,
  RECORDED_MS_SQL,
  TIMELINE_ORDER_SQL,
  VAGUE_SQL,
} from './figureSql';
import { type FigureFilter, type FigureRow, type LinkRow, partOfAmong, summaryFigures } from './figureRows';

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

/**
 * What the countries view needs, without loading every figure: the figures matching the filter that hold by
 * `cutOff` (as_of, else stated_on, on or before it; undated ones left out) when one is given. `chosen` is per
 * country the latest figure ranked preferred, else the latest not deprecated with a number, else the latest
 * not deprecated.
 */
export async function countrySummary(
  db: Db,
  filter: FigureFilter,
  cutOff: string | null,
  figuresById: (ids: number[], asRecorded?: string) => Promise<FigureRow[]>,
): Promise<CountrySummary> {
  const counted = summaryFigures(db, filter, 'c.country', 'c.rank');
  if (cutOff !== null) counted.whereRaw(HOLDS_BY_SQL, [cutOff]);
  // Every answer is one JSON value; each reads the figures from claims_compare_idx alone (several index-only scans
  // cost less than materializing them). In that index a country’s figures come by claimant, so counting distinct
  // claimants needs no sort. The figure shown is the largest [preferred 2 | with a number 1 | else 0, effective day, recording
  // instant, id]: float8 elements, since the epoch as float8 keeps the order of milliseconds and costs far less
  // than numeric, and ids are exact below 2^53.
  const { rows } = await db.raw(
    `
    WITH f AS ${figuresCte(filter.asRecorded)} ?
    SELECT
      (SELECT json_agg(s) FROM (
        SELECT country, count(*)::int AS figures, count(DISTINCT claimant_id)::int AS claimants,
          least(min(value)::float8, min(${MIDDLE_SQL}) FILTER (WHERE ${RANGE_SQL})) AS min, greatest(max(value)::float8, max(${MIDDLE_SQL}) FILTER (WHERE ${RANGE_SQL})) AS max,
          (max(ARRAY[CASE WHEN rank = 'preferred' THEN 2 WHEN value IS NOT NULL OR (${RANGE_SQL}) THEN 1 ELSE 0 END, ${effectiveDaySql(filter.asRecorded)} - DATE '1970-01-01',
            date_part('epoch', ${RECORDED_MS_SQL}), id]) FILTER (WHERE rank <> 'deprecated'))[4]::bigint AS chosen_id
        FROM f AS c GROUP BY country) s) AS stats,
      (SELECT json_agg(id ORDER BY ${TIMELINE_ORDER_SQL}) FROM f AS c WHERE ${VAGUE_SQL}) AS vague,
      ? AS part_of`,
    [counted, partOfAmong(db, filter, 'f')],
  );
  const answer = rows[0] as {
    stats: (CountryStatsRow & { chosen_id: number | null })[] | null;
    vague: number[] | null;
    part_of: LinkRow[] | null;
  };
  const stats = answer.stats ?? [];
  const chosenIds = stats.flatMap((row) => (row.chosen_id === null ? [] : [row.chosen_id]));
  const chosen = await figuresById(chosenIds, filter.asRecorded);
  return { stats: stats.map(({ chosen_id: _c, ...row }) => row), chosen, vagueIds: answer.vague ?? [], partOf: answer.part_of ?? [] };
}
