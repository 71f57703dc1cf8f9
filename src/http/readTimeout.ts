import type { Request, RequestHandler, Response } from 'express';
import type { FieldError } from '../errors';
import { sendProblem } from './problem';

/** Answers a timed-out read in another form when it is the right one (a browser's page: HTML); false leaves it to problem+json. */
export type TimedOutAnswer = (req: Request, res: Response, message: string, errors: FieldError[]) => boolean;

/**
 * A read (GET or HEAD) that has not started its answer after `timeoutMs` is answered 503 with Retry-After: the
 * database stopped answering (a frozen server does not even refuse connections) or is overloaded. Statements
 * have their own, shorter time limit; this covers what that cannot see, such as a connection whose server froze.
 * The connection is closed after the answer, so the handler's late result goes nowhere. Writes are left to
 * finish (an answer before their transaction ends would not tell whether it was saved), and long work
 * (exports) is bounded by its slots and by the stall watchdog (src/http/stall.ts), which also gives up on an export
 * the database stopped feeding. A browser asking for a page gets a page (`inOtherForm`).
 *
 * A read's timer is cleared by one `close` listener (a response closes once, after it finished or when its client
 * left). A sweep of the open reads from one interval would spare even these, but answers up to its period late,
 * after the pool's own time limits when they are the same length (tests/http/database-stall.test.ts).
 */
export function answerSlowReads(timeoutMs: number, inOtherForm?: TimedOutAnswer): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let timer: NodeJS.Timeout;
    const arm = () => {
      timer = setTimeout(() => {
        if (res.headersSent || res.locals.longWork) return;
        // A read waiting for the extractor (a review's first reading of its text) is bounded by the extractor's own wait
        // and time limits (src/extract/pool.ts), each answered in words: it had been cut here at 8 s as "the database is
        // slow or not answering", of a text queued behind others or read on a busy machine. Its clock starts again, and
        // again when the extraction ends (restartReadClock): what the page reads and renders after it has the whole limit.
        if (res.locals.extracting) return arm();
        res.locals.timedOut = true;
        const { message, errors, headers } = databaseNotAnswering(timeoutMs);
        res.set(headers);
        if (inOtherForm?.(req, res, message, errors)) return;
        sendProblem(res, 503, message, errors);
      }, timeoutMs);
      timer.unref();
    };
    arm();
    // (a read that waited for the extractor has the whole time limit again for what it reads and renders after it)
    res.locals.restartReadClock = () => {
      clearTimeout(timer);
      if (!res.headersSent && !res.locals.timedOut) arm();
    };
    res.on('close', () => clearTimeout(timer));
    next();
  };
}

/** The answer to a read the database left without an answer for `timeoutMs` (here, and mid-export: src/http/stall.ts). */
export function databaseNotAnswering(timeoutMs: number): { message: string; errors: FieldError[]; headers: Record<string, string> } {
  return {
    message: `The ledger could not answer within ${Math.round(timeoutMs / 1000)} s: the database is slow or not answering. Retry shortly.`,
    errors: [{ field: 'database', message: 'did not answer in time' }],
    headers: { 'Retry-After': '5', Connection: 'close' },
  };
}
