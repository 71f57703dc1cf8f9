import type { Db } from '../db/knex';
import { figuresCte, TIMELINE_KEY_SQL, TIMELINE_ORDER_SQL, VAGUE_SQL } from './figureSql';
import { type FigureFilter, type LinkRow, partOfAmong, type RowRange, summaryFigures } from './figureRows';

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

/**
 * The timeline a page of claimants at a time: claimants in the timeline order of their first figure; and over
 * every figure, those without a number and the part_of links among them.
 */
export async function timelineSummary(db: Db, filter: FigureFilter, range: RowRange<number[]>): Promise<TimelineSummary> {
  // Each claimant’s first figure by DISTINCT ON, its key computed for that one only; the figures read from
  // claims_compare_idx alone, once for each use (cheaper than a materialized CTE).
  const { rows } = await db.raw(
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
    [summaryFigures(db, filter), ...(range.after === null ? [] : [range.after]), range.limit, partOfAmong(db, filter, 'f')],
  );
  const answer = rows[0] as { claimant_count: number; page: PagedClaimant[] | null; vague: number[] | null; part_of: LinkRow[] | null };
  return { claimantCount: answer.claimant_count, page: answer.page ?? [], vagueIds: answer.vague ?? [], partOf: answer.part_of ?? [] };
}
