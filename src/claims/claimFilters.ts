import type { Knex } from 'knex';
import { parsePartialDate, partialDateEnd } from '../dates';
import { NAME_KEY, NAME_KEYS } from '../db/nameKey';
import { boundValues, SqlValues } from '../db/sqlValues';
import { type FieldError, unknownPlace } from '../errors';
import type { ClaimFilter, FilterResolvers } from './claimFilter';
import {
  anyOf,
  AS_OF_END_SQL,
  bound,
  type ClaimFilterParam,
  DATE_SCHEMA,
  INSTANT,
  list,
  oneOf,
  partialDate,
  type WhereContext,
} from './claimFilterParam';
import { CLAIM_RANKS, CLAIM_STATUSES } from './model';
import { MAX_VALUE_SQL, MIN_VALUE_SQL } from './sortKeys';
import { type QueryRecord, textParam, YES_NO, YES_NO_MESSAGE, yesNo } from '../query';

/*
 * The one list of claim filters. Each query parameter says what it means (for the API documentation), how its text
 * is read into a ClaimFilter and what SQL condition it puts on claims. The claim list, the exports, the comparison
 * views, the web pages and GET /openapi.json all take their filters from here; adding a filter is adding an entry
 * (tests/claims/claimFilters.test.ts then asks for a sample of it and checks it now and as recorded).
 */

/**
 * The text a claim is searched by, besides its quotes. The GIN index claims_search_idx (migration
 * 20261127100000_claim_query_indexes) is built on exactly this expression: change both together.
 */
export const CLAIM_SEARCH_SQL =
  "to_tsvector('english'::regconfig, coalesce(value_text, '') || ' ' || coalesce(notes, '') || ' ' || coalesce(context, ''))";
/** Indexed by claim_sources_quote_search_idx. */
export const QUOTE_SEARCH_SQL = "to_tsvector('english'::regconfig, quote)";

/**
 * A filter that asks whether a claim leaves a column empty: `true` only claims that do, `false` only claims that do not
 * (the search page's "undated", "none" under Group); read as every yes-or-no parameter is (yesNo: 1/0, yes/no, on/off
 * too; empty is no filter), any other text an error naming the parameter.
 */
function emptyColumnFilter(param: string, column: string, field: 'noGroup' | 'undated', description: string) {
  return {
    description,
    schema: { type: 'string', enum: [...YES_NO] },
    fields: [field],
    read(raw, { filter, errors }) {
      const meaning = yesNo(raw);
      if (meaning === null) errors.push({ field: param, message: YES_NO_MESSAGE });
      else if (meaning !== undefined) filter[field] = meaning;
    },
    where: (query, f) => {
      if (f[field] === true) query.whereNull(column);
      else if (f[field] === false) query.whereNotNull(column);
    },
  } satisfies ClaimFilterParam;
}

