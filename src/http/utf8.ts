import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import { BadRequestError } from './errors';

/**
 * A body parser's `verify`: bytes that are not UTF-8 are refused (400) before they are decoded, rather than
 * stored with replacement characters ("Gar\uFFFDon"); the import refuses the same bytes line by line.
 */
export function requireUtf8(_req: IncomingMessage, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) {
    throw new BadRequestError('The request body is not valid UTF-8: send JSON encoded as UTF-8.', [
      { field: 'body', message: 'is not valid UTF-8' },
    ]);
  }
}
