import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { FieldError } from '../errors';
import { HttpError } from '../http/errors';
import { asHttpError } from '../http/problem';
import { ErrorPage } from './components/errorPage';
import { sendPage } from './render';

/** Whether a request is a browser's asking for a page (API clients ask for JSON, or anything, and get problem+json). */
export function wantsHtml(req: Request): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && prefersHtml(req);
}

/** Whether a request, whatever its method, is a browser's outside the API (a form posted to a page that takes none). */
function prefersHtml(req: Request): boolean {
  return (
    !req.path.startsWith('/v1/') &&
    req.path !== '/v1' &&
    req.accepts(['application/json', 'application/problem+json', 'text/html']) === 'text/html'
  );
}

/** A method the page does not take, for browsers, as a page (Allow is set already); API clients get problem+json. */
export const htmlMethodNotAllowed = (req: Request, res: Response, allowed: string[]): boolean => {
  if (!prefersHtml(req)) return false;
  sendPage(res, <ErrorPage status={405} message={`This page does not take ${req.method} requests (only ${allowed.join(', ')}).`} />, 405);
  return true;
};

/** A path that cannot be read (src/http/requestPath.ts), for browsers, as a page; API clients get problem+json. */
export const htmlUnreadablePath = (req: Request, res: Response, error: FieldError): boolean => {
  if (!prefersHtml(req)) return false;
  sendPage(res, <ErrorPage status={400} message={`The address could not be read: it ${error.message}.`} errors={[error]} />, 400);
  return true;
};

/** A page the ledger could not answer in time (src/http/readTimeout.ts), for browsers, as a page; API clients get problem+json. */
export const htmlTimedOut = (req: Request, res: Response, message: string, errors: FieldError[]): boolean => {
  if (!wantsHtml(req)) return false;
  sendPage(res, <ErrorPage status={503} message={message} errors={errors} />, 503);
  return true;
};

/** Errors of the pages as HTML pages with their status; anything else goes on to the problem+json handler (and its log). */
export const htmlErrorHandler: ErrorRequestHandler = (rawErr, req, res, next) => {
  const err = asHttpError(rawErr);
  if (res.headersSent) return next(rawErr);
  if (err instanceof HttpError) {
    res.set(err.headers);
    return sendPage(res, <ErrorPage status={err.status} message={err.message} errors={err.errors} />, err.status);
  }
  // Express's own client errors carry a 4xx status (a path that is not valid percent-encoding is refused before
  // any route, by refuseUnreadablePaths).
  const status = (err as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return sendPage(res, <ErrorPage status={status} message="The request could not be read." />, status);
  }
  next(rawErr);
};

/** The not-found page for paths no route serves, for browsers; API clients fall through to problem+json. */
export const htmlNotFound: RequestHandler = (req, res, next) => {
  if (!wantsHtml(req)) return next();
  sendPage(res, <ErrorPage status={404} message={`There is no page at ${req.path}.`} />, 404);
};
