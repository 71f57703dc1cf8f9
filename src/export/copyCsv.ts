import type { Readable } from 'node:stream';
import { CopyToStreamQuery, to as copyTo } from 'pg-copy-streams';
import type { Db } from '../db/knex';
import { holdConnection, releaseWhenClosed, SessionSettings, WatchHeld } from './cursor';
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
 * YYYY-MM-DD and YYYY-MM-DD HH:MI:SS[.ffffff] whatever the server's default (cheaper than to_char, which was the
 * costliest cell of the claims CSV), and TimeZone UTC, so that a timestamp's own text is in UTC (cheaper than
 * converting each one with AT TIME ZONE, which looks the zone up by its name every time).
 */
export const CELL_SETTINGS = { datestyle: 'ISO, YMD', timezone: 'UTC' } as const;

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
      // Its text (in UTC under CELL_SETTINGS, its '+00' cut off with the digits after the milliseconds) has no fraction
      // when it is whole seconds and drops the fraction's trailing zeros; truncated to
      // milliseconds plus one microsecond it always has six digits, of which the first three are toISOString's. The
      // value is read once: written out twice (to test the text's length), it was the costliest cell of the export.
      return `replace(left((date_trunc('milliseconds', ${v}) + interval '1 microsecond')::text, 23), ' ', 'T') || 'Z'`;
    case 'date':
    case 'code':
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

/** What a COPY TO stream of pg-copy-streams holds that CsvRecordsOut reads: the bytes left for pg after the copy, and its ending. */
interface CopyToInternals {
  _buffer: { push(chunk: Buffer): void };
  _detach(): void;
  _cleanup(): void;
}

// pg-copy-streams' COPY TO stream, whose class it does not export.
const CopyToQuery = Object.getPrototypeOf(copyTo('')).constructor as new (sql: string) => CopyToStreamQuery & CopyToInternals;

const COPY_DATA = 0x64; // d
const ERROR_RESPONSE = 0x45; // E
// Messages PostgreSQL may send between the CopyData messages; any other ends the copy (CopyDone, normally).
const INTERSPERSED = new Set([0x48, 0x53, 0x4e, 0x41]); // CopyOutResponse, ParameterStatus, NoticeResponse, NotificationResponse
const CR = 0x0d;
const LF = 0x0a;

/**
 * The bytes of a COPY … TO STDOUT (FORMAT csv) with CRLF record ends (RFC 4180, as csvLine writes them), line breaks
 * inside quoted fields left alone. PostgreSQL sends each row of a COPY TO as one CopyData message ending in its LF (the
 * protocol's copy-out mode: "always one per row"), so the message's last byte is the record end: no scan of the data
 * for quotes, which cost a third of the server's CPU in an export when every text cell is quoted. It replaces
 * pg-copy-streams' parsing of the messages (`_parse`, called with each chunk read from the socket, only while the
 * stream is read: the same backpressure); the rest (taking the socket from pg and giving it back) is pg-copy-streams'.
 */
export class CsvRecordsOut extends CopyToQuery {
  /** The current message's type byte, the bytes of its header (type and length) read so far, and its length as read. */
  private code = 0;
  private headerRead = 0;
  private length = 0;
  /** Bytes of the current message's content not yet read. */
  private left = 0;

  _parse(chunk: Buffer): boolean | undefined {
    // Each message of the chunk loses its 5-byte header and gains at most one byte (CR): only the one begun in an
    // earlier chunk may gain without losing.
    const out = Buffer.allocUnsafe(chunk.length + 1);
    let size = 0;
    let at = 0;
    const rest = () => {
      this._buffer.push(chunk.subarray(at));
      this._detach();
    };
    while (at < chunk.length) {
      if (this.headerRead < 5) {
        if (this.headerRead === 0) {
          if (chunk[at] === ERROR_RESPONSE) {
            // pg reads the error (and what follows) and fails the query, as pg-copy-streams lets it.
            rest();
            return undefined;
          }
          this.code = chunk[at];
          this.length = 0;
        } else this.length = this.length * 256 + chunk[at];
        this.headerRead++;
        at++;
        if (this.headerRead < 5) continue;
        this.left = this.length - 4;
      }
      const n = Math.min(this.left, chunk.length - at);
      if (this.code === COPY_DATA && n > 0) {
        if (n === this.left && chunk[at + n - 1] === LF) {
          size += chunk.copy(out, size, at, at + n - 1);
          out[size++] = CR;
          out[size++] = LF;
        } else size += chunk.copy(out, size, at, at + n);
      }
      at += n;
      this.left -= n;
      if (this.left > 0) break;
      this.headerRead = 0;
      if (this.code !== COPY_DATA && !INTERSPERSED.has(this.code)) {
        const drained = size > 0 ? this.push(out.subarray(0, size)) : true;
        rest();
        this.push(null);
        this._cleanup();
        return drained;
      }
    }
    return size > 0 ? this.push(out.subarray(0, size)) : true;
  }
}

/**
 * Runs a COPY … TO STDOUT (FORMAT csv) on a connection of its own (with `settings`) and streams its records with CRLF
 * ends (CsvRecordsOut), only as fast as they are read.
 * The connection goes back to the pool when the copy ends; if the stream is destroyed first (the client went
 * away) the connection is closed instead, which ends the query on the server, and the pool drops it.
 */
export async function copyOut(db: Db, sql: string, settings: SessionSettings = {}, watch?: WatchHeld): Promise<Readable> {
  const held = await holdConnection(db, settings, watch);
  try {
    const stream = held.client.query(new CsvRecordsOut(sql));
    releaseWhenClosed(stream, held);
    return stream;
  } catch (err) {
    held.release();
    throw err;
  }
}
