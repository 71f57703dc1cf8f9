import type { Socket } from 'node:net';
import type { RequestHandler, Response } from 'express';
import { sendProblem } from './problem';
import { databaseNotAnswering } from './readTimeout';

/** Which side stopped: the client, which takes nothing of what waits for it, or the ledger, which writes nothing more. */
export type Stalled = 'reader' | 'ledger';

/**
 * Asked of a response's producer before it is taken for stalled: whether its database is at work on it (answering
 * within `withinMs`). An export sets it on `res.locals.stillWorking` (src/export/router.ts).
 */
export type StillWorking = (withinMs: number) => Promise<boolean>;

/** The longest a producer is given to say it is at work. */
const ASK_WITHIN_MS = 5000;

interface Watched {
  res: Response;
  socket: Socket;
  /** A read (GET, HEAD): the only requests whose answer may be given up on when the ledger stops writing it. */
  read: boolean;
  /** Bytes the socket had handed to the operating system at the last check. */
  flushed: number;
  /** Bytes the ledger had written into the response at the last check. */
  produced: number;
  /** When the reader last took anything (or had nothing waiting for it). */
  movedAt: number;
  /** When the ledger last wrote anything (or was not yet to be timed: still waiting for its turn or for its first answer). */
  producedAt: number;
  /** Whether its producer is being asked if it is at work (stillWorking), now. */
  asking: boolean;
}

/**
 * Cuts responses that stop moving, whichever side stops them, so that neither holds a connection of the pool, an
 * export slot and a socket for ever:
 *
 * - the reader: a client that requests a large export and never reads it. Once bytes have waited in the socket for
 *   `timeoutMs` without any of them leaving, the connection is destroyed, which ends the query and frees the
 *   connection. A slow reader that keeps taking bytes is left alone.
 * - the ledger: an export whose database stopped answering mid-way (frozen, or cut off by the network without a reset:
 *   exports run without the statement time limit, and a silent connection never fails by itself). Once a read that
 *   has begun (its export slot taken, or its answer started) has had nothing new to send for `timeoutMs`, it is
 *   answered 503 with Retry-After if nothing was sent yet, else its connection is destroyed mid-body, so that the
 *   client sees a cut transfer (no closing chunk), never a CSV that looks complete. Unless its producer, asked
 *   (`res.locals.stillWorking`), says its database is at work on it: a sort over millions of claims before the first
 *   row, a lock waited for; it is asked again each `timeoutMs` it stays silent. A frozen database cannot say so. Reads
 *   before they begin are answerSlowReads' (src/http/readTimeout.ts); writes are left to finish, as there.
 *
 * One timer watches every open response, and drops those that have closed (no listener per response).
 */
export function cutStalledResponses(timeoutMs: number, onCut: (res: Response, stalled: Stalled) => void = () => undefined): RequestHandler {
  const watched = new Set<Watched>();
  let timer: NodeJS.Timeout | null = null;
  const cut = (w: Watched, stalled: Stalled) => {
    watched.delete(w);
    onCut(w.res, stalled);
    if (stalled === 'ledger' && !w.res.headersSent) {
      const { message, errors, headers } = databaseNotAnswering(timeoutMs);
      w.res.locals.timedOut = true; // the handler's late error, when its streams are torn down, is not answered again
      w.res.once('finish', () => w.socket.destroy());
      sendProblem(w.res, 503, message, errors, headers);
      return;
    }
    w.res.destroy();
    w.socket.destroy();
  };
  const ask = (w: Watched) => {
    const stillWorking = w.res.locals.stillWorking as StillWorking | undefined;
    if (!stillWorking) return cut(w, 'ledger');
    w.asking = true;
    void stillWorking(Math.min(timeoutMs, ASK_WITHIN_MS))
      .catch(() => false)
      .then((atWork) => {
        w.asking = false;
        if (!watched.has(w)) return;
        if (atWork) w.producedAt = Date.now();
        else cut(w, 'ledger');
      });
  };
  const tick = () => {
    const now = Date.now();
    for (const w of watched) {
      if (w.res.closed) {
        watched.delete(w); // finished or abandoned: nothing left to watch
        continue;
      }
      const waiting = w.socket.writableLength + w.res.writableLength;
      const flushed = w.socket.bytesWritten - w.socket.writableLength;
      const produced = w.socket.bytesWritten + w.res.writableLength;
      if (waiting === 0 || flushed !== w.flushed) {
        w.flushed = flushed;
        w.movedAt = now;
      } else if (now - w.movedAt >= timeoutMs) {
        cut(w, 'reader');
        continue;
      }
      const begun = w.res.headersSent || w.res.locals.longWork === true;
      if (produced !== w.produced || waiting > 0 || !begun || !w.read || w.res.writableEnded) {
        w.produced = produced;
        w.producedAt = now;
      } else if (now - w.producedAt >= timeoutMs && !w.asking) ask(w);
    }
    if (watched.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
  return (req, res, next) => {
    const socket = req.socket;
    const now = Date.now();
    const w: Watched = {
      res,
      socket,
      read: req.method === 'GET' || req.method === 'HEAD',
      flushed: socket.bytesWritten - socket.writableLength,
      produced: socket.bytesWritten + res.writableLength,
      movedAt: now,
      producedAt: now,
      asking: false,
    };
    watched.add(w);
    if (!timer) {
      timer = setInterval(tick, Math.max(50, Math.min(1000, Math.floor(timeoutMs / 4))));
      timer.unref();
    }
    next();
  };
}
