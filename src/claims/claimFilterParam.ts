import type { Knex } from 'knex';
import { parsePartialDate } from '../dates';
import type { SqlValues } from '../db/sqlValues';
import type { FieldError } from '../errors';
import type { ClaimFilter, ClaimFilterField, FilterResolvers } from './claimFilter';

/* What one entry of CLAIM_FILTERS (claimFilters.ts) is, and the readers and SQL conditions several entries share. */

/** The last day of a stored as_of period (as_of is its first day). */
export const AS_OF_END_SQL =
  "(c.as_of + CASE c.as_of_precision WHEN 'year' THEN interval '1 year' WHEN 'month' THEN interval '1 month' ELSE interval '1 day' END - interval '1 day')::date";

/** A bound as the API takes it: digits, a sign and a fraction, no exponent ("1e3"), hex or "Infinity". */
const NUMBER = /^-?[0-9]{1,15}(\.[0-9]{1,10})?$/;
/** What a refused bound is told: "must be a number" had been said of "1e3" and of "1e308", which are numbers. */
export const BOUND_MESSAGE = 'must be a number in digits, such as 1500 or -2.5 (at most 15 digits before the point and 10 after)';
export const INSTANT = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$/;
export const DATE_SCHEMA = { type: 'string', pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$' };

export interface ReadContext {
  resolvers: FilterResolvers;
  /** The filter being read, the parameters before this one already in it. */
  filter: Partial<ClaimFilter>;
  errors: FieldError[];
}

export interface WhereContext {
  db: Knex;
  /** Whether the claims are those as recorded at an instant (claimRows), which hold their document ids and quotes. */
  historical: boolean;
  value: SqlValues;
}

export interface ClaimFilterParam {
  /** What the parameter means, as the API documentation says it. */
  description: string;
  schema?: object;
  /** The fields of ClaimFilter it fills in. */
  fields: readonly ClaimFilterField[];
  /** Reads the parameter's text into ctx.filter; each problem goes to ctx.errors under the parameter's name. */
  read(raw: string, ctx: ReadContext): void | Promise<void>;
  /** Its condition on claims aliased `c` (from claimRows), added when its fields are set. */
  where(query: Knex.QueryBuilder, filter: Omit<ClaimFilter, 'limit'>, ctx: WhereContext): void;
}

/**
 * `column = ANY(values)` with the list as one array value: the statement's text and its number of parameters stay
 * the same however long the list (the whole world is some 250 places, which as an IN list of 250 parameters cost
 * PostgreSQL more to parse and plan than to run), and the planner reads the array's elements as it would an IN list.
 * One value is compared with `=`: only then can an index on (country, metric, as_of) give its rows in as_of order
 * (with `= ANY`, PostgreSQL cannot know that one array holds one element, and a newest-first LIMIT walks the whole
 * ledger's as_of index instead).
 */
export function anyOf(
  query: Knex.QueryBuilder,
  column: 'c.country' | 'c.metric' | 'c.group_slug' | 'c.claimant_id' | 'c.status' | 'c.rank',
  values: string[] | number[],
  type: 'text' | 'bigint',
  value: SqlValues,
): void {
  if (values.length === 1) query.whereRaw(`${column} = ?::${type}`, [value(values[0])]);
  else query.whereRaw(`${column} = ANY(?::${type}[])`, [value(values)]);
}

export function list(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function oneOf(name: string, allowed: readonly string[], raw: string, errors: FieldError[]): string[] {
  const values = list(raw);
  for (const v of values) if (!allowed.includes(v)) errors.push({ field: name, message: `must be one of ${allowed.join(', ')}` });
  return values;
}

export function partialDate(name: 'from' | 'to', raw: string, ctx: ReadContext): void {
  const pd = parsePartialDate(raw);
  if (pd === null) ctx.errors.push({ field: name, message: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD' });
  else ctx.filter[name] = pd;
}

export function bound(name: 'min_value' | 'max_value', key: 'minValue' | 'maxValue', raw: string, ctx: ReadContext): void {
  if (!NUMBER.test(raw)) ctx.errors.push({ field: name, message: BOUND_MESSAGE });
  else ctx.filter[key] = Number(raw);
}
