import { Transform } from 'node:stream';
import { DomainError } from '../errors';
import { type QueryRecord, textParam } from '../query';

/**
 * The byte-order mark a CSV download may open with (`?bom=1`): a spreadsheet opening a CSV by double-click reads it as
 * UTF-8 only with it (Excel otherwise takes the system's code page, and "Hodžić" or "Малé" come out garbled), while
 * many CSV readers (R's read.csv, Python's csv without utf-8-sig, awk) take it as part of the first column's name. So
 * the API writes none unless asked, and the web pages' CSV links, which a researcher clicks to open the file in a
 * spreadsheet, ask for it. The import reads a CSV with or without one.
 */
export const BYTE_ORDER_MARK = '\uFEFF';

/** The values `bom` takes (the OpenAPI document's enum). */
export const BOM_VALUES = ['0', '1'] as const;

/** The `bom` parameter of a CSV download: true for `1`; false for `0`, empty or none; a 400 for another value or format. */
export function bomParam(query: QueryRecord, format: string): boolean {
  const raw = textParam(query, 'bom');
  if (raw === undefined || raw === '') return false;
  if (!(BOM_VALUES as readonly string[]).includes(raw))
    throw new DomainError('invalid_input', 'bom must be 1 (a byte-order mark before the CSV) or 0.', [
      { field: 'bom', message: 'must be 1 or 0' },
    ]);
  if (format !== 'csv')
    throw new DomainError('invalid_input', 'bom is used only with format=csv.', [
      { field: 'bom', message: 'is used only with format=csv' },
    ]);
  return raw === '1';
}

/** A stream that passes its input on after a byte-order mark. */
export function markedFirst(): Transform {
  let marked = false;
  return new Transform({
    transform(chunk: Buffer | string, _enc, done) {
      if (!marked) {
        marked = true;
        this.push(BYTE_ORDER_MARK);
      }
      done(null, chunk);
    },
    flush(done) {
      // (an empty export is still a file a spreadsheet opens as UTF-8)
      if (!marked) this.push(BYTE_ORDER_MARK);
      done();
    },
  });
}
