import type { Request, RequestHandler, Response } from 'express';
import type { FieldError } from '../errors';
import { sendProblem } from './problem';
import { NOT_UTF8 } from './queryString';

/** C0 controls and DEL: no id, code, slug or name in a path has them; NUL cannot even be stored in PostgreSQL text. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole point
const isControl = (text: string): boolean => /[\x00-\x1f\x7f]/.test(text);
const CONTROL = 'must not contain control characters such as %00';

/**
 * Why a request path cannot be read, or null: a segment whose percent-escapes are not UTF-8 (`%FF`, `%E0%A4%A`), or
 * one that decodes to a control character (`%00`). Each segment is decoded as a route parameter would be.
 */
export function unreadablePath(path: string): FieldError | null {
  // Without a percent-escape, every segment decodes to itself: only a raw control character can be wrong.
  if (!path.includes('%')) return isControl(path) ? { field: 'path', message: CONTROL } : null;
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { field: 'path', message: NOT_UTF8 };
    }
    if (isControl(decoded)) return { field: 'path', message: CONTROL };
  }
  return null;
}

/** How a refused path is answered to a browser (a page); returns false to leave it to the problem+json answer. */
export type PathRefusal = (req: Request, res: Response, error: FieldError) => boolean;

/**
 * Refuses every request whose path cannot be read, before any route sees it: 400 naming `path`, the same on every
 * path (the API's, the pages', and paths no route serves), instead of a NUL reaching PostgreSQL as a route parameter
 * (a 400 naming no field), or an error that named the body.
 */
export function refuseUnreadablePaths(page?: PathRefusal): RequestHandler {
  return (req, res, next) => {
    const error = unreadablePath(req.path);
    if (error === null) return next();
    if (page?.(req, res, error)) return;
    sendProblem(res, 400, `The request's path ${error.message}.`, [error]);
  };
}
