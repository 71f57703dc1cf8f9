import { Transform } from 'node:stream';
import { DomainError } from '../errors';
import { type QueryRecord, textParam, YES_NO_MESSAGE, yesNo } from '../query';

/**
 * The byte-order mark a CSV download may open with (`?bom=1`): a spreadsheet opening a CSV by double-click reads it as
 * UTF-8 only with it (Excel otherwise takes the system's code page, and "Hodžić" or "Малé" come out garbled), while
 * many CSV readers (R's read.csv, Python's csv without utf-8-sig, awk) take it as part of the first column's name. So
 * the API writes none unless asked, and the web pages' CSV links, which a researcher clicks to open the file in a
 * spreadsheet, ask for it. The import reads a CSV with or without one.
 */
export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The `bom` parameter of a CSV download, read as every yes-or-no parameter is (yesNo): true for `1` (what the pages'
 * links send), `true`, `yes`, `on`; false for `0`, `false`, `no`, `off`, empty or none; a 400 for another value, or for
 * a mark asked of another format.
 */
export function bomParam(query: QueryRecord, format: string): boolean {
  const raw = textParam(query, 'bom');
  const meaning = raw === undefined ? false : yesNo(raw);
  if (meaning === null)
    throw new DomainError('invalid_input', 'bom must be 1 (a byte-order mark before the CSV) or 0.', [
      { field: 'bom', message: YES_NO_MESSAGE },
    ]);
  if (meaning && format !== 'csv')
    throw new DomainError('invalid_input', 'bom is used only with format=csv.', [
      { field: 'bom', message: 'is used only with format=csv' },
    ]);
  return meaning ?? false;
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
