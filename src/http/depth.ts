import type { RequestHandler } from 'express';
import { BadRequestError } from './errors';

/** Deeper than any schema allows; recursive code (validation, hashing, JSON.stringify) is safe below it. */
export const MAX_BODY_DEPTH = 32;

/** Whether a parsed JSON value nests arrays/objects deeper than `limit`, checked without recursion. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Refuses bodies nested deeper than the limit before anything walks them. */
export function limitNesting(limit = MAX_BODY_DEPTH): RequestHandler {
  return (req, _res, next) => {
    if (req.body !== undefined && nestedDeeperThan(req.body, limit)) {
      throw new BadRequestError(`The request body is nested deeper than ${limit} levels.`, [{ field: 'body', message: `is nested deeper than ${limit} levels` }]);
    }
    next();
  };
}
