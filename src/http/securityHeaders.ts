import type { RequestHandler } from 'express';
import helmet from 'helmet';

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Helmet's headers with a strict Content-Security-Policy (no inline script). HSTS and `upgrade-insecure-requests`
 * are sent only on requests that came over HTTPS (`req.secure`, which honours a trusted proxy's
 * X-Forwarded-Proto): on a plain-HTTP private deployment they would make browsers refuse the site or its assets.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      strictTransportSecurity: false,
      contentSecurityPolicy: {
        directives: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], upgradeInsecureRequests: null },
      },
    }),
    (req, res, next) => {
      if (req.secure) {
        res.set('Strict-Transport-Security', HSTS);
        res.set('Content-Security-Policy', `${res.get('Content-Security-Policy')};upgrade-insecure-requests`);
      }
      next();
    },
  ];
}
