import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler } from 'express';
import { BadRequestError, HttpError } from './errors';
import { silentChangeIn } from '../jsonText';

/** The content types read as JSON bodies (the parser's and the charset check's). */
export const JSON_TYPES = ['application/json', 'application/*+json'];

/**
 * A JSON body declared in another charset than UTF-8 (`charset=latin1`, `utf-16`) is a 415 naming the header,
 * before it is read: the parser would refuse some (a bare 415 on `body`) and decode others (UTF-16) as given.
 */
/** The charset a request's Content-Type declares, as written, or undefined when it declares none. */
export function declaredCharset(req: Request): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(req.get('content-type') ?? '')?.[1];
}

export function requireUtf8Charset(): RequestHandler {
  return (req, _res, next) => {
    const charset = declaredCharset(req);
    if (charset !== undefined && !/^utf-8$/i.test(charset) && req.is(JSON_TYPES)) {
      throw new HttpError(
        415,
        'Unsupported Media Type',
        'JSON bodies must be UTF-8: send Content-Type: application/json (charset=utf-8, or none).',
        [{ field: 'Content-Type', message: `charset ${charset.slice(0, 40)} is not supported: must be utf-8` }],
      );
    }
    next();
  };
}

/**
 * The JSON body parser's `verify`, before the body is decoded: bytes that are not UTF-8 are refused (400) rather
 * than stored with replacement characters ("Gar\uFFFDon"; the import refuses the same bytes line by line), and so
 * is what parsing would silently change (1e400, 1e-400, a key given twice: `silentChangeIn`).
 */
export function verifyJsonBody(_req: IncomingMessage, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) {
    throw new BadRequestError('The request body is not valid UTF-8: send JSON encoded as UTF-8.', [
      { field: 'body', message: 'is not valid UTF-8' },
    ]);
  }
  const changed = silentChangeIn(body.toString('utf8'));
  if (changed) throw new BadRequestError(`The request body cannot be read as sent: ${changed.field} ${changed.message}.`, [changed]);
}
