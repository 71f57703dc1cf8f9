import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Middleware run one after another as one layer of express's router, as the router runs layers mounted with
 * `app.use(handler)`: `next()` (or `next('route')`) goes on to the following one, `next(err)` (or
 * `next('router')`) leaves the group with it, and a handler that throws or whose promise rejects passes on its
 * error. What it spares every request is the router's work per layer (the path read again, a match, a closure),
 * for middleware that every request walks anyway.
 */
export function inOrder(...handlers: RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, done: NextFunction) => {
    let at = 0;
    const next = (err?: unknown): void => {
      if (err && err !== 'route') return done(err);
      const handler = handlers[at++];
      if (handler === undefined) return done();
      try {
        const returned = handler(req, res, next) as unknown;
        if (returned !== null && typeof returned === 'object' && typeof (returned as Promise<unknown>).then === 'function') {
          (returned as Promise<unknown>).then(undefined, (error: unknown) => next(error || new Error('Rejected promise')));
        }
      } catch (error) {
        next(error);
      }
    };
    next();
  };
}
