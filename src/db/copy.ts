import fs from 'node:fs';
import type { Knex } from 'knex';
import type { ClientBase } from 'pg';

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

/** On-CPU and run-queue nanoseconds of a local process (/proc/<pid>/schedstat), or null where it cannot be read. */
function schedstat(pid: number | undefined): [number, number] | null {
  if (!pid) return null;
  try {
    const [cpu, queued] = fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return [cpu, queued];
  } catch {
    return null;
  }
}

/**
 * With LEDGER_COPY_TIMES=1, the wall time of every COPY summed by table and printed to stderr when the process exits
 * (where a bulk import's PostgreSQL time goes, without pg_stat_statements); when the backend runs on this machine, with
 * its time on a CPU and waiting for one (/proc/<pid>/schedstat): the rest of the wall is the backend waiting for the
 * client's data or its answer being read, or for I/O. Off by default: no cost.
 */
const copyTimes = process.env.LEDGER_COPY_TIMES
  ? (() => {
      const totals = new Map<string, { ms: number; count: number; cpu: number; queued: number; measured: boolean }>();
      process.on('exit', () => {
        for (const [table, { ms, count, cpu, queued, measured }] of totals) {
          const backend = measured
            ? ` (backend on a CPU ${(cpu / 1e6).toFixed(0)} ms, waiting for one ${(queued / 1e6).toFixed(0)} ms)`
            : '';
          process.stderr.write(`COPY ${table}: ${count} statements, ${ms.toFixed(0)} ms${backend}\n`);
        }
      });
      return {
        start(pid: number | undefined) {
          return { at: process.hrtime.bigint(), sched: schedstat(pid) };
        },
        add(table: string, pid: number | undefined, started: { at: bigint; sched: [number, number] | null }) {
          const total = totals.get(table) ?? { ms: 0, count: 0, cpu: 0, queued: 0, measured: true };
          total.ms += Number(process.hrtime.bigint() - started.at) / 1e6;
          total.count += 1;
          const sched = schedstat(pid);
          if (started.sched && sched) {
            total.cpu += sched[0] - started.sched[0];
            total.queued += sched[1] - started.sched[1];
          } else total.measured = false;
          totals.set(table, total);
        },
      };
    })()
  : null;

/** The client's messages of COPY FROM STDIN in PostgreSQL's protocol: CopyData ('d', length, bytes) and CopyDone. */
const COPY_DATA = 0x64; // 'd'
const COPY_DONE = Buffer.from([0x63, 0, 0, 0, 4]); // 'c', length 4

/** The parts of node-pg's connection that a query object submitted to it is given. */
interface PgConnection {
  query(text: string): void;
  stream: { writable: boolean; write(chunk: Buffer): boolean };
}

/**
 * Several `COPY … FROM STDIN` statements sent as one simple query, with every row after it, at once: PostgreSQL reads
 * each statement's data from the socket as soon as it starts that statement, never waiting for the client to answer
 * its CopyInResponse or to send the next statement after a ReadyForQuery (each a turn of node's event loop, which a
 * bulk import keeps busy preparing the next batch). The protocol allows it: CopyData and CopyDone sent ahead are read
 * in order, and after an error the rest of the query string is skipped and whatever copy data follows is dropped
 * (PostgreSQL's docs, "Message Flow", COPY Operations). Submitted to node-pg like pg-copy-streams' queries.
 */
class CopyStatements {
  /** Rows copied by each statement, in order, from its CommandComplete. */
  readonly rowCounts: number[] = [];
  private error: Error | null = null;

  constructor(
    private readonly data: CopyRows[],
    private readonly settled: (error: Error | null) => void,
  ) {}

  /** The statements, one per table. */
  get statements(): string[] {
    return this.data.map((rows) => `COPY ${rows.table} (${rows.columns.join(', ')}) FROM STDIN`);
  }

  submit(connection: PgConnection): void {
    connection.query(this.statements.join('; '));
    // A connection that is gone fails every query it holds (node-pg), this one too: nothing more to send.
    if (!connection.stream.writable) return;
    for (const rows of this.data) {
      for (const chunk of rows.chunks()) {
        const header = Buffer.allocUnsafe(5);
        header[0] = COPY_DATA;
        header.writeUInt32BE(chunk.length + 4, 1);
        connection.stream.write(header);
        connection.stream.write(chunk);
      }
      connection.stream.write(COPY_DONE);
    }
  }

  /** Empty, as pg-copy-streams': node-pg wraps it when a query_timeout is configured. */
  callback(): void {}

  handleCopyInResponse(): void {}

  handleCommandComplete(message: { text?: string }): void {
    this.rowCounts.push(Number(/^COPY (\d+)/.exec(message.text ?? '')?.[1] ?? 0));
  }

  /** An ErrorResponse (node-pg then drops the query and calls nothing else of it), or the connection lost. */
  handleError(error: Error): void {
    this.callback();
    this.error ??= error;
    this.settled(this.error);
  }

  handleReadyForQuery(): void {
    this.callback();
    this.settled(this.error);
  }
}

/** Sends COPY statements for `data` as one query (CopyStatements); resolves with each statement and its row count. */
function copyStatements(client: ClientBase, data: CopyRows[]): Promise<{ statements: string[]; rowCounts: number[] }> {
  return new Promise((resolve, reject) => {
    const statements = new CopyStatements(data, (error) => (error ? reject(error) : resolve(statements)));
    client.query(statements as unknown as Parameters<ClientBase['query']>[0]);
  });
}

/**
 * Writes rows into their tables with `COPY … FROM STDIN` on the transaction's own connection (so they are part of it,
 * and roll back with it): one statement per table, all sent as one query with their data (CopyStatements). Much cheaper
 * than multi-row INSERTs for thousands of rows: no bind parameters, no statement to plan. Each CopyRows' buffers are
 * given back for reuse once PostgreSQL has read them all. With LEDGER_COPY_TIMES each table is sent as a query of its
 * own, so that its time can be read alone.
 */
export async function copyInto(trx: Knex.Transaction, data: CopyRows[]): Promise<void> {
  const client = (await trx.client.acquireConnection()) as ClientBase & { processID?: number };
  const tables = data.filter((rows) => !rows.empty);
  if (tables.length === 0) return;
  for (const group of copyTimes ? tables.map((rows) => [rows]) : [tables]) {
    const started = copyTimes?.start(client.processID);
    // After an error the buffers are not given back: the socket may not have sent all of them yet.
    const { statements, rowCounts } = await copyStatements(client, group);
    if (copyTimes) copyTimes.add(group[0].table, client.processID, started!);
    group.forEach((rows, i) => {
      rows.release();
      // Reported as knex reports its own statements, so that whoever counts written rows (/metrics) sees these too.
      trx.client.emit('query-response', null, { sql: statements[i], response: { command: 'COPY', rowCount: rowCounts[i] } }, null);
    });
  }
}
