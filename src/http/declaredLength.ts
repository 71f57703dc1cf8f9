import type { RequestHandler } from 'express';
import { sendProblem } from './problem';

/**
 * A body the API reads whole (JSON) whose declared Content-Length is over `limit` is a 413 at once, before
 * a byte of it is read, and its connection closed after the answer. The body parser refused it only once it had read
 * (and dropped) the whole body, so a client declaring 50 MB sent them all first, or was a 408 after BODY_TIMEOUT_MS; and
 * one that asked first (`Expect: 100-continue`) was told to go on. Only a body without Content-Encoding: a compressed
 * body's length says nothing of what it decodes to, and is counted by the parser as it decodes. Imports (`exempt`)
 * have their own limit, counted after decompression as the body is spooled; the workspace's forms (`exempt` too) are
 * refused by a page of their own.
 */
export function refuseDeclaredOverLimit(limit: number, exempt: (path: string) => boolean): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (!(declared > limit) || (encoding !== 'identity' && encoding !== '') || exempt(req.path)) return next();
    res.locals.timedOut = true; // answered: the parser's own error, when the connection closes, is not answered again
    res.once('finish', () => req.socket.destroySoon());
    sendProblem(
      res,
      413,
      `The request body is larger than ${limit} bytes.`,
      [{ field: 'body', message: `must be at most ${limit} bytes` }],
      {
        Connection: 'close',
      },
    );
  };
}
