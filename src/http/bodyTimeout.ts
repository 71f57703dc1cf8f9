import type { Request, RequestHandler, Response } from 'express';
import { sendsBody } from './params';
import { sendProblem } from './problem';

/**
 * A request body the ledger reads whole before it acts (JSON, the workspace's forms) must arrive within
 * `timeoutMs`: one sent a byte at a time would otherwise hold its socket and a parser for as long as the client
 * likes. Past it the request is answered 408 and its connection closed. Imports stream their bodies to a file holding
 * no database connection, and may take as long as the body keeps coming (a large file over a slow link): theirs
 * (`exempt`) is a 408 only once nothing of it has arrived for `stallMs`. Node's own limit on a whole request is off
 * (src/http/server.ts): these are the body's limits.
 */
export function limitBodyTime(timeoutMs: number, exempt: (path: string) => boolean, stallMs: number): RequestHandler {
  return (req, res, next) => {
    if (!sendsBody(req) || req.readableEnded) return next();
    const streamed = exempt(req.path);
    const limit = streamed ? stallMs : timeoutMs;
    let seen = req.socket.bytesRead;
    let movedAt = Date.now();
    const timer = setInterval(
      () => {
        if (req.complete || req.readableEnded || res.headersSent) return done();
        if (streamed && (req.socket.bytesRead !== seen || waitingForTheLedger(req))) {
          seen = req.socket.bytesRead;
          movedAt = Date.now();
        } else if (Date.now() - movedAt >= limit) {
          done();
          timeOut(res, streamed, limit);
        }
      },
      Math.max(25, Math.min(1000, Math.floor(limit / 8))),
    );
    timer.unref();
    const done = () => clearInterval(timer);
    req.once('end', done);
    req.once('close', done);
    res.once('close', done);
    next();
  };
}

/** Body bytes received and not yet taken by the ledger (or held back by it): the client is not the one waiting. */
function waitingForTheLedger(req: Request): boolean {
  return req.readableLength > 0 || req.isPaused();
}

function timeOut(res: Response, streamed: boolean, limitMs: number): void {
  res.locals.timedOut = true; // the parser's own error, when the connection closes, is not answered again
  res.once('finish', () => res.req.socket.destroy());
  sendProblem(
    res,
    408,
    streamed
      ? `Nothing of the request body arrived for ${Math.round(limitMs / 1000)} s.`
      : `The request body did not arrive within ${Math.round(limitMs / 1000)} s.`,
    [{ field: 'body', message: streamed ? `stopped arriving for ${limitMs} ms` : `was not received within ${limitMs} ms` }],
    { Connection: 'close' },
  );
}
