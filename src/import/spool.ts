import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { Request } from 'express';
import { CONTENT_ENCODINGS_ACCEPTED, DomainError } from '../errors';
import { processAlive } from '../processAlive';

/**
 * A spool folder's name: the prefix, the server's process id, a random part. The process id lets a later start tell
 * the folders of a server that was killed (SIGKILL, out of memory, power cut: no chance to remove them) from those of a
 * server still running beside it on the same machine.
 */
const SPOOL_PREFIX = 'claims-ledger-import-';
const SPOOL_NAME = new RegExp(`^${SPOOL_PREFIX}(\\d+)-[\\w]+$`);
/** How old a dead server's spool folder must be before a start removes it (a margin for process ids not ours to see). */
const SPOOL_ABANDONED_MS = 60 * 60 * 1000;

/**
 * Removes the spool folders that servers killed mid-import left behind: those whose process is gone and that were
 * last written an hour ago or more. Folders of servers still running, and anything not named as a spool, stay. Returns
 * the folders removed; a folder that cannot be read or removed is left for the next start.
 */
export async function removeAbandonedSpools(tmp = os.tmpdir(), now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  const names = await fs.promises.readdir(tmp).catch(() => [] as string[]);
  for (const name of names) {
    const m = SPOOL_NAME.exec(name);
    if (!m || Number(m[1]) === process.pid || processAlive(Number(m[1]))) continue;
    const dir = path.join(tmp, name);
    try {
      const stat = await fs.promises.stat(dir);
      if (!stat.isDirectory() || now - stat.mtimeMs < SPOOL_ABANDONED_MS) continue;
      await fs.promises.rm(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}

/**
 * An import's body, read whole into a temporary file before the import takes a database connection. The spool owns the
 * streams it opens on the file: `remove` closes every one still open, however its reader ended (read whole, a refused
 * line, a limit reached, an error thrown by a consumer, a client gone), then deletes the file. A reader that stops
 * part-way without closing its stream (a parser left waiting, a generator never resumed) had kept the deleted file's
 * disk space until the process ended.
 */
export interface SpooledBody {
  bytes: number;
  /** The body's bytes, from the file's start: opened on the first read, so a body never read holds no file open. */
  open(): AsyncIterable<Buffer>;
  /** Closes the body's open streams, then deletes its file; later reads fail. Call it on every exit of the request. */
  remove(): Promise<void>;
}

const DECODERS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

class TooLargeError extends DomainError {
  constructor(limit: number) {
    super(
      'too_large',
      `The import body is larger than IMPORT_BODY_LIMIT (${limit} bytes, counted after decompression); split it into several imports.`,
      [{ field: 'body', message: `is larger than ${limit} bytes` }],
    );
  }
}

/** Passes bytes through until more than `limit` have passed (a decompression bomb stops there, too). */
function atMost(limit: number): Transform & { bytes: () => number } {
  let bytes = 0;
  const t = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > limit) done(new TooLargeError(limit));
      else done(null, chunk);
    },
  });
  return Object.assign(t, { bytes: () => bytes });
}

/**
 * Reads the request body into a temporary file (owner-only), decompressing gzip, deflate or br, bounded by
 * `limit` bytes after decompression. A client that trickles its body one line at a time holds a socket and a
 * file meanwhile, never a database connection or an import slot. The body's problems are 4xx problems: an
 * unknown Content-Encoding is a 415 naming the ones accepted, a corrupt one a 400, too many bytes a 413.
 */
export async function spoolBody(req: Request, limit: number): Promise<SpooledBody> {
  const encodings = (req.get('content-encoding') ?? 'identity')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e && e !== 'identity');
  // Its own members only: Content-Encoding: constructor had found Object's and failed as an aborted request (a 400).
  const unknown = encodings.find((e) => !Object.hasOwn(DECODERS, e));
  if (unknown !== undefined || encodings.length > 1) {
    throw new DomainError(
      'unsupported_encoding',
      `Content-Encoding ${unknown ?? encodings.join(', ')} is not accepted for an import: send it uncompressed, or with one of gzip, deflate or br.`,
      [{ field: 'Content-Encoding', message: CONTENT_ENCODINGS_ACCEPTED }],
    );
  }
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), `${SPOOL_PREFIX}${process.pid}-`));
  const file = path.join(dir, 'body.ndjson');
  const remove = () => fs.promises.rm(dir, { recursive: true, force: true });
  const counter = atMost(limit);
  try {
    await pipeline([req, ...encodings.map((e) => DECODERS[e]()), counter, fs.createWriteStream(file, { mode: 0o600 })]);
  } catch (err) {
    await remove();
    if (err instanceof DomainError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || code === 'ERR__ERROR' || /incorrect header|invalid|unexpected end/i.test((err as Error).message)) {
      throw new DomainError('invalid_input', `The body is not valid ${encodings[0]} data.`, [
        { field: 'Content-Encoding', message: `the body does not decode as ${encodings[0]}` },
      ]);
    }
    throw new DomainError('invalid_input', 'The request was aborted before the import was complete; nothing was saved.', [
      { field: 'body', message: 'was not received whole' },
    ]);
  }
  return spooled(file, counter.bytes(), remove);
}

/** The spooled file as a SpooledBody: every stream opened on it is closed by `remove`, whoever read it and however far. */
function spooled(file: string, bytes: number, removeFile: () => Promise<void>): SpooledBody {
  const open = new Set<fs.ReadStream>();
  let removed = false;
  return {
    bytes,
    open: () =>
      readWhenAsked(() => {
        if (removed) throw new Error('the import body was read after its spool was removed');
        const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
        open.add(stream);
        stream.once('close', () => open.delete(stream));
        return stream;
      }),
    remove: async () => {
      removed = true;
      await Promise.all(
        [...open].map((stream) => {
          const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
          stream.on('error', () => undefined); // its reader is gone: nobody is left to hear it
          stream.destroy();
          return closed;
        }),
      );
      await removeFile();
    },
  };
}

/**
 * A stream's bytes, the stream opened on the first read: an import answered without reading its body (from what an
 * earlier send with its Idempotency-Key saved; refused for want of a slot) opens no file at all.
 */
async function* readWhenAsked(openStream: () => fs.ReadStream): AsyncGenerator<Buffer> {
  yield* openStream() as AsyncIterable<Buffer>;
}