/** Every claim filter, by query parameter, in the order they are read (a bound is read after the one it must not cross). */
export const CLAIM_FILTERS = {
  country: {
    description:
      'ISO code (RU; a subdivision by its ISO 3166-2 code, RU-CE), English name or demonym; several comma-separated. Exact: RU does not take in the claims of RU-CE, nor a region its members.',
    fields: ['countries'],
    read(raw, { resolvers, filter, errors }) {
      const refs = list(raw);
      if (refs.length === 0) errors.push({ field: 'country', message: 'must name at least one country' });
      filter.countries = refs.map((ref) => {
        const code = resolvers.place(ref);
        if (code === null) errors.push(unknownPlace('country', ref));
        return code ?? '';
      });
    },
    where: (query, f, { value }) => {
      if (f.countries) anyOf(query, 'c.country', f.countries, 'text', value);
    },
  },
  metric: {
    description: 'Metric code; several comma-separated.',
    fields: ['metrics'],
    async read(raw, { resolvers, filter, errors }) {
      const metrics = list(raw);
      if (metrics.length === 0) errors.push({ field: 'metric', message: 'must name at least one metric' });
      for (const m of metrics) {
        if (!/^[a-z][a-z0-9_]{1,62}$/.test(m) || !(await resolvers.metric(m)))
          errors.push({ field: 'metric', message: `"${m}" is not a known metric (see /v1/metrics)` });
      }
      filter.metrics = metrics;
    },
    where: (query, f, { value }) => {
      if (f.metrics) anyOf(query, 'c.metric', f.metrics, 'text', value);
    },
  },
  group: {
    description: 'Group slug or alias.',
    fields: ['groups'],
    async read(raw, { resolvers, filter, errors }) {
      filter.groups = [];
      for (const ref of list(raw)) {
        const slug = ref.length <= 200 ? await resolvers.group(ref) : null;
        if (slug === null) errors.push({ field: 'group', message: `"${ref.slice(0, 200)}" is not a known group or alias` });
        else filter.groups.push(slug);
      }
    },
    where: (query, f, { value }) => {
      if (f.groups) anyOf(query, 'c.group_slug', f.groups, 'text', value);
    },
  },
  no_group: emptyColumnFilter(
    'no_group',
    'c.group_slug',
    'noGroup',
    '`true`: only claims that name no group (the search page\'s "none" under Group); `false`: only claims that name one (also 1/0, yes/no, on/off, any case; empty is no filter). With `group` too, `true` matches nothing.',
  ),
  claimant: {
    description: 'Actor id or name.',
    fields: ['claimantIds', 'claimantName'],
    read(raw, { filter, errors }) {
      if (/^[1-9][0-9]{0,14}$/.test(raw)) filter.claimantIds = [Number(raw)];
      else if (raw.trim().length > 0 && raw.length <= 300 && !raw.includes('\u0000')) filter.claimantName = raw.trim();
      else errors.push({ field: 'claimant', message: 'must be an actor id or name' });
    },
    where(query, f, { db, value }) {
      if (f.claimantIds) anyOf(query, 'c.claimant_id', f.claimantIds, 'bigint', value);
      if (f.claimantName) {
        // The actor named so as every lookup by name matches it (NAME_KEY: blanks collapsed, case aside).
        const name = value(f.claimantName);
        query.whereIn(
          'c.claimant_id',
          db('actors')
            .select('id')
            .whereRaw(`${NAME_KEY('name')} = ${NAME_KEY('?::text')}`, [name])
            .orWhereRaw(`${NAME_KEYS('aliases')} @> ARRAY[${NAME_KEY('?::text')}]`, [name]),
        );
      }
    },
  },
  document: {
    description: 'Document id.',
    schema: { type: 'integer' },
    fields: ['documentId'],
    read(raw, { filter, errors }) {
      if (/^[1-9][0-9]{0,14}$/.test(raw)) filter.documentId = Number(raw);
      else errors.push({ field: 'document', message: 'must be a document id' });
    },
    where(query, f, { db, historical, value }) {
      if (!f.documentId) return;
      if (historical) query.whereRaw('c.document_ids @> ARRAY[?]::bigint[]', [value(f.documentId)]);
      else query.whereIn('c.id', db('claim_sources').select('claim_id').where('document_id', value(f.documentId)));
    },
  },
  from: {
    description:
      'Claims whose whole as_of period starts on or after the first day of this date (YYYY, YYYY-MM or YYYY-MM-DD). Containment, not overlap: with from=2014-06-01 a figure as of 2014 (the whole year) does not match; with from=2014 it does. Claims with unknown as_of never match a date bound.',
    schema: DATE_SCHEMA,
    fields: ['from'],
    read: (raw, ctx) => partialDate('from', raw, ctx),
    // Containment: the claim's whole as_of period lies within [first day of from, last day of to].
    where: (query, f, { value }) => {
      if (f.from) query.where('c.as_of', '>=', value(f.from.date));
    },
  },
  to: {
    description:
      'Claims whose whole as_of period ends on or before the last day of this date: as_of 2014-11 lies within from=2014-01-01&to=2014-12-31 and within to=2014-11, not within to=2014-11-15.',
    schema: DATE_SCHEMA,
    fields: ['to'],
    read(raw, ctx) {
      partialDate('to', raw, ctx);
      const { from, to } = ctx.filter;
      if (from && to && from.date > to.date) ctx.errors.push({ field: 'to', message: 'must not be before from' });
    },
    where(query, f, { value }) {
      if (!f.to) return;
      const last = partialDateEnd(f.to);
      query.where('c.as_of', '<=', value(last)).whereRaw(`${AS_OF_END_SQL} <= ?::date`, [value(last)]);
    },
  },
  undated: emptyColumnFilter(
    'undated',
    'c.as_of',
    'undated',
    '`true`: only claims whose as_of is unknown (the search page\'s "undated"); `false`: only claims with a date (also 1/0, yes/no, on/off, any case; empty is no filter). With `from` or `to` too, `true` matches nothing (an undated claim never matches a date bound).',
  ),
  status: {
    description: 'active, superseded, retracted (comma-separated).',
    fields: ['statuses'],
    read: (raw, { filter, errors }) => {
      filter.statuses = oneOf('status', CLAIM_STATUSES, raw, errors);
    },
    where: (query, f, { value }) => {
      if (f.statuses) anyOf(query, 'c.status', f.statuses, 'text', value);
    },
  },
  rank: {
    description: 'preferred, normal, deprecated (comma-separated).',
    fields: ['ranks'],
    read: (raw, { filter, errors }) => {
      filter.ranks = oneOf('rank', CLAIM_RANKS, raw, errors);
    },
    where: (query, f, { value }) => {
      if (f.ranks) anyOf(query, 'c.rank', f.ranks, 'text', value);
    },
  },
  q: {
    description:
      'Full text (PostgreSQL websearch syntax: words, "a phrase", -not, or) over the quotes, value_text, notes and context, with English stemming.',
    schema: { type: 'string', minLength: 1, maxLength: 500 },
    fields: ['q'],
    read(raw, { filter, errors }) {
      if (raw.trim().length === 0 || raw.length > 500 || raw.includes('\u0000'))
        errors.push({ field: 'q', message: 'must be 1 to 500 characters of text' });
      else filter.q = raw.trim();
    },
    where(query, f, { historical, value }) {
      if (!f.q) return;
      const words = value(f.q);
      if (historical) {
        query.whereRaw(
          "to_tsvector('english'::regconfig, concat_ws(' ', c.value_text, c.notes, c.context, c.quotes)) @@ websearch_to_tsquery('english'::regconfig, ?)",
          [words],
        );
      } else {
        query.whereRaw(
          `c.id IN (SELECT id FROM claims WHERE ${CLAIM_SEARCH_SQL} @@ websearch_to_tsquery('english'::regconfig, ?)
           UNION SELECT claim_id FROM claim_sources WHERE ${QUOTE_SEARCH_SQL} @@ websearch_to_tsquery('english'::regconfig, ?))`,
          [words, words],
        );
      }
    },
  },
  min_value: {
    description:
      'The figure’s best value is at least this: its `value`, else the middle of its range ("between 2,000 and 3,000" is 2,500: found by min_value=2500, not by min_value=2600), the number `sort=value` orders by. Figures that state no number (vague) do not match.',
    schema: { type: 'number' },
    fields: ['minValue'],
    read: (raw, ctx) => bound('min_value', 'minValue', raw, ctx),
    where: (query, f, { value }) => {
      if (f.minValue !== undefined) query.whereRaw(MIN_VALUE_SQL, [value(f.minValue)]);
    },
  },
  max_value: {
    description:
      'The figure’s best value (as for min_value: its `value`, else the middle of its range) is at most this. Figures that state no number do not match.',
    schema: { type: 'number' },
    fields: ['maxValue'],
    read(raw, ctx) {
      bound('max_value', 'maxValue', raw, ctx);
      const { minValue, maxValue } = ctx.filter;
      if (minValue !== undefined && maxValue !== undefined && minValue > maxValue)
        ctx.errors.push({ field: 'max_value', message: 'must not be less than min_value' });
    },
    where: (query, f, { value }) => {
      if (f.maxValue !== undefined) query.whereRaw(MAX_VALUE_SQL, [value(f.maxValue)]);
    },
  },
  as_recorded: {
    description:
      'Time travel: answer as the ledger stood at this instant, rebuilt from the revisions. A claim created later is absent, a later edit is undone, a later retraction or supersession not yet applied; claims are served as they were then.',
    schema: { type: 'string', format: 'date-time' },
    fields: ['asRecorded'],
    read(raw, { filter, errors }) {
      const t =
        INSTANT.test(raw) && parsePartialDate(raw.slice(0, 10)) !== null ? new Date(raw.length === 10 ? `${raw}T00:00:00Z` : raw) : null;
      if (t === null || Number.isNaN(t.getTime()) || t.getUTCFullYear() < 1970) {
        errors.push({ field: 'as_recorded', message: 'must be an ISO 8601 instant such as 2025-01-31T00:00:00Z' });
      } else if (t.getTime() > Date.now()) {
        // The answer for a future instant would still change: it could not reproduce anything.
        errors.push({ field: 'as_recorded', message: 'must not be in the future' });
      } else filter.asRecorded = t.toISOString();
    },
    // No condition: the instant chooses which claims are read (claimRows), and the other conditions apply to them.
    where: () => undefined,
  },
} as const satisfies Record<string, ClaimFilterParam>;

