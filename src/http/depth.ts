import type { RequestHandler } from 'express';
import { MAX_BODY_DEPTH, nestedDeeperThan } from '../validate';
import { BadRequestError } from './errors';

/** Refuses bodies nested deeper than the limit before anything walks them. */
export function limitNesting(limit = MAX_BODY_DEPTH): RequestHandler {
  return (req, _res, next) => {
    if (req.body !== undefined && nestedDeeperThan(req.body, limit)) {
      throw new BadRequestError(`The request body is nested deeper than ${limit} levels.`, [
        { field: 'body', message: `is nested deeper than ${limit} levels` },
      ]);
    }
    next();
  };
}
