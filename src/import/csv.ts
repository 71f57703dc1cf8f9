import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { CLAIM_EXPORT_COLUMNS } from '../export/claimRows';
import { LIST_SEPARATOR, restoreFormula } from '../export/serialize';
import { CsvClaim, RELATION_COLUMNS, RelationCells } from './csvClaim';
import { MAX_LINE_BYTES, ReadLine } from './lines';

/*
 * CSV in: the file GET /v1/export/claims?format=csv writes (one row per claim × source), read back as claim lines
 * of the import. The rows of one claim follow each other: rows with the same claim_id (else the same key), or,
 * for a new claim without either, the rows after its first whose source_position is above 0. The claim's cells
 * are read from its first row (its other rows must say the same), its sources from each row's document_id and
 * quote. Columns the ledger derives (names, labels, the role, the document's details, the quote's place, status,
 * superseded_by, times) are read-only: what they hold is not imported. `version`, when filled in, must be the
 * claim's version for the row to change it (the claim must not have changed since it was exported).
 */

/** Relation columns a row can set: the claim's own links (contradicts and corroborates are shown from both sides). */
/** Cells of a claim (not of one of its sources): every row of the claim must hold the same. */
const CLAIM_CELLS = [
  'claim_id',
  'key',
  'metric',
  'country',
  'group',
  'location',
  'value',
  'value_low',
  'value_high',
  'approximation',
  'value_text',
  'as_of',
  'stated_on',
  'context',
  'claimant_id',
  'rank',
  'credibility',
  'notes',
  'version',
  ...RELATION_COLUMNS,
] as const;
const TEXT_CELLS = [
  'key',
  'metric',
  'country',
  'group',
  'approximation',
  'value_text',
  'as_of',
  'stated_on',
  'context',
  'rank',
  'notes',
] as const;
/**
 * Words as written (the figure's words, where it was said, the notes): read exactly, as a quote is, spaces and line
 * breaks around them included, since the export writes them so; trimmed, an unchanged file had given a claim that
 * stored " about 300 " a revision. The other cells are codes, dates and numbers, read trimmed.
 */
const WORDS_CELLS: ReadonlySet<string> = new Set(['value_text', 'context', 'notes']);
/** A row's cell as the import reads it: words exactly, anything else trimmed. */
const asRead = (row: Row, column: string) => (WORDS_CELLS.has(column) ? row.cells.get(column)! : row.cells.get(column)!.trim());
const NUMBER_CELLS = ['value', 'value_low', 'value_high'] as const;
/** Fields of the claim line named otherwise than their column. */
const COLUMN_OF: Record<string, string> = { id: 'claim_id', claimant: 'claimant_id', document: 'document_id' };

type Row = { line: number; cells: Map<string, string> };
type CellError = { line: number; column: string; field: string; message: string };

const NOT_UTF8 = 'is not UTF-8: save the file as "CSV UTF-8"';
const notUtf8 = (err: unknown) => (err as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA';

/** UTF-16 little-endian's byte-order mark, which Excel's "Unicode text" starts with. */
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

/**
 * Decodes the body strictly (an Excel "CSV" in a Windows code page is refused, not garbled): UTF-8, with or without
 * the byte-order mark Excel writes, or UTF-16 little-endian when it starts with its byte-order mark, as Excel saves
 * "Unicode text". Either byte-order mark is taken off.
 */
async function* decoded(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let head = Buffer.alloc(0);
  const start = (bytes: Buffer) => new TextDecoder(bytes.subarray(0, 2).equals(UTF16LE_BOM) ? 'utf-16le' : 'utf-8', { fatal: true });
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      yield chunk;
    } else if (decoder !== null) {
      yield decoder.decode(chunk, { stream: true });
    } else {
      // The encoding is read from the first two bytes, which may come in chunks of one.
      head = Buffer.concat([head, chunk]);
      if (head.length < 2) continue;
      decoder = start(head);
      yield decoder.decode(head, { stream: true });
    }
  }
  yield decoder === null ? start(head).decode(head) : decoder.decode();
}

type Separator = ',' | ';' | '\t';

/**
 * The separator of the header line, the one it holds most of: "," or, as Excel writes CSV in locales with a decimal
 * comma, ";", or a tab, as Excel writes "Unicode text".
 */
function separatorOf(header: string): Separator {
  const count = (separator: Separator) => header.split(separator).length;
  return (['\t', ';'] as const).reduce<Separator>((best, s) => (count(s) > count(best) ? s : best), ',');
}

