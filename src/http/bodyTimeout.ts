import type { RequestHandler } from 'express';
import { sendProblem } from './problem';

/**
 * A request body the ledger reads whole before it acts (JSON, the workspace's forms) must arrive within
 * `timeoutMs`: one sent a byte at a time would otherwise hold its socket and a parser for as long as Node's own
 * request timeout (300 s). Past it the request is answered 408 and its connection closed. Imports stream their
 * bodies to a file holding no database connection, and are left to their own limits (`exempt`).
 */
export function limitBodyTime(timeoutMs: number, exempt: (path: string) => boolean): RequestHandler {
  return (req, res, next) => {
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
    if (!hasBody || req.readableEnded || exempt(req.path)) return next();
    const timer = setTimeout(() => {
      if (req.readableEnded || res.headersSent) return;
      res.locals.timedOut = true; // the parser's own error, when the connection closes, is not answered again
      res.once('finish', () => req.socket.destroy());
      sendProblem(
        res,
        408,
        `The request body did not arrive within ${Math.round(timeoutMs / 1000)} s.`,
        [{ field: 'body', message: `was not received within ${timeoutMs} ms` }],
        { Connection: 'close' },
      );
    }, timeoutMs);
    timer.unref();
    const done = () => clearTimeout(timer);
    req.once('end', done);
    req.once('close', done);
    res.once('close', done);
    next();
  };
}
