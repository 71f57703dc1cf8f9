import type { RequestHandler } from 'express';
import { sendProblem } from './problem';

/**
 * A read (GET or HEAD) that has not started its answer after `timeoutMs` is answered 503 with Retry-After: the
 * database stopped answering (a frozen server does not even refuse connections) or is overloaded. Statements
 * have their own, shorter time limit; this covers what that cannot see, such as a connection whose server froze.
 * The connection is closed after the answer, so the handler's late result goes nowhere. Writes are left to
 * finish (an answer before their transaction ends would not tell whether it was saved), and long work
 * (exports) is bounded by its slots and by the stall watchdog.
 */
export function answerSlowReads(timeoutMs: number): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const timer = setTimeout(() => {
      if (res.headersSent || res.locals.longWork) return;
      res.locals.timedOut = true;
      sendProblem(
        res,
        503,
        `The ledger could not answer within ${Math.round(timeoutMs / 1000)} s: the database is slow or not answering. Retry shortly.`,
        [{ field: 'database', message: 'did not answer in time' }],
        { 'Retry-After': '5', Connection: 'close' },
      );
    }, timeoutMs);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    res.once('finish', () => clearTimeout(timer));
    next();
  };
}