/** The text, with what was read so far put back in front, and the header's separator. */
async function peekSeparator(text: AsyncGenerator<string>): Promise<{ separator: Separator; all: AsyncGenerator<string> }> {
  const head: string[] = [];
  let seen = '';
  for (;;) {
    const next = await text.next();
    if (next.done) break;
    head.push(next.value);
    seen += next.value;
    if (seen.includes('\n') || seen.length > 64 * 1024) break;
  }
  async function* all(): AsyncGenerator<string> {
    yield* head;
    yield* text;
  }
  return { separator: separatorOf(seen.split('\n')[0]), all: all() };
}

const cellError = (line: number, column: string, message: string): CellError => ({ line, column, field: column, message });

/**
 * Reads a CSV body into claim lines (see the comment at the top). A problem of the file itself (not UTF-8, a quote
 * never closed, a header that is not the export's) ends the reading with a line that says where.
 */
export async function* csvClaimLines(source: AsyncIterable<Buffer | string>): AsyncGenerator<ReadLine> {
  let text: AsyncGenerator<string>;
  let separator: Separator;
  try {
    ({ separator, all: text } = await peekSeparator(decoded(source)));
  } catch (err) {
    if (notUtf8(err)) return yield { n: 1, errors: [cellError(1, 'body', NOT_UTF8)] };
    throw err;
  }
  const parser = parse({ bom: true, raw: true, delimiter: separator, relax_column_count: true, max_record_size: MAX_LINE_BYTES });
  // Through pipeline, so that a failing body (bytes that are not UTF-8, a client gone) fails the reading below instead of stalling it.
  pipeline(Readable.from(text), parser).catch(() => undefined);
  let header: string[] | null = null;
  let group: Row[] = [];
  let groupKey: string | null = null;
  const seen = new Map<string, number>();
  let lastLine = 0;
  const reader = new CsvRows(separator);
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      // Lines counted from the record's own text (csv-parse counts a CRLF inside a quoted cell as two).
      const line = lastLine + 1;
      lastLine += raw.match(/\r\n|\r|\n/g)?.length ?? 1;
      if (header === null) {
        header = record.map((h) => h.trim());
        const errors = checkHeader(header);
        if (errors.length > 0) return yield { n: 1, errors };
        continue;
      }
      if (record.every((c) => c.trim() === '')) continue; // a blank line, or a row a spreadsheet left as separators only
      const cells = new Map(header.map((h, i) => [h, record[i] ?? '']));
      // A row of another width than the header is a damaged file (cut short, or cells moved): its missing cells read
      // as empty would clear the claim's fields and its version, which guards the claim against stale rows. Empty
      // cells past the header, as a spreadsheet leaves them, are no more than that.
      if (record.length < header.length || record.slice(header.length).some((c) => c.trim() !== '')) {
        const column = header[Math.min(record.length, header.length - 1)];
        yield { n: line, errors: [cellError(line, column, `has ${record.length} cells where the header has ${header.length}`)] };
        continue;
      }
      const id = cells.get('claim_id')!.trim();
      const key = cells.get('key')!.trim();
      const rowKey = id !== '' ? `id:${id}` : key !== '' ? `key:${restoreFormula(key)}` : null;
      const continues =
        group.length > 0 && (rowKey === null ? groupKey === null && Number(cells.get('source_position')) > 0 : rowKey === groupKey);
      if (!continues) {
        if (group.length > 0) yield reader.claim(group);
        group = [];
        groupKey = rowKey;
        if (rowKey !== null && seen.has(rowKey)) {
          yield {
            n: line,
            errors: [
              cellError(
                line,
                id !== '' ? 'claim_id' : 'key',
                `repeats the claim of line ${seen.get(rowKey)}: the rows of one claim must follow each other`,
              ),
            ],
          };
          continue;
        }
        if (rowKey !== null) seen.set(rowKey, line);
      }
      group.push({ line, cells });
    }
  } catch (err) {
    const at = (err as { lines?: number }).lines ?? lastLine + 1;
    // Every error of the CSV reader is a problem of the file (csv-parse's codes do not all start with CSV_).
    if (err instanceof CsvError)
      return yield { n: at, errors: [cellError(at, 'body', `is not valid CSV here: ${(err as Error).message}`)] };
    if (notUtf8(err)) return yield { n: at, errors: [cellError(at, 'body', NOT_UTF8)] };
    throw err;
  }
  if (group.length > 0) yield reader.claim(group);
  if (header === null)
    yield { n: 1, errors: [cellError(1, 'body', 'is empty: send the header line of the claims export and a row per claim and source')] };
}

/** The header must name exactly the columns of the claims export (in any order). */
function checkHeader(header: string[]): CellError[] {
  const known = new Set<string>(CLAIM_EXPORT_COLUMNS.map((c) => c.name));
  const errors = header
    .filter((h) => !known.has(h))
    .map((h) => cellError(1, h, 'is not a column of the claims export (GET /v1/export/claims?format=csv)'));
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  errors.push(...repeated.map((h) => cellError(1, h, 'is repeated')));
  for (const c of known)
    if (!header.includes(c)) errors.push(cellError(1, c, 'is missing: the import takes the columns the claims export writes'));
  return errors;
}

