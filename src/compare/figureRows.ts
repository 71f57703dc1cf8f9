import type { Knex } from 'knex';
import { applyClaimFilter, claimRows, relationRows } from '../claims/filterQuery';
import type { ClaimFilter } from '../claims/parseClaimFilter';
import type { Db } from '../db/knex';
import type { ClaimRow } from '../db/tables';
import { FIGURE_SUMMARY_COLUMNS } from './figureSql';

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
> & {
  claimant_name: string;
  /** The earliest publication day of its documents, for a figure with neither as_of nor stated_on (figuresById); else null or absent. */
  published_on?: string | null;
};

export type FigureFilter = Omit<ClaimFilter, 'limit' | 'sort' | 'after' | 'facets'>;

/** The links the views read: a claim superseding another, or counted as part of another. */
export type LinkType = 'supersedes' | 'part_of';

export interface LinkRow {
  claim_id: number;
  type: LinkType;
  related_claim_id: number;
}

/** Which rows of a view: those after the sort key `after` (from the start when null), at most `limit` (every one when null). */
export interface RowRange<K> {
  limit: number | null;
  after: K | null;
}

/**
 * The figures matching the filter with the columns the summaries read (see FIGURE_SUMMARY_COLUMNS), to use as a CTE;
 * as recorded, with the publication day of their documents then (effectiveDaySql reads it).
 */
export function summaryFigures(db: Db, filter: FigureFilter, ...more: string[]): Knex.QueryBuilder {
  const columns = [...more, ...FIGURE_SUMMARY_COLUMNS, ...(filter.asRecorded ? ['c.published_on'] : [])];
  return applyClaimFilter(claimRows(db, filter.asRecorded).select(...columns), filter, db);
}

/**
 * The part_of links whose both ends are among the figures of the CTE `figures` (column id), in recording order,
 * as one JSON array: a subquery for the summaries.
 */
export function partOfAmong(db: Db, filter: FigureFilter, figures: string): Knex.QueryBuilder {
  return relationRows(db, filter.asRecorded)
    .join(figures, `${figures}.id`, 'r.claim_id')
    .whereRaw("r.type = 'part_of'")
    .whereIn('r.related_claim_id', db(figures).select('id'))
    .select(
      db.raw("json_agg(json_build_object('claim_id', r.claim_id, 'type', r.type, 'related_claim_id', r.related_claim_id) ORDER BY r.id)"),
    );
}