export type ClaimFilterName = keyof typeof CLAIM_FILTERS;

/** Every filter parameter, in reading order. */
export const CLAIM_FILTER_NAMES = Object.keys(CLAIM_FILTERS) as ClaimFilterName[];

/**
 * Reads the filter parameters named in `names` from a query string into `filter`, collecting every problem in
 * `errors` with the parameter it came from: a parameter means the same on every route that takes it.
 */
export async function readClaimFilters(
  query: QueryRecord,
  resolvers: FilterResolvers,
  names: readonly ClaimFilterName[],
  filter: Partial<ClaimFilter>,
  errors: FieldError[],
): Promise<void> {
  for (const name of CLAIM_FILTER_NAMES) {
    const raw = names.includes(name) ? textParam(query, name) : undefined;
    if (raw !== undefined) await CLAIM_FILTERS[name].read(raw, { resolvers, filter, errors });
  }
}

/**
 * Adds the WHERE clauses of a claim filter to a query over claims aliased `c` (from `claimRows`). The one place
 * filters become SQL: the list, the facets, the exports and the comparison views all go through it. `value`
 * says how the filter's values enter the statement (parameters unless the statement takes none).
 */
export function applyClaimFilter(
  query: Knex.QueryBuilder,
  filter: Omit<ClaimFilter, 'limit'>,
  db: Knex,
  value: SqlValues = boundValues,
): Knex.QueryBuilder {
  const ctx: WhereContext = { db, historical: filter.asRecorded !== undefined, value };
  for (const name of CLAIM_FILTER_NAMES) CLAIM_FILTERS[name].where(query, filter, ctx);
  return query;
}

/** Whether a filter selects every claim (of the ledger now or as recorded): none of its conditions is set. */
export function selectsEveryClaim(filter: Omit<ClaimFilter, 'limit'>): boolean {
  return CLAIM_FILTER_NAMES.every(
    (name) => name === 'as_recorded' || CLAIM_FILTERS[name].fields.every((field) => filter[field] === undefined),
  );
}
