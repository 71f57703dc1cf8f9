import http from 'node:http';
import { answerBeforeExpress } from './problem';

export interface ConnectionLimits {
  /** A request's line and headers not all received this many ms after the connection opened (or its last request) is a 408. */
  headersTimeoutMs: number;
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
 * - Requests Node's parser refuses (malformed, headers too large, too slow) are answered with a problem
 *   (answerBeforeExpress).
 */
export function createLedgerServer(app: http.RequestListener, limits: ConnectionLimits): http.Server {
  const server = http.createServer(
    {
      requestTimeout: 0,
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(5000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    app,
  );
  answerBeforeExpress(server);
  return server;
}
