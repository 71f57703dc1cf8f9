import type { RequestHandler } from 'express';
import { MAX_BODY_DEPTH, nestedDeeperThan } from '../validate';
import { BadRequestError } from './errors';

/**
 * Every JSON body the API takes is an object. The parser reads any JSON value (strict: false), so that `null`,
 * `42`, `"x"` or `[]` are answered as what they are, well-formed JSON of the wrong shape, not as "not valid JSON".
 */
export function requireJsonObject(): RequestHandler {
  return (req, _res, next) => {
    const body: unknown = req.body;
    if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
      throw new BadRequestError('The request body must be a JSON object.', [{ field: 'body', message: 'must be a JSON object' }]);
    }
    next();
  };
}

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
