import { approximationsWhere } from '../claims/approximation';

/**
 * The comparison views' rules as SQL, each written once: they read claims aliased `c` (from `claimRows`, so the
 * same expressions serve current claims and claims as recorded at an instant).
 */

/**
 * `bestValue` of figures.ts is the value, else for a range the middle of it: computed in float8, the same double
 * JavaScript computes. numeric → float8 goes through text, so the views convert values once per aggregate (the
 * conversion keeps their order) and only ranges row by row.
 */
export const RANGE_SQL = `c.value IS NULL AND c.approximation NOT IN (${approximationsWhere('statesNumber', false)
  .map((a) => `'${a}'`)
  .join(', ')}) AND c.value_low IS NOT NULL AND c.value_high IS NOT NULL`;
export const MIDDLE_SQL = '(c.value_low::float8 + c.value_high::float8) / 2';
/**
 * The earliest publication day among a figure's documents: for current claims read from claim_sources (a subquery:
 * inside effectiveDaySql's COALESCE PostgreSQL runs it only for a figure without as_of and stated_on); as recorded,
 * the column claimRows gives (the documents the claim's snapshot cites, as they stood then).
 */
export const publishedOnSql = (asRecorded: string | undefined): string =>
  asRecorded
    ? 'c.published_on'
    : '(SELECT min(d.published_on) FROM claim_sources s JOIN documents d ON d.id = s.document_id WHERE s.claim_id = c.id)';
/**
 * A figure's **effective day**, the day every view that ranks by "latest" orders by: its as_of, else the day it was
 * stated, else the day the earliest of its documents was published (a figure said in a 2015 article without a date
 * is taken as of 2015, not as of the day an editor recorded it, nor as older than every dated figure), else the UTC day
 * it was recorded. `latestBy` (view.ts) names which; ties go to the later recording instant, then the larger id.
 */
export const effectiveDaySql = (asRecorded: string | undefined): string =>
  `COALESCE(c.as_of, c.stated_on, ${publishedOnSql(asRecorded)}, (c.created_at AT TIME ZONE 'UTC')::date)`;
/**
 * The earliest publication day of a figure's documents as a column (`published_on`) of a figure without as_of and
 * stated_on, whose effective day it may be; null for the others (not read for them): what `latestBy` names.
 */
export const undatedPublishedOnSql = (asRecorded: string | undefined): string =>
  `CASE WHEN c.as_of IS NULL AND c.stated_on IS NULL THEN ${publishedOnSql(asRecorded)} END AS published_on`;
export const RECORDED_MS_SQL = "date_trunc('milliseconds', c.created_at)";
/** A figure holds by a cut-off day (one binding) when its as_of, else stated_on, is on or before it; an undated one cannot be placed. */
export const HOLDS_BY_SQL = 'COALESCE(c.as_of, c.stated_on) <= ?::date';
/** Timeline order: as_of (unknown last), then stated_on, then recording order. */
export const TIMELINE_ORDER_SQL = 'c.as_of ASC NULLS LAST, c.stated_on ASC NULLS LAST, c.created_at, c.id';
/** The timeline order among figures with an as_of, and its reverse. */
export const DATED_ORDER_SQL = 'c.as_of, c.stated_on NULLS LAST, c.created_at, c.id';
export const DATED_ORDER_DESC_SQL = 'c.as_of DESC, c.stated_on DESC NULLS FIRST, c.created_at DESC, c.id DESC';
/**
 * The timeline order as one array to take the min or max of, or to page by: [as_of unknown, day since 1970, stated_on
 * unknown, day since 1970, recording microsecond, id]. Compared element by element it sorts as TIMELINE_ORDER_SQL.
 */
export const TIMELINE_KEY_SQL =
  "ARRAY[(c.as_of IS NULL)::int, COALESCE(c.as_of - DATE '1970-01-01', 0), (c.stated_on IS NULL)::int, COALESCE(c.stated_on - DATE '1970-01-01', 0), (extract(epoch FROM c.created_at) * 1000000)::bigint, c.id]";
/** A figure without any number (`intervalOf` gives it none). */
export const VAGUE_SQL = '(c.value IS NULL AND c.value_low IS NULL AND c.value_high IS NULL)';

/** What a view shows of each figure. */
export const FIGURE_COLUMNS = [
  'c.id',
  'c.metric',
  'c.country',
  'c.group_slug',
  'c.claimant_id',
  'a.name as claimant_name',
  'c.value',
  'c.value_low',
  'c.value_high',
  'c.approximation',
  'c.value_text',
  'c.as_of',
  'c.as_of_precision',
  'c.stated_on',
  'c.stated_precision',
  'c.rank',
  'c.status',
  'c.created_at',
];

/**
 * What the summaries read of each figure: for current claims all of it is in claims_compare_idx, so they need not visit
 * the table (an undated figure's documents aside: effectiveDaySql). As recorded, `figureSummaryColumns` adds the
 * publication day its snapshot's documents give.
 */
export const FIGURE_SUMMARY_COLUMNS = [
  'c.id',
  'c.claimant_id',
  'c.status',
  'c.as_of',
  'c.stated_on',
  'c.created_at',
  'c.value',
  'c.value_low',
  'c.value_high',
  'c.approximation',
];

/**
 * How a summary keeps its CTE of figures: for current claims NOT MATERIALIZED, each use an index-only scan of
 * claims_compare_idx; as recorded, MATERIALIZED, so the claims are rebuilt from their snapshots once, not per use.
 */
export const figuresCte = (asRecorded: string | undefined) => (asRecorded ? 'MATERIALIZED' : 'NOT MATERIALIZED');
