import type { Request, Response } from 'express';

/** The link to the page after this one (also set as a Link header), null on the last page. */
export function nextLink(req: Request, res: Response, nextCursor: string | null): string | null {
  if (!nextCursor) return null;
  const url = new URL(req.originalUrl, 'http://x');
  url.searchParams.set('cursor', nextCursor);
  const next = url.pathname + url.search;
  res.set('Link', `<${next}>; rel="next"`);
  return next;
}

/** A page of results: `data`, the `next` link (also in a Link header), null on the last page. */
export function sendPage<T>(req: Request, res: Response, data: T[], nextCursor: string | null, extra: object = {}): void {
  res.json({ data, next: nextLink(req, res, nextCursor), ...extra });
}
