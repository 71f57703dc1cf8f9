import type { Knex } from 'knex';
import { precisionOfTextSql } from '../dates';
import { boundValues, SqlValues } from '../db/sqlValues';
import type { ClaimFilter, ClaimSort, Facet } from './claimFilter';
import { applyClaimFilter } from './claimFilters';
import { SORT_KEYS } from './sortKeys';
import { checkedSnapshotSql, servedSnapshot } from '../revisions/snapshots';
import type { Claim } from './model';

export { applyClaimFilter } from './claimFilters';

/** A served partial date ('2014', '2014-11', '2014-11-27') back to its first day and precision. */
const partialDateSql = (text: string) =>
  `CASE length(${text}) WHEN 4 THEN (${text} || '-01-01')::date WHEN 7 THEN (${text} || '-01')::date ELSE (${text})::date END`;
const snapshotDate = (field: string) => partialDateSql(`s->>'${field}'`);
const snapshotPrecision = (field: string) => precisionOfTextSql(`s->>'${field}'`);

/**
 * Whether a revision's `column` falls at or before an instant (one binding) read to the millisecond, as the API
 * serves times: a revision recorded at 10:00:00.123456 is in the ledger as recorded at 10:00:00.123Z.
 */
export const recordedBy = (column: string) => `${column} < ?::timestamptz + interval '1 millisecond'`;

/**
 * Every claim as it stood at an instant, from the revisions: each claim's last snapshot recorded at or before
 * it, laid out with the columns of `claims` (plus its document ids, its quotes, the earliest publication day of its
 * documents as the snapshot gives them, and the snapshot itself), so
 * the same filters, sorts and facets apply. A claim created later has no snapshot yet and is absent. The id is
 * the revisions' entity_id, so that a condition on it (`c.id = ANY(…)`) reaches their (entity, entity_id) index.
 * A snapshot that is not the claim's object stops the query (checkedSnapshotSql): read as SQL nulls it had dropped
 * the claim from the exports and views as recorded, or served it without its claimant and sources, with a 200.
 */
const HISTORY_SQL = `
  SELECT r.entity_id AS id, s->>'key' AS key, s->>'metric' AS metric, s->>'country' AS country, s->>'group' AS group_slug,
    (s->>'value')::numeric AS value, (s->>'value_low')::numeric AS value_low, (s->>'value_high')::numeric AS value_high,
    s->>'approximation' AS approximation, s->>'value_text' AS value_text,
    ${snapshotDate('as_of')} AS as_of, ${snapshotPrecision('as_of')} AS as_of_precision,
    ${snapshotDate('stated_on')} AS stated_on, ${snapshotPrecision('stated_on')} AS stated_precision,
    (s#>>'{claimant,id}')::bigint AS claimant_id, s->>'context' AS context, s->>'rank' AS rank, s->>'status' AS status,
    s->>'retraction_reason' AS retraction_reason, s->>'notes' AS notes, (s->>'version')::int AS version,
    (s->>'created_at')::timestamptz AS created_at, (s->>'updated_at')::timestamptz AS updated_at,
    ARRAY(SELECT (x#>>'{document,id}')::bigint FROM jsonb_array_elements(s->'sources') x) AS document_ids,
    (SELECT string_agg(x->>'quote', ' ') FROM jsonb_array_elements(s->'sources') x) AS quotes,
    (SELECT min(${partialDateSql("x#>>'{document,published_on}'")}) FROM jsonb_array_elements(s->'sources') x) AS published_on,
    s AS snapshot
  FROM (
    SELECT entity_id, ${checkedSnapshotSql('claim', 'snapshot', 'entity_id', 'version')} AS s FROM (
      SELECT DISTINCT ON (entity_id) entity_id, version, snapshot FROM revisions
      WHERE entity = 'claim' AND ${recordedBy('created_at')}
      ORDER BY entity_id, version DESC
    ) latest
  ) r`;

/** `claims as c`, or, with an instant, the claims as they stood then (also aliased `c`); `value` as in applyClaimFilter. */
export function claimRows(db: Knex, asRecorded?: string, value: SqlValues = boundValues): Knex.QueryBuilder {
  return asRecorded ? db.queryBuilder().from(db.raw(`(${HISTORY_SQL}) as c`, [value(asRecorded)])) : db('claims as c');
}

/**
 * The links between claims as they stood at an instant, with the columns of `claim_relations` a reader needs
 * (id, claim_id, type, related_claim_id): the links listed in each claim's snapshot then. A snapshot lists its
 * incoming links too, under their inverse names (`superseded_by`, `has_part`, `source_of`; the symmetric
 * `contradicts` and `corroborates` under their own, so those come from both ends): ask for the types you mean.
 * Snapshots hold no link ids: `id` is [claim id, place in its snapshot], so ordered by id the links come by claim,
 * then in the order they were made.
 */
const LINKS_HISTORY_SQL = `
  SELECT ARRAY[c.id, x.n] AS id, c.id AS claim_id, x.link->>'type' AS type, (x.link->>'claim_id')::bigint AS related_claim_id
  FROM (${HISTORY_SQL}) c CROSS JOIN LATERAL jsonb_array_elements(c.snapshot -> 'relations') WITH ORDINALITY AS x(link, n)`;

/** `claim_relations as r`, or, with an instant, the links as they stood then (also aliased `r`): what `claimRows` is to claims. */
export function relationRows(db: Knex, asRecorded?: string): Knex.QueryBuilder {
  return asRecorded ? db.queryBuilder().from(db.raw(`(${LINKS_HISTORY_SQL}) as r`, [asRecorded])) : db('claim_relations as r');
}

