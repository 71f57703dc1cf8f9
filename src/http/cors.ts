import type { RequestHandler } from 'express';

/** CORS is off unless origins are configured (CORS_ORIGINS); then only those origins are allowed. */
export function cors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin === undefined || (!allowed.has(origin) && !allowed.has('*'))) return next();
    res.set('Access-Control-Allow-Origin', allowed.has('*') ? '*' : origin);
    res.vary('Origin');
    res.set('Access-Control-Expose-Headers', 'ETag, Location, Link, X-Request-Id, Retry-After, Idempotent-Replayed');
    if (req.method === 'OPTIONS' && req.get('access-control-request-method')) {
      res.set('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
      res.set('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-Match, Idempotency-Key, X-Request-Id');
      res.set('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
