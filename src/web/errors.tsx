import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { FieldError } from '../errors';
import type { ProblemInOtherForm } from '../http/problem';
import { isApiPath } from '../http/securityHeaders';
import { ErrorPage } from './components/errorPage';
import { sendPage } from './render';

/** Whether a request is a browser's asking for a page (API clients ask for JSON, or anything, and get problem+json). */
export function wantsHtml(req: Request): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && prefersHtml(req);
}

/** Whether a request, whatever its method, is a browser's outside the API (a form posted to a page that takes none). */
function prefersHtml(req: Request): boolean {
  return !isApiPath(req.path) && req.accepts(['application/json', 'application/problem+json', 'text/html']) === 'text/html';
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

/**
 * Errors met by the pages' own routes are answered as pages whatever the request's Accept (a link followed by any
 * client is a page's); marked here, answered by the one error handler (src/http/problem.ts) through `htmlProblem`.
 */
export const markPageErrors: ErrorRequestHandler = (err, _req, res, next) => {
  res.locals.pageError = true;
  next(err);
};

/**
 * Every error a page can meet, as a page with its status, a title and a way back: those of the pages' routes, and
 * those a browser asking for a page outside the API meets before them (a rate limit, a body that cannot be read).
 * The API (under /v1) keeps problem+json, as do clients that ask for JSON anywhere but a page's route.
 */
export const htmlProblem: ProblemInOtherForm = (req, res, problem) => {
  if (isApiPath(req.path) || !(res.locals.pageError === true || wantsHtml(req))) return false;
  res.set(problem.headers);
  const reference = problem.status >= 500 ? (res.locals.requestId as string | undefined) : undefined;
  sendPage(
    res,
    <ErrorPage
      status={problem.status}
      message={problem.detail}
      errors={problem.errors}
      reference={reference}
      withoutQuery={problem.status === 400 ? pathWithoutQuery(req) : undefined}
    />,
    problem.status,
  );
  return true;
};

/**
 * A page refused for its query string (a hand-edited sort, an as_recorded that is no instant) is still a page: the
 * way on is the same path without the query, rather than only the search. Only a path of this site (never
 * '//host' or '/\\host', which a browser reads as another site), and only when a query was given.
 */
function pathWithoutQuery(req: Request): string | undefined {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.originalUrl.includes('?')) return undefined;
  const path = req.originalUrl.slice(0, req.originalUrl.indexOf('?'));
  return /^\/(?![/\\])[^?#]*$/.test(path) ? path : undefined;
}

/** The not-found page for paths no route serves, for browsers; API clients fall through to problem+json. */
export const htmlNotFound: RequestHandler = (req, res, next) => {
  if (!wantsHtml(req)) return next();
  sendPage(res, <ErrorPage status={404} message={`There is no page at ${req.path}.`} />, 404);
};
