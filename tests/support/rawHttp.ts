import net from 'node:net';

/** A raw TCP connection to a served ledger, for requests no HTTP client would send: bytes written as given. */
export interface RawConnection {
  socket: net.Socket;
  /** Resolves once the connection is made (or has failed: `closed` says what came of it). */
  opened: Promise<void>;
  write(bytes: string | Buffer): void;
  /** Everything received so far, as text. */
  received(): string;
  /** Resolves with everything received once `pattern` matches it, or once the connection closes (matched or not). */
  until(pattern: RegExp): Promise<string>;
  /** Resolves with everything received once the server has closed the connection (or `giveUpMs` passed: then destroyed). */
  closed: Promise<string>;
}

/**
 * A connection to `base` (an origin, http://127.0.0.1:port). With `read: false` nothing it answers is read (the socket
 * paused from the start: a client that never reads its response, filling the server's buffers); `received` stays empty.
 */
export function rawConnection(base: string, giveUpMs = 15_000, options: { read?: boolean } = {}): RawConnection {
  const socket = net.connect(Number(new URL(base).port), '127.0.0.1');
  const opened = new Promise<void>((resolve) => {
    socket.once('connect', () => resolve());
    socket.once('close', () => resolve());
  });
  let text = '';
  const watchers = new Set<() => void>();
  if (options.read === false) socket.pause();
  else
    socket.on('data', (chunk) => {
      text += chunk.toString();
      for (const watch of watchers) watch();
    });
  socket.on('error', () => undefined); // a reset is one of the ways a connection ends: `closed` says so
  const giveUp = setTimeout(() => socket.destroy(), giveUpMs);
  const closed = new Promise<string>((resolve) =>
    socket.on('close', () => {
      clearTimeout(giveUp);
      for (const watch of watchers) watch();
      resolve(text);
    }),
  );
  return {
    socket,
    opened,
    write: (bytes) => void socket.write(bytes),
    received: () => text,
    until: (pattern) =>
      new Promise((resolve) => {
        const watch = () => {
          if (!pattern.test(text) && !socket.destroyed) return;
          watchers.delete(watch);
          resolve(text);
        };
        watchers.add(watch);
        watch();
      }),
    closed,
  };
}

/** Sends `bytes` on a connection of its own and reads until the server closes it: everything it answered. */
export function rawExchange(base: string, bytes: string | Buffer, giveUpMs?: number): Promise<string> {
  const connection = rawConnection(base, giveUpMs);
  connection.write(bytes);
  return connection.closed;
}

/**
 * The status codes of the responses in `text`, in order (interim ones, such as 100 Continue, included). Each response is
 * read past its body (by its Content-Length, or to its last chunk), so one that follows a body directly is found too
 * (a search for status lines after a line break missed it); an answer to a HEAD is not told apart.
 */
export function statusesIn(text: string): number[] {
  const bytes = Buffer.from(text);
  const statuses: number[] = [];
  let at = 0;
  for (;;) {
    const rest = bytes.subarray(at).toString('latin1');
    const head = /^HTTP\/1\.1 (\d{3}) [^]*?\r\n\r\n/.exec(rest);
    if (!head) return statuses;
    const status = Number(head[1]);
    statuses.push(status);
    at += head[0].length;
    if (status < 200) continue;
    const length = /\r\ncontent-length: *(\d+)/i.exec(head[0]);
    if (length) at += Number(length[1]);
    else if (/\r\ntransfer-encoding: *chunked/i.test(head[0])) {
      const end = rest.indexOf('\r\n0\r\n\r\n', head[0].length - 2);
      if (end < 0) return statuses;
      at += end + 7 - head[0].length;
    } else return statuses;
  }
}
