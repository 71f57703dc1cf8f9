import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Helmet's headers, with a strict Content-Security-Policy (no inline script), as the header list one helmet call
 * sets: they are the same for every request, so helmet runs once at start-up and each request gets the list in
 * one step instead of a dozen middleware. HSTS and `upgrade-insecure-requests` are sent only on requests that
 * came over HTTPS (`req.secure`, which honours a trusted proxy's X-Forwarded-Proto): on a plain-HTTP private
 * deployment they would make browsers refuse the site or its assets.
 */
export function securityHeaders(): RequestHandler {
  const headers = helmetHeaders();
  const csp = headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1] ?? '';
  return (req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    if (req.secure) {
      res.setHeader('Strict-Transport-Security', HSTS);
      res.setHeader('Content-Security-Policy', `${csp};upgrade-insecure-requests`);
    }
    next();
  };
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