/**
 * Orders by the sort's key then id, both in the sort's direction, and starts after the cursor's position. The key
 * (SORT_KEYS) is never null: claims without a date or a number take a sentinel that puts them last in either
 * direction, so a page after a cursor is one row comparison, `(key, id) > (k, id)`: one range of the sort's index,
 * however deep. Selects the key as text (`sort_key`) so the next cursor keeps its full precision.
 */
export function applySortAndKeyset(
  query: Knex.QueryBuilder,
  db: Knex,
  sort: ClaimSort = 'id',
  after?: ClaimFilter['after'],
): Knex.QueryBuilder {
  const dir = sort.startsWith('-') ? 'desc' : 'asc';
  const cmp = dir === 'desc' ? '<' : '>';
  if (sort === 'id') {
    query.select(db.raw('NULL::text AS sort_key')).orderBy('c.id', dir);
    if (after) query.where('c.id', cmp, after.id);
    return query;
  }
  const { sql: key, cast } = SORT_KEYS[sort];
  query.select(db.raw(`(${key})::text AS sort_key`)).orderByRaw(`${key} ${dir}, c.id ${dir}`);
  if (after) query.whereRaw(`(${key}, c.id) ${cmp} (?::${cast}, ?::bigint)`, [after.key, after.id]);
  return query;
}

export interface ClaimPageRow {
  id: number;
  sort_key: string | null;
  /** The claim's snapshot as stored, when time-travelling: read it with servedSnapshot. */
  snapshot?: unknown;
}

/** One page of a filtered, sorted listing, with one row more than the limit when another page follows. */
export function claimPageQuery(db: Knex, filter: ClaimFilter): Knex.QueryBuilder {
  const query = claimRows(db, filter.asRecorded).select('c.id');
  if (filter.asRecorded) query.select('c.snapshot');
  applyClaimFilter(query, filter, db);
  applySortAndKeyset(query, db, filter.sort, filter.after);
  return query.limit(filter.limit + 1);
}

/** The served claims as the ledger stood at `filter.asRecorded`, one page of them, from the revisions' snapshots. */
export async function claimsAsRecorded(db: Knex, filter: ClaimFilter & { asRecorded: string }): Promise<Claim[]> {
  const rows: ClaimPageRow[] = await claimPageQuery(db, filter);
  return rows.slice(0, filter.limit).map((r) => servedSnapshot<Claim>('claim', { entity_id: r.id, snapshot: r.snapshot }));
}

/**
 * How many claims matching the filter come after its cursor in its order, the page the cursor opens included: with
 * the filter's total, where that page stands (claims 51–100 of 3,544). Without a cursor, the total.
 */
export async function countFromCursor(db: Knex, filter: ClaimFilter): Promise<number> {
  const rows = claimRows(db, filter.asRecorded);
  applyClaimFilter(rows, { ...filter, after: undefined }, db);
  applySortAndKeyset(rows, db, filter.sort, filter.after);
  rows.clearSelect().clearOrder().select(db.raw('1'));
  const { n } = await db.queryBuilder().from(rows.as('k')).count('* as n').first();
  return Number(n);
}

export interface FacetCount {
  value: string | number | null;
  label: string | null;
  count: number;
}

/** The expression each facet counts by: a column, or for `year` the calendar year of as_of (null when unknown). */
const FACET_COLUMNS: Record<Facet, string> = {
  country: 'c.country',
  metric: 'c.metric',
  claimant: 'c.claimant_id',
  group: 'c.group_slug',
  status: 'c.status',
  rank: 'c.rank',
  year: 'extract(year FROM c.as_of)::int',
};
const FACET_LABELS: Partial<Record<Facet, { table: string; key: string; label: string }>> = {
  country: { table: 'countries', key: 'code', label: 'name' },
  metric: { table: 'metrics', key: 'code', label: 'label' },
  claimant: { table: 'actors', key: 'id', label: 'name' },
  group: { table: 'groups', key: 'slug', label: 'name' },
};
export const FACET_LIMIT = 100;

/** How many claims matching the filter (all pages, cursor ignored) have each value, most frequent first. */
export async function facetCounts(db: Knex, filter: ClaimFilter, facets: Facet[]): Promise<Record<string, FacetCount[]>> {
  const out: Record<string, FacetCount[]> = {};
  for (const facet of facets) {
    const col = FACET_COLUMNS[facet];
    const inner = applyClaimFilter(claimRows(db, filter.asRecorded), { ...filter, after: undefined }, db)
      .select(db.raw(`${col} AS value`))
      .count('* as count')
      .groupByRaw(col);
    const labels = FACET_LABELS[facet];
    const query = db.queryBuilder().from(inner.as('f')).select('f.value', 'f.count');
    if (labels) query.leftJoin(`${labels.table} as l`, `l.${labels.key}`, 'f.value').select(`l.${labels.label} as label`);
    else query.select(db.raw('NULL AS label'));
    const rows: FacetCount[] = await query
      .orderBy([
        { column: 'f.count', order: 'desc' },
        { column: 'f.value', order: 'asc' },
      ])
      .limit(FACET_LIMIT);
    out[facet] = rows.map((r) => ({ value: r.value, label: r.label ?? null, count: Number(r.count) }));
  }
  return out;
}
