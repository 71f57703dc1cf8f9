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
 * The headers that protect the API's answers, which are never a document a browser renders, after the OWASP REST
 * Security Cheat Sheet's "Security Headers": `X-Content-Type-Options: nosniff` (never sniffed as HTML), a CSP that
 * allows nothing and no framing, `X-Frame-Options: DENY` for browsers without `frame-ancestors`, and, as the sheet
 * advises for defence in depth and as pages have them, `Referrer-Policy: no-referrer` and helmet's
 * `Cross-Origin-Resource-Policy` (no other site may load them as a subresource). Content-Type comes with each answer;
 * Cache-Control is each route's (`no-store` on exports, new keys and probes); HSTS as on pages, over HTTPS only.
 */
const API_KEEPS_FROM_PAGES = new Set(['cross-origin-resource-policy', 'referrer-policy', 'x-content-type-options']);
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Security headers by the kind of response, decided by the path's prefix (the same rule that mounts the API and
 * decides where errors are pages): pages, the web interface's assets and everything outside `/v1` get helmet's
 * headers with a strict Content-Security-Policy (no inline script); the API gets only those that mean something to a
 * response that is not a document (`isApiPath`, API_KEEPS_FROM_PAGES): helmet's X-DNS-Prefetch-Control,
 * X-Download-Options, X-Permitted-Cross-Domain-Policies, X-XSS-Protection, Origin-Agent-Cluster and
 * Cross-Origin-Opener-Policy and the page's long policy are for documents, and node writes and checks every header
 * of every answer. Both lists are computed once at start-up; a request gets its list in one step, before any route
 * or refusal (a 400 path, a 429, a 401, a slow read's 503), so a refusal carries its path's headers too. HSTS and
 * `upgrade-insecure-requests` are sent only on requests that came over HTTPS (`req.secure`, which honours a trusted
 * proxy's X-Forwarded-Proto): on a plain-HTTP private deployment they would make browsers refuse the site or its
 * assets.
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