/** Turns the rows of one claim into its claim line. */
class CsvRows {
  constructor(private readonly separator: Separator) {}

  claim(rows: Row[]): ReadLine {
    const first = rows[0];
    const errors: CellError[] = [];
    for (const row of rows.slice(1)) {
      for (const c of CLAIM_CELLS) {
        if (asRead(row, c) !== asRead(first, c))
          errors.push(
            cellError(row.line, c, `differs from line ${first.line}, the claim's first row: a claim's rows must agree on its cells`),
          );
      }
    }
    const cell = (column: string) => first.cells.get(column)!.trim();
    const value: Record<string, unknown> = { type: 'claim' };
    const whole = (column: string, row = first): number | null => {
      const t = row.cells.get(column)!.trim();
      if (t === '') return null;
      if (/^\d+$/.test(t)) return Number(t);
      errors.push(cellError(row.line, column, `"${t}" is not a whole number`));
      return null;
    };
    const id = whole('claim_id');
    if (id !== null) value.id = id;
    const version = whole('version');
    if (version !== null) value.version = version;
    for (const c of TEXT_CELLS) {
      // A cell of blanks only is an empty cell, words or not.
      const t = cell(c) === '' ? '' : restoreFormula(asRead(first, c));
      if (t !== '') value[c] = t;
      else if (!['key', 'metric', 'country', 'approximation', 'value_text', 'rank'].includes(c)) value[c] = null; // the rest are required or keep their value
    }
    for (const c of NUMBER_CELLS) value[c] = this.number(cell(c), first.line, c, errors);
    value.location =
      cell('location') === ''
        ? []
        : cell('location')
            .split(LIST_SEPARATOR)
            .map((l) => restoreFormula(l.trim()));
    const claimant = whole('claimant_id');
    if (claimant !== null) value.claimant = claimant;
    value.credibility = whole('credibility');
    value.sources = rows.map((row) => {
      const document = whole('document_id', row);
      const quote = restoreFormula(row.cells.get('quote')!);
      return { ...(document !== null && { document }), ...(quote !== '' && { quote }) };
    });
    const relations = Object.fromEntries(
      RELATION_COLUMNS.map((c) => [
        c,
        cell(c) === ''
          ? []
          : cell(c)
              .split(LIST_SEPARATOR)
              .flatMap((item) => {
                const t = restoreFormula(item.trim());
                // Only ids a number holds exactly: a longer run of digits names no claim (and is no bigint either).
                if (/^\d+$/.test(t) && Number.isSafeInteger(Number(t))) return [Number(t)];
                errors.push(cellError(first.line, c, `"${t}" is not a claim id`));
                return [];
              }),
      ]),
    ) as RelationCells;
    if (errors.length > 0) return { n: first.line, errors };
    const csv: CsvClaim = {
      relations,
      relationColumns: [],
      locate: (field) => locate(rows, field, csv.relationColumns),
    };
    return { n: first.line, value, csv };
  }

  /** A figure: digits with a decimal point (or, in a ";"-separated file, a decimal comma). */
  private number(t: string, line: number, column: string, errors: CellError[]): number | null {
    if (t === '') return null;
    const text = this.separator === ';' && /^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
    // Finite only: "1e400" is past the range of numbers (read as Infinity, it had been "must be integer").
    if (/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text) && Number.isFinite(Number(text))) return Number(text);
    errors.push(cellError(line, column, `"${t}" is not a number`));
    return null;
  }
}

/** The line and column of a field of a claim line built from these rows (relations: the claim's relation cells, by index). */
function locate(rows: Row[], field: string, relationColumns: string[]): { line: number; column: string } {
  const [, name, index, sub] = /^\/(\w+)(?:\/(\d+))?(?:\/(\w+))?/.exec(field) ?? [];
  if (name === 'sources') {
    const row = rows[Number(index ?? 0)] ?? rows[0];
    return { line: row.line, column: sub === 'document' ? 'document_id' : 'quote' };
  }
  if (name === 'relations') return { line: rows[0].line, column: relationColumns[Number(index)] ?? 'supersedes' };
  // A problem of the whole claim (a retracted claim edited) is on the cell that names the claim.
  if (field === '/') return { line: rows[0].line, column: rows[0].cells.get('claim_id')!.trim() !== '' ? 'claim_id' : 'key' };
  if (name === undefined) return { line: rows[0].line, column: field };
  return { line: rows[0].line, column: COLUMN_OF[name] ?? name };
}
