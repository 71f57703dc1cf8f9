import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Knex } from 'knex';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A column value for COPY: null is NULL, a string array is a text[]; json/jsonb columns take JSON text. */
export type CopyValue = string | number | boolean | null | string[];

/** The size of the buffers COPY text is encoded into. */
export const COPY_BUFFER_BYTES = 64 * 1024;

/**
 * Buffers for COPY text, kept for reuse once what they held has been sent: a bulk write encodes its rows straight
 * into them, so that thousands of rows become neither strings on the heap nor garbage per batch.
 */
export class CopyBuffers {
  private readonly spare: Buffer[] = [];

  /** `keep`: at most this many spare buffers are kept (64 KB each). */
  constructor(private readonly keep = 64) {}

  take(): Buffer {
    return this.spare.pop() ?? Buffer.allocUnsafe(COPY_BUFFER_BYTES);
  }

  give(buffers: Buffer[]): void {
    for (const b of buffers) if (this.spare.length < this.keep) this.spare.push(b);
  }
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SPECIAL = /[\\\t\n\r]/;
const TAB = 0x09;
const NEWLINE = 0x0a;

/** A text[] literal: every element quoted, so that commas, braces, quotes and the word NULL stay text. */
function arrayLiteral(items: string[]): string {
  return `{${items.map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/**
 * Rows for one table in COPY's text format, encoded into buffers as their fields are added (NULL as \N; backslash,
 * tab and line breaks escaped), ready to be sent with copyInto. Table and column names are the stores' constants,
 * never input.
 */
export class CopyRows {
  /** Buffers filled so far, each with how many of its bytes hold rows; then the one being filled up to `used`. */
  private readonly filled: { buffer: Buffer; used: number }[] = [];
  private buffer: Buffer | null = null;
  private used = 0;
  private rowStarted = false;

  constructor(
    readonly table: string,
    readonly columns: readonly string[],
    private readonly buffers: CopyBuffers = new CopyBuffers(0),
  ) {}

  /** Adds the next field of the current row. */
  add(value: CopyValue): this {
    if (this.rowStarted) this.byte(TAB);
    this.rowStarted = true;
    if (value === null) this.text('\\N');
    else if (typeof value === 'number') this.text(String(value));
    else {
      const text = Array.isArray(value) ? arrayLiteral(value) : String(value);
      this.text(SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : text);
    }
    return this;
  }

  /** Ends the current row. */
  end(): void {
    this.byte(NEWLINE);
    this.rowStarted = false;
  }

  /** A whole row at once. */
  row(values: readonly CopyValue[]): void {
    for (const v of values) this.add(v);
    this.end();
  }

  get empty(): boolean {
    return this.filled.length === 0 && this.used === 0;
  }

  /** The encoded rows, in order (views of the buffers: valid until release). */
  chunks(): Buffer[] {
    const chunks = this.filled.map((f) => f.buffer.subarray(0, f.used));
    if (this.buffer && this.used > 0) chunks.push(this.buffer.subarray(0, this.used));
    return chunks;
  }

  /** Gives the buffers back for reuse: call only once what they hold has been sent (or will never be). */
  release(): void {
    this.buffers.give(this.filled.map((f) => f.buffer));
    if (this.buffer) this.buffers.give([this.buffer]);
    this.filled.length = 0;
    this.buffer = null;
    this.used = 0;
  }

  private room(): number {
    if (this.buffer === null) {
      this.buffer = this.buffers.take();
      this.used = 0;
    }
    return this.buffer.length - this.used;
  }

  private next(): void {
    this.filled.push({ buffer: this.buffer!, used: this.used });
    this.buffer = this.buffers.take();
    this.used = 0;
  }

  private byte(b: number): void {
    if (this.room() === 0) this.next();
    this.buffer![this.used++] = b;
  }

  private text(s: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, takes 4).
    if (s.length * 3 <= this.room()) this.used += this.buffer!.write(s, this.used, 'utf8');
    else this.bytes(Buffer.from(s, 'utf8'));
  }

  /** Bytes that may not fit: split across buffers (COPY data may be cut anywhere, even inside a character). */
  private bytes(b: Buffer): void {
    let from = 0;
    while (from < b.length) {
      if (this.room() === 0) this.next();
      const n = b.copy(this.buffer!, this.used, from, Math.min(b.length, from + this.buffer!.length - this.used));
      this.used += n;
      from += n;
    }
  }
}

/** Rows as COPY data, encoded before anything is sent (so that PostgreSQL does not wait while they are). */
export function copyData(table: string, columns: readonly string[], rows: CopyValue[][]): CopyRows {
  const data = new CopyRows(table, columns);
  for (const row of rows) data.row(row);
  return data;
}

/**
 * With LEDGER_COPY_TIMES=1, the wall time of every COPY summed by table and printed to stderr when the process exits
 * (where a bulk import's PostgreSQL time goes, without pg_stat_statements). Off by default: no cost.
 */
const copyTimes = process.env.LEDGER_COPY_TIMES
  ? (() => {
      const totals = new Map<string, { ms: number; count: number }>();
      process.on('exit', () => {
        for (const [table, { ms, count }] of totals) process.stderr.write(`COPY ${table}: ${count} statements, ${ms.toFixed(0)} ms\n`);
      });
      return {
        add(table: string, ms: number) {
          const total = totals.get(table) ?? { ms: 0, count: 0 };
          total.ms += ms;
          total.count += 1;
          totals.set(table, total);
        },
      };
    })()
  : null;

/**
 * Writes rows into their tables with `COPY … FROM STDIN`, one after the other, on the transaction's own
 * connection (so they are part of it, and roll back with it). Much cheaper than multi-row INSERTs for
 * thousands of rows: no bind parameters, no statement to plan. Each CopyRows' buffers are given back for
 * reuse once PostgreSQL has read them all.
 */
export async function copyInto(trx: Knex.Transaction, data: CopyRows[]): Promise<void> {
  const client = (await trx.client.acquireConnection()) as ClientBase;
  for (const rows of data) {
    if (rows.empty) continue;
    const sql = `COPY ${rows.table} (${rows.columns.join(', ')}) FROM STDIN`;
    const copy = client.query(copyFrom(sql));
    const started = copyTimes ? process.hrtime.bigint() : 0n;
    await pipeline(Readable.from(rows.chunks()), copy);
    if (copyTimes) copyTimes.add(rows.table, Number(process.hrtime.bigint() - started) / 1e6);
    rows.release();
    // Reported as knex reports its own statements, so that whoever counts written rows (/metrics) sees these too.
    trx.client.emit('query-response', null, { sql, response: { command: 'COPY', rowCount: copy.rowCount } }, null);
  }
}
