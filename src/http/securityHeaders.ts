import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

type HeaderList = readonly (readonly [name: string, value: string])[];

/** The headers of one kind of response: over plain HTTP, and over HTTPS (`req.secure`). */
interface HeadersOfKind {
  plain: HeaderList;
  secure: HeaderList;
}

const HSTS: readonly [string, string] = ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'];

/** The JSON API's paths, as express routes them (case aside): `/v1` and everything under it. */
const API_PATH = /^\/v1(?:\/|$)/i;

/**
 * Whether a path is the API's: its answers are JSON, CSV, NDJSON or problem+json, never a page, whatever the request's
 * Accept (src/web/errors.tsx answers a browser with a page only outside it), and they carry the API's headers.
 */
export const isApiPath = (path: string): boolean => API_PATH.test(path);

/**
 * What of helmet's headers the API keeps as they are, after the OWASP REST Security Cheat Sheet's "Security Headers":
 * `X-Content-Type-Options: nosniff` (an answer is never sniffed as HTML), and of its defence-in-depth list
 * `Referrer-Policy: no-referrer`; `Cross-Origin-Resource-Policy` too (no other site loads an answer as a
 * subresource). Its CSP allows nothing and no framing, and `X-Frame-Options: DENY` says the same to browsers without
 * `frame-ancestors`. Content-Type comes with each answer; Cache-Control is each route's (`no-store` on exports, new
 * keys and probes).
 */
const API_KEEPS_FROM_PAGES = new Set(['cross-origin-resource-policy', 'referrer-policy', 'x-content-type-options']);
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Security headers by the kind of answer, decided by the path (`isApiPath`, which also decides where errors are pages
 * and which writes must be JSON): outside `/v1` (pages, their assets, /docs, the probes) helmet's headers for a
 * document, with a strict Content-Security-Policy (no inline script); under it only those that mean something to an
 * answer that is not a document (above): helmet's X-DNS-Prefetch-Control, X-Download-Options,
 * X-Permitted-Cross-Domain-Policies, X-XSS-Protection, Origin-Agent-Cluster and Cross-Origin-Opener-Policy and the
 * page's long policy are read by documents only, and node writes and checks every header of every answer. Both lists
 * are computed once at start-up. They are set by one middleware before any route, not by a router mounted at `/v1`,
 * so that the refusals answered before routing (a path that cannot be read, a rate limit, a key, a slow read's 503)
 * carry their path's headers too. HSTS and `upgrade-insecure-requests` are sent only on requests that came over HTTPS
 * (`req.secure`, which honours a trusted proxy's X-Forwarded-Proto): on a plain-HTTP private deployment they would
 * make browsers refuse the site or its assets.
 */
export function securityHeaders(): RequestHandler {
  const { page, api } = headersByKind();
  return (req, res, next) => {
    const kind = isApiPath(req.path) ? api : page;
    for (const [name, value] of req.secure ? kind.secure : kind.plain) res.setHeader(name, value);
    next();
  };
}

/** The page's and the API's header lists, from helmet's (read once). */
function headersByKind(): { page: HeadersOfKind; api: HeadersOfKind } {
  const helmets = helmetHeaders();
  const isCsp = (name: string) => name.toLowerCase() === 'content-security-policy';
  const pageCsp = helmets.find(([name]) => isCsp(name))?.[1] ?? '';
  const page: HeaderList = helmets;
  const pageSecure: HeaderList = [
    ...helmets.map(([name, value]): [string, string] => [name, isCsp(name) ? `${pageCsp};upgrade-insecure-requests` : value]),
    HSTS,
  ];
  const api: HeaderList = helmets.flatMap(([name, value]): [string, string][] => {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy') return [[name, API_CSP]];
    if (lower === 'x-frame-options') return [[name, 'DENY']];
    return API_KEEPS_FROM_PAGES.has(lower) ? [[name, value]] : [];
  });
  return { page: { plain: page, secure: pageSecure }, api: { plain: api, secure: [...api, HSTS] } };
}

/** The headers helmet sets, read from one call on a response that records them. */
function helmetHeaders(): [string, string][] {
  const set = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string | number) => set.set(name, String(value)),
    removeHeader: (name: string) => set.delete(name),
  };
  let called = false;
  helmet({
    strictTransportSecurity: false,
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], upgradeInsecureRequests: null },
    },
  })({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
    called = true;
  });
  if (!called) throw new Error('helmet did not finish synchronously: its headers cannot be computed once');
  return [...set];
}
