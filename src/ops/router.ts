import type { IRouter } from 'express';
import type { Db } from '../db/knex';
import type { Auth } from '../http/auth';
import { HttpError } from '../http/errors';
import type { Metrics } from './metrics';
import { checkReadiness } from './readiness';

/**
 * For load balancers and monitoring: /ready (the database answers and is fully migrated; 503 otherwise) and
 * /metrics (Prometheus text format; public or any valid API key, as METRICS_ACCESS says). /health, the
 * liveness check, stays with the app.
 */
export function opsRoutes(router: IRouter, options: { db: Db; metrics: Metrics; auth: Auth; metricsAccess: 'public' | 'key' }): void {
  const { db, metrics, auth } = options;

  router.get('/ready', async (_req, res) => {
    const readiness = await checkReadiness(db);
    if (!readiness.ready) throw new HttpError(503, 'Service Unavailable', readiness.detail ?? 'Not ready.', [], { 'Retry-After': '5' });
    res.set('Cache-Control', 'no-store').json({ status: 'ready', database: 'ok', migrations: { applied: readiness.applied, pending: 0 } });
  });

  const guard = options.metricsAccess === 'key' ? [auth.identify, auth.require('reader')] : [];
  router.get('/metrics', ...guard, async (_req, res) => {
    const text = await metrics.registry.metrics();
    res.set('Cache-Control', 'no-store').type(metrics.registry.contentType).send(text);
  });
}
