import { Transform } from 'node:stream';

/**
 * How a column is written. `text` cells are guarded against spreadsheet formula injection; `number`,
 * `integer` and `timestamp` cells come from typed columns and are written as they are, so a negative
 * figure such as -5 stays a number. `list` is a list of ids or codes, joined with ";" in CSV and an array
 * in JSON; `json` is an object, as JSON text in CSV.
 */
export type ColumnKind = 'text' | 'number' | 'integer' | 'date' | 'timestamp' | 'list' | 'json';

export interface Column {
  name: string;
  kind: ColumnKind;
  description: string;
}

export type ExportRecord = Record<string, unknown>;

export type ExportFormat = 'csv' | 'ndjson' | 'json';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'ndjson', 'json'];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  ndjson: 'application/x-ndjson; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The separator of list cells in CSV. */
export const LIST_SEPARATOR = ';';

// OWASP: cells starting with these are run as formulas by Excel, LibreOffice and Google Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a quote, comma, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe (it then reads as text). */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV cell. With `defuse` (the default) text cells are guarded against formula injection; the data
 * package's table files are written without it, so that they load back exactly.
 */
export function csvCell(value: unknown, kind: ColumnKind, defuse = true): string {
  if (value === null || value === undefined) return '';
  const guard = defuse ? defuseFormula : (t: string) => t;
  switch (kind) {
    case 'number':
    case 'integer':
      return String(value);
    case 'list':
      return csvField((value as unknown[]).map((v) => guard(String(v))).join(LIST_SEPARATOR));
    case 'json':
      return csvField(JSON.stringify(value));
    default:
      return csvField(kind === 'text' ? guard(String(value)) : String(value));
  }
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
export function serializer<Row>(format: ExportFormat, columns: readonly Column[], toRecord: (row: Row) => ExportRecord, options: SerializerOptions = {}): Transform {
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
