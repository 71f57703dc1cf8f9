import corsMiddleware from 'cors';
import type { RequestHandler } from 'express';

/**
 * CORS is off unless origins are configured (CORS_ORIGINS); then only those origins (or any, with `*`) may
 * call the API from a browser. Requests from other origins pass through untouched: no CORS headers.
 */
export function cors(origins: readonly string[]): RequestHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  const handler = corsMiddleware({
    origin: (origin, callback) => callback(null, origin !== undefined && (any || allowed.has(origin)) ? (any ? '*' : origin) : false),
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Request-Id'],
    exposedHeaders: ['ETag', 'Location', 'Link', 'X-Request-Id', 'Retry-After', 'Idempotent-Replayed'],
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    // The answer depends on the Origin header, so caches must keep one per origin, refusals included.
    if (!any) res.vary('Origin');
    handler(req, res, next);
  };
}
