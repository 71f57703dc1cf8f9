import type { Request, RequestHandler, Response } from 'express';

/** Told when a response has finished: how long it took from its request's arrival, in nanoseconds. */
export type FinishedResponse = (req: Request, res: Response, nanoseconds: bigint) => void;

/**
 * Reads the clock when a request arrives and tells each of `observers`, in order, when its response finishes: one
 * clock read and one `finish` listener per response, however many watch it (the metrics, the request log).
 */
export function observeFinishedResponses(...observers: FinishedResponse[]): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const took = process.hrtime.bigint() - started;
      for (const observe of observers) observe(req, res, took);
    });
    next();
  };
}
