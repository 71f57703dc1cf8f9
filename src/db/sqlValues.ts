import type { Knex } from 'knex';
import { escapeLiteral } from 'pg';

/** A value a query compares with: text (codes, names, dates, instants, search words), a number, or a list of either. */
export type SqlValue = string | number | string[] | number[];

/**
 * How a query being built takes its values. Bound (the default), each is a parameter sent apart from the SQL text;
 * as literals, each is written into the statement as it is built, for the statements that take no parameters
 * (COPY). Either way a value never becomes SQL text by rewriting a finished statement.
 */
export type SqlValues = (value: SqlValue) => Knex.Value;

/** Values as parameters ($n). */
export const boundValues: SqlValues = (value) => value;

/**
 * Values as SQL literals, each quoted by pg's escapeLiteral. A number is written as the text pg would send for it
 * ('5', a literal of unknown type), so that PostgreSQL gives it the type it would give the parameter; a list as an
 * ARRAY[…] of such literals (the SQL that uses it casts it, as it casts the array parameter).
 */
export function literalValues(db: Knex): SqlValues {
  return (value) => db.raw(sqlLiteral(value));
}

export function sqlLiteral(value: SqlValue): string {
  if (typeof value === 'object') return `ARRAY[${value.map((item: string | number) => sqlLiteral(item)).join(', ')}]`;
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
  return escapeLiteral(String(value));
}

/** A query's text and parameters for the pg driver ($n placeholders). */
export interface NativeQuery {
  sql: string;
  bindings: readonly unknown[];
}

/** A knex query as PostgreSQL text with $n placeholders. */
export function nativeQuery(query: Knex.QueryBuilder | Knex.Raw): NativeQuery {
  const { sql, bindings } = query.toSQL().toNative();
  return { sql, bindings };
}

/** The text of a query built with `literalValues`: one with a parameter left is a mistake of the code that built it. */
export function parameterlessSql(query: Knex.QueryBuilder | Knex.Raw): string {
  const { sql, bindings } = nativeQuery(query);
  if (bindings.length > 0)
    throw new Error(`a statement that takes no parameters was built with ${bindings.length}: build its values with literalValues`);
  return sql;
}
