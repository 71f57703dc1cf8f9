import http from 'node:http';
import type { Socket } from 'node:net';
import { answerBeforeExpress, refuseConnection, refuseAmbiguousHead } from './problem';

export interface ConnectionLimits {
  /** A request's line and headers not all received this many ms after the connection opened (or its last request) is a 408. */
  headersTimeoutMs: number;
  /** Connections one address may hold open at once (CONNECTIONS_PER_ADDRESS); 0: no limit. */
  connectionsPerAddress?: number;
}

/**
 * At most `max` open connections from one address: one more is answered 503 at once (a problem naming `connections`,
 * Retry-After) and closed. Without it, one client opening thousands of idle sockets (each held HEADERS_TIMEOUT_MS)
 * took the process's file descriptors, and every other client was refused at accept (EMFILE) or left waiting.
 */
function limitConnectionsPerAddress(server: http.Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const held = open.get(address) ?? 0;
    if (held >= max) {
      socket.on('error', () => undefined);
      refuseConnection(
        socket,
        `This address holds ${max} open connections to the ledger already: close some, or reuse them (keep-alive).`,
        'connections',
        `at most ${max} open at once from one address`,
        5,
      );
      // Node's HTTP server would read a request from it meanwhile: nothing more is read.
      socket.pause();
      setTimeout(() => socket.destroy(), 1000).unref();
      return;
    }
    open.set(address, held + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
    });
  });
}

/**
 * A request's body ends when its connection closes, whatever answered it: Node ends (aborts) a request whose connection
 * closes only while its response is unfinished, so a body answered before it was read whole (its framing broken or its
 * client gone mid-body: a 400 from answerBeforeExpress; an import's body stalled: a 408) was never ended, and whoever
 * still read it (an import's spool, a JSON or form parser) waited for ever: the spool's file held open, its handler
 * never done. Now it hears that the request was aborted, as when its client leaves before the answer. The connection is
 * listened to only from the moment an answer has finished with its body unread, so requests pipelined on one connection
 * add no listener each (one per request had, until each was answered: 500 pipelined requests, 501 listeners).
 */
function endBodyWithConnection(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.once('finish', () => {
    if (req.complete || req.destroyed) return;
    const socket = req.socket;
    const end = () => {
      if (!req.complete && !req.destroyed) req.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    };
    if (socket.destroyed) return end();
    socket.once('close', end);
    req.once('close', () => socket.off('close', end));
  });
}

/** How long, and for how many more bytes, a connection answered before its request's body came is read before it is closed. */
const LINGER_MS = 1000;
const LINGER_BYTES = 4 * 1024 * 1024;

/**
 * A request answered before its body has all come (refused from its head: a bad key, a body declared too large, an
 * `Expect: 100-continue` not continued) is answered `Connection: close`, then its connection closed gently: the answer
 * ended with a FIN, what the client still sends read and dropped for up to LINGER_MS or LINGER_BYTES, then the socket
 * destroyed. Node's own close after such an answer (destroySoon) destroyed the socket as soon as the answer was written,
 * with the client's body still arriving: the kernel then resets the connection, and a reset reaching the client before
 * it read the answer discards it (1 in 20 clients sending a 50 MB body quickly got no 413 at all, only EPIPE; the fuzz's
 * client once "aborted" mid-answer). Without the close, an answer given before the body (a 401) left Node reading and
 * dropping the whole body, however large, to keep the connection.
 */
function closeGentlyWhenAnsweredEarly(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (!(Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined)) return;
  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    if (!req.complete && !this.headersSent) {
      this.setHeader('Connection', 'close');
      lingerOnClose(req.socket);
    }
    return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof res.writeHead;
}

function lingerOnClose(socket: Socket): void {
  socket.destroySoon = function (this: Socket) {
    if (this.destroyed) return;
    if (this.writable) this.end();
    const from = this.bytesRead;
    const drop = () => {
      if (this.bytesRead - from > LINGER_BYTES) this.destroy();
    };
    this.on('data', drop);
    const stop = setTimeout(() => this.destroy(), LINGER_MS);
    this.once('close', () => clearTimeout(stop));
    this.resume();
  };
}

/**
 * `Expect: 100-continue` answered "100 Continue" only once something starts reading the body: Node had said it at once,
 * before the ledger had looked at the request, so a client was told to send a body the ledger refused from its head
 * alone (too large, unauthorized, of a type it does not read), and sent it. A request answered without reading its body
 * closes its connection after the answer (the client may send the body still, or not: its connection cannot be read on).
 */
function continueWhenRead(req: http.IncomingMessage, res: http.ServerResponse): void {
  let continued = false;
  const reading = (event: string | symbol) => {
    if (event !== 'data' && event !== 'readable') return;
    req.off('newListener', reading);
    continued = true;
    if (!res.headersSent) res.writeContinue();
  };
  req.on('newListener', reading);
  res.once('finish', () => {
    req.off('newListener', reading);
    if (!continued && !req.complete) req.socket.destroySoon();
  });
}

/**
 * The HTTP server the ledger serves on (src/index.ts, and the tests' listen()), with Node's time limits on a connection
 * set for it rather than left at their defaults:
 *
 * - `requestTimeout` off. Node's limit on receiving a whole request (300 s by default) cut an import whose body was
 *   still arriving, a 1 GiB file over a slow link (a 408 and a closed connection, mid-upload). The bodies the ledger
 *   reads whole have BODY_TIMEOUT_MS (src/http/bodyTimeout.ts); an import's body, which may take as long as it keeps
 *   coming, is cut when nothing of it arrives for STALL_TIMEOUT_MS (the same file).
 * - `headersTimeout` is HEADERS_TIMEOUT_MS, checked every quarter of it (Node checks every 30 s, so its 60 s were up to
 *   90 s): a client sending its headers a byte at a time (slowloris) holds its socket that long at most.
 * - Requests Node's parser refuses (malformed, headers too large, too slow), CONNECT and an HTTP/1.1 request without
 *   Host, or giving Host, Authorization, Content-Type or another header read once twice, are answered with a problem
 *   (answerBeforeExpress, refuseAmbiguousHead).
 * - One address holds at most `connectionsPerAddress` connections (limitConnectionsPerAddress).
 * - `Expect: 100-continue` is answered when the body is read, not before the ledger looked at the request (continueWhenRead).
 * - A request answered before its body came is closed gently after the answer (closeGentlyWhenAnsweredEarly).
 */
export function createLedgerServer(app: http.RequestListener, limits: ConnectionLimits): http.Server {
  const server = http.createServer(
    {
      requestTimeout: 0,
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(5000, Math.floor(limits.headersTimeoutMs / 4))),
      // Checked by refuseAmbiguousHead instead, which answers a problem (Node's answer had no body).
      requireHostHeader: false,
    },
    (req, res) => {
      closeGentlyWhenAnsweredEarly(req, res);
      if (!refuseAmbiguousHead(req, res)) app(req, res);
    },
  );
  answerBeforeExpress(server);
  server.on('request', endBodyWithConnection);
  // Listened to, Node emits it instead of 'request' (and sends no 100 Continue): the request goes on as any other.
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    continueWhenRead(req, res);
    server.emit('request', req, res);
  });
  if (limits.connectionsPerAddress) limitConnectionsPerAddress(server, limits.connectionsPerAddress);
  return server;
}
