import { Readable, Transform } from 'node:stream';
import { to as copyTo } from 'pg-copy-streams';
import type { Db } from '../db/knex';
import { holdConnection, releaseWhenClosed, SessionSettings } from './cursor';
import { BARE_KINDS, Column, LIST_SEPARATOR } from './serialize';

/*
 * CSV written by PostgreSQL: `COPY (…) TO STDOUT WITH (FORMAT csv, HEADER)`, every cell already rendered as
 * text in SQL exactly as `csvCell` renders it in JavaScript (tests/export/copyCsv.test.ts compares the two
 * byte for byte), so that the export streams at close to the speed of COPY itself.
 */

// defuseFormula in SQL (the function csv_defused, migration 20261202030000): an apostrophe before a leading formula
// character and before one that follows a semicolon or a tab.
const defuse = (text: string) => `csv_defused(${text})`;

/**
 * Whether csv_defused might change one of the items whose text, joined with spaces, is `spaced`: some item holds a
 * semicolon or a tab, or starts with a formula character (at the start, or after a space), apostrophes before it
 * included (csv_defused gives those one more, 20261212010000). A false alarm (a space inside an item before a formula
 * character) only costs the full guard; a miss would write a formula unguarded, so tests/export/csvDefused.test.ts checks
 * that it never misses one.
 */
export const mayNeedGuard = (spaced: string) => `${spaced} ~ E'^''*[-=+@\\r]|[;\\t]| ''*[-=+@\\r]'`;

/**
 * What a statement of cells (cellSql) runs with: DateStyle ISO, so that a date's and a timestamp's own text is
 * YYYY-MM-DD and YYYY-MM-DD HH:MI:SS[.ffffff] whatever the server's default; cheaper than to_char, which was the
 * costliest cell of the claims CSV.
 */
export const CELL_SETTINGS = { datestyle: 'ISO, YMD' } as const;

/** A date column's YYYY-MM-DD text under CELL_SETTINGS. */
export const isoDateText = (column: string) => `${column}::text`;

/**
 * One cell as text, as csvCell writes it, from the SQL expression `value`, in a statement run with CELL_SETTINGS.
 * PostgreSQL writes NULL as an empty field and quotes an empty string (""), where csvCell writes nothing for both:
 * so empty text becomes NULL. Numbers are the JavaScript number's text: trailing zeros of a numeric dropped
 * (1100.50 → 1100.5); timestamps are toISOString's (UTC, milliseconds truncated as pg parses them, padded to three).
 */
export function cellSql(column: Column, v: string, defuseText = true): string {
  const guard = defuseText ? defuse : (t: string) => t;
  switch (column.kind) {
    case 'integer':
      return `${v}::text`;
    case 'number':
      return `trim_scale(${v}::numeric)::text`;
    case 'timestamp':
      // Its text in UTC has no fraction when it is whole seconds and drops the fraction's trailing zeros; truncated to
      // milliseconds plus one microsecond it always has six digits, of which the first three are toISOString's. The
      // value is read once: written out twice (to test the text's length), it was the costliest cell of the export.
      return `replace(left((date_trunc('milliseconds', ${v} AT TIME ZONE 'UTC') + interval '1 microsecond')::text, 23), ' ', 'T') || 'Z'`;
    case 'date':
      return `NULLIF(${v}::text, '')`;
    case 'list': {
      // The items joined with LIST_SEPARATOR; JavaScript writes a null item as "null". Guarded, each item on its own
      // (csv_defused_list, a function so that workers can run it), but only when one might need it: the call costs
      // more than the rest of the cell, and the items of most lists (ids, country codes, names) need none.
      const joined = `NULLIF(array_to_string(${v}::text[], '${LIST_SEPARATOR}', 'null'), '')`;
      const guarded = defuseText
        ? `WHEN ${mayNeedGuard(`array_to_string(${v}::text[], ' ', 'null')`)} THEN csv_defused_list(${v}::text[]) `
        : '';
      return `CASE WHEN cardinality(${v}) > 0 THEN CASE ${guarded}ELSE ${joined} END END`;
    }
    case 'json':
      throw new Error(`copyCsv: column ${column.name}: JSON cells are written by csvCell only (jsonb text differs from JSON.stringify).`);
    default:
      return `NULLIF(${guard(`${v}::text`)}, '')`;
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The COPY statement of a query (without parameters: see sqlValues.ts) whose columns are already CSV cells (built
 * with `cellSql`), with their names as the header. Cells that are not numbers are always quoted (FORCE_QUOTE; NULL,
 * the empty cell, stays bare), as csvCell quotes them: the one CSV rule (serialize.ts).
 */
export function csvCopyStatement(sql: string, columns: readonly Column[]): string {
  const forced = columns.filter((c) => !BARE_KINDS.has(c.kind)).map((c) => quoteIdent(c.name));
  return `COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER${forced.length > 0 ? `, FORCE_QUOTE (${forced.join(', ')})` : ''})`;
}

/**
 * LF record ends to CRLF (RFC 4180, as csvLine writes them), line breaks inside quoted fields left alone.
 * The quote state is carried across chunks: a doubled quote inside a field toggles it twice.
 */
export function crlfRecords(): Transform {
  let quoted = false;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const parts: Buffer[] = [];
      let start = 0;
      let quote = chunk.indexOf(0x22);
      let lf = quoted ? -1 : chunk.indexOf(0x0a);
      for (;;) {
        if (quoted) {
          if (quote < 0) break;
          quoted = false;
          if (lf < quote) lf = chunk.indexOf(0x0a, quote + 1); // the line breaks before it were inside the field
          quote = chunk.indexOf(0x22, quote + 1);
        } else if (lf >= 0 && (quote < 0 || lf < quote)) {
          parts.push(chunk.subarray(start, lf), CRLF);
          start = lf + 1;
          lf = chunk.indexOf(0x0a, start);
        } else if (quote >= 0) {
          quoted = true;
          quote = chunk.indexOf(0x22, quote + 1);
        } else break;
      }
      if (parts.length === 0) {
        done(null, chunk);
        return;
      }
      parts.push(chunk.subarray(start));
      done(null, Buffer.concat(parts));
    },
  });
}

const CRLF = Buffer.from('\r\n');

/**
 * Runs a COPY … TO STDOUT on a connection of its own (with `settings`) and streams its bytes, only as fast as they are read.
 * The connection goes back to the pool when the copy ends; if the stream is destroyed first (the client went
 * away) the connection is closed instead, which ends the query on the server, and the pool drops it.
 */
export async function copyOut(db: Db, sql: string, settings: SessionSettings = {}): Promise<Readable> {
  const held = await holdConnection(db, settings);
  try {
    const stream = held.client.query(copyTo(sql));
    releaseWhenClosed(stream, held);
    return stream;
  } catch (err) {
    held.release();
    throw err;
  }
}
