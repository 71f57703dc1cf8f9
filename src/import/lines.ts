import type { CsvClaim } from './csvClaim';
import type { FieldError } from '../errors';

/** One line of an NDJSON body: its 1-based number and text, or why it could not be read. */
export type RawLine = { n: number; text: string } | { n: number; error: string };

/** A problem the import reports: the line (and, in a CSV, the column) it is on. */
export interface ImportError extends FieldError {
  line: number;
  column?: string;
}

/**
 * What a reader gives the import: an NDJSON line, or a claim read from CSV rows (its value, with where each of
 * its fields is in the file), or problems already placed.
 */
export type ReadLine = RawLine | { n: number; value: Record<string, unknown>; csv: CsvClaim } | { n: number; errors: ImportError[] };

/** Room for a document line with the largest text the schema allows (2,000,000 characters of multi-byte UTF-8). */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

/**
 * Splits a byte stream into lines without holding more than one line in memory. Bytes that are not UTF-8
 * make their line an error (never replacement characters in stored text); so does a line longer than
 * maxLineBytes, whose bytes are skipped up to the next newline.
 */
export async function* splitLines(source: AsyncIterable<Buffer | string>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<RawLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let n = 0;
  const append = (b: Buffer): void => {
    if (tooLong || b.length === 0) return;
    if (size + b.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(b);
    size += b.length;
  };
  const emit = (): RawLine => {
    n += 1;
    const bytes = Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (tooLong) {
      tooLong = false;
      return { n, error: `is longer than ${maxLineBytes} bytes` };
    }
    try {
      return { n, text: decoder.decode(bytes).replace(/\r$/, '') };
    } catch {
      return { n, error: 'is not valid UTF-8' };
    }
  };
  for await (const chunk of source) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10)) {
      append(buf.subarray(0, nl));
      yield emit();
      buf = buf.subarray(nl + 1);
    }
    append(buf);
  }
  if (size > 0 || tooLong) yield emit();
}
