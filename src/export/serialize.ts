import { Transform } from 'node:stream';

/**
 * How a column is written. `text` cells are guarded against spreadsheet formula injection; `number`,
 * `integer` and `timestamp` cells come from typed columns and are written as they are, so a negative
 * figure such as -5 stays a number. `code` is a word of a closed vocabulary that a CHECK constraint holds the
 * column to (status: active, superseded or retracted): lowercase letters and underscores, which the guard would
 * leave as they are, so it is not run. `list` is a list of ids or codes, joined with ";" in CSV and an array
 * in JSON; `json` is an object, as JSON text in CSV.
 */
export type ColumnKind = 'text' | 'code' | 'number' | 'integer' | 'date' | 'timestamp' | 'list' | 'json';

export interface Column {
  name: string;
  kind: ColumnKind;
  description: string;
}

export type ExportRecord = Record<string, unknown>;

export type ExportFormat = 'csv' | 'ndjson' | 'json' | 'xlsx';

/** The formats written as text by `serializer`; xlsx is written by xlsx.ts. */
export type TextFormat = Exclude<ExportFormat, 'xlsx'>;

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'ndjson', 'json', 'xlsx'];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  ndjson: 'application/x-ndjson; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The separator of list cells in CSV. */
export const LIST_SEPARATOR = ';';

/*
 * The one CSV rule of the ledger (OWASP, CSV injection), for every CSV it writes: claims (also through COPY, see
 * copyCsv.ts, which renders the same bytes), revisions, the comparison views and the data package.
 * - Every non-empty cell that is not a number is quoted, quotes doubled: a cell holding ";", ",", a tab or a line
 *   break stays one cell in every locale's spreadsheet (most European ones split on ";"), so "5;=HYPERLINK(…)"
 *   can never become a cell of its own that starts with "=".
 * - A text cell starting with = + - @ tab or CR gets a leading apostrophe: spreadsheets read it as text; so does
 *   a formula character after a ";" or a tab inside the cell (see defuseFormula). Apostrophes already in front of
 *   such a character get one more, so that the import can take exactly one off (restoreFormula): a quote that
 *   really reads "'=x" comes back as it was.
 * Numbers (typed columns) are written bare, so that -5 stays a number.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Kinds of cell written bare: typed numbers. Every other kind is quoted when not empty. */
export const BARE_KINDS: ReadonlySet<ColumnKind> = new Set(['number', 'integer']);

/** One RFC 4180 field, quoted when it holds a quote, comma, semicolon, tab, CR or LF (a header name, a number). */
export function csvField(text: string): string {
  return /[",;\t\r\n]/.test(text) ? quoted(text) : text;
}

/** One quoted field, quotes doubled. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

// A spreadsheet that splits cells on ";" or tabs (and does not honour quotes in the middle of a cell) starts a new
// cell after them: a formula character there (after blanks or quotes) is guarded as a leading one is. Each run of
// separators, blanks and quotes is found whole, with the apostrophes and the character after it, and guarded when it
// holds a separator: the pattern `[;\t][ \t\r\n"]*'*[-=+@]` had tried every tab of a run as its start, so a note of
// 20,000 tabs took two seconds of the server's thread in every CSV that held it.
const AFTER_BLANKS = /([;\t \r\n"]+)('*)([-=+@])?/g;
const holdsSeparator = (run: string) => run.includes(';') || run.includes('\t');

/**
 * A text cell that a spreadsheet would run as a formula gets an apostrophe (it then reads as text): before a
 * leading = + - @ tab or CR, and before a formula character after a semicolon or a tab; before the apostrophes in
 * front of such a character too, when there are any. copyCsv.ts's SQL (csv_defused) writes the same bytes.
 */
export function defuseFormula(text: string): string {
  const guarded =
    text.includes(';') || text.includes('\t')
      ? text.replace(AFTER_BLANKS, (all, run: string, apostrophes: string, formula?: string) =>
          formula && holdsSeparator(run) ? `${run}'${apostrophes}${formula}` : all,
        )
      : text;
  return FORMULA_START.test(guarded) ? `'${guarded}` : guarded;
}

// What defuseFormula adds: an apostrophe at the start before (apostrophes and) a formula character, and one after a
// separator (and blanks or quotes).
const GUARD_AT_START = /^'(?='*[=+\-@\t\r])/;

/**
 * The text defuseFormula guarded, as it was (what the import reads back from a CSV the export wrote): one apostrophe
 * taken off where the guard put one, so that any text comes back exactly, apostrophes of its own included.
 */
export function restoreFormula(text: string): string {
  const unguarded = text.startsWith("'") ? text.replace(GUARD_AT_START, '') : text;
  return unguarded.includes("'") && (unguarded.includes(';') || unguarded.includes('\t'))
    ? unguarded.replace(AFTER_BLANKS, (all, run: string, apostrophes: string, formula?: string) =>
        formula && apostrophes !== '' && holdsSeparator(run) ? `${run}${apostrophes.slice(1)}${formula}` : all,
      )
    : unguarded;
}

/**
 * One CSV cell. With `defuse` (the default) text cells are guarded against formula injection; the data
 * package's table files are written without it, so that they load back exactly.
 */
export function csvCell(value: unknown, kind: ColumnKind, defuse = true): string {
  if (value === null || value === undefined) return '';
  const guard = defuse ? defuseFormula : (t: string) => t;
  let text: string;
  switch (kind) {
    case 'number':
    case 'integer':
      return csvField(String(value));
    case 'list':
      text = (value as unknown[]).map((v) => guard(String(v))).join(LIST_SEPARATOR);
      break;
    case 'json':
      // JSON has ";" only inside its strings, so the guard keeps it valid JSON (a string gains an apostrophe).
      text = guard(JSON.stringify(value));
      break;
    default:
      text = kind === 'text' ? guard(String(value)) : String(value);
  }
  return text === '' ? '' : quoted(text);
}

export function csvLine(values: string[]): string {
  return `${values.join(',')}\r\n`;
}

export function csvHeader(columns: readonly Column[]): string {
  return csvLine(columns.map((c) => csvField(c.name)));
}

export function csvRow(columns: readonly Column[], record: ExportRecord, defuse = true): string {
  return csvLine(columns.map((c) => csvCell(record[c.name], c.kind, defuse)));
}

export interface SerializerOptions {
  /** Guard CSV text cells against formula injection (default true). */
  defuseFormulas?: boolean;
}

/**
 * Object rows in, text out: maps each database row to its export record and writes it in the format.
 * The CSV header (or the JSON array's opening) is written at once, before the first row arrives.
 */
export function serializer<Row>(
  format: TextFormat,
  columns: readonly Column[],
  toRecord: (row: Row) => ExportRecord,
  options: SerializerOptions = {},
): Transform {
  const defuse = options.defuseFormulas ?? true;
  let first = true;
  const stream = new Transform({
    writableObjectMode: true,
    transform(row: Row, _enc, done) {
      try {
        const record = toRecord(row);
        if (format === 'csv') {
          done(null, csvRow(columns, record, defuse));
          return;
        }
        // In the columns' order, every column present (null when empty).
        const json = JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, record[c.name] ?? null])));
        if (format === 'ndjson') done(null, `${json}\n`);
        else {
          done(null, `${first ? '' : ',\n'}${json}`);
          first = false;
        }
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      done(null, format === 'json' ? '\n]\n' : undefined);
    },
  });
  if (format === 'csv') stream.push(csvHeader(columns));
  if (format === 'json') stream.push('[\n');
  return stream;
}
