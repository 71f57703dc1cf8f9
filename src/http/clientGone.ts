import type { Response } from 'express';

/**
 * A signal aborted when the response closes: its client left before the answer (closed the connection, a browser's
 * page reloaded or its tab closed), or it was answered otherwise (a watchdog's 503). Work done only for this answer
 * (the extractor's reading of a text: src/extract/pool.ts) is dropped then, rather than done for nobody while others
 * wait behind it. One per response, however many ask.
 */
export function clientGone(res: Response): AbortSignal {
  const held = res.locals.clientGone as AbortSignal | undefined;
  if (held) return held;
  const gone = new AbortController();
  if (res.closed || res.destroyed) gone.abort();
  else res.once('close', () => gone.abort());
  res.locals.clientGone = gone.signal;
  return gone.signal;
}
