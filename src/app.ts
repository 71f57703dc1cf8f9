import crypto from 'node:crypto';
import express, { Express } from 'express';
import type { Logger } from 'pino';
import { actorsRouter } from './actors/router';
import { citationRouter } from './cite/router';
import { mountClaims } from './claims/router';
import { filterResolvers } from './claims/parseClaimFilter';
import { compareRouter } from './compare/router';
import type { Config } from './config';
import type { Db } from './db/knex';
import { documentsRouter } from './documents/router';
import { exportRouter } from './export/router';
import { extractRouter } from './extract/router';
import { ExportService } from './export/service';
import { docsPage } from './docs/page';
import { buildOpenApi } from './docs/openapi';
import { createAuth } from './http/auth';
import { cors } from './http/cors';
import { answerOptions } from './http/methods';
import { limitBodyTime } from './http/bodyTimeout';
import { parseQueryString } from './http/queryString';
import { limitNesting, requireJsonObject } from './http/depth';
import { createLogger, redactUrl } from './http/logging';
import { refuseDeclaredOverLimit } from './http/declaredLength';
import { databaseAnswers, HEALTH_TIMEOUT_MS } from './http/health';
import { LongWorkGate } from './http/longWork';
import { answerSlowReads } from './http/readTimeout';
import { JSON_TYPES, requireUtf8Charset, verifyJsonBody } from './http/utf8';
import { cutStalledResponses } from './http/stall';
import { observeFinishedResponses } from './http/responseEnd';
import { idempotency } from './http/idempotency';
import { inOrder } from './http/inOrder';
import { savingOnce } from './idempotency/savedOnce';
import { IdempotencyStore } from './idempotency/store';
import { createRateLimiters, sharedLimiter } from './http/rateLimit';
import { importRouter, IMPORT_TYPES } from './import/router';
import { ImportService } from './import/service';
import { keysRouter } from './keys/router';
import { createMetrics, Metrics } from './ops/metrics';
import { opsRoutes } from './ops/router';
import { damagedDataLog, notFoundHandler, problemHandler, sendProblem } from './http/problem';
import { hasUnparsedBody, onlyParams, onlyWithBody } from './http/params';
import { isApiPath, securityHeaders } from './http/securityHeaders';
import { refuseUnreadablePaths } from './http/requestPath';
import { createValidator } from './validate';
import { createServices } from './services';
import type { ExtractPool } from './extract/pool';
import { vocabularyRouter } from './vocab/router';
import { webRouter } from './web/router';
import { htmlProblem, htmlTimedOut, htmlUnreadablePath } from './web/errors';

export interface AppOptions {
  db: Db;
  config: Config;
  logger?: Logger;
  /** Prometheus metrics; one of its own when not given. */
  metrics?: Metrics;
  /** The extractor's workers; a pool of its own when not given (a test gives one of stand-in workers). */
  extractPool?: ExtractPool;
}

/** Builds the express app around a migrated database; only src/index.ts listens. */
export async function createApp({
  db,
  config,
  logger = createLogger(config.logLevel),
  metrics = createMetrics(),
  extractPool,
}: AppOptions): Promise<Express> {
  const services = await createServices(db, { viewCacheEntries: config.viewCacheEntries, extractPool });
  const { places, vocabulary, actors, documents, claims, keys, compare, citations, extract } = services;
  const validator = createValidator();
  const auth = createAuth({
    principalOf: (keyHash) => keys.findActiveByHash(keyHash),
    adminApiKey: config.adminApiKey,
    readAccess: config.readAccess,
  });
  const openapi = buildOpenApi();
  const docs = docsPage(openapi);

  // Never logged: a key sent where it does not belong (the query string) is refused, and redacted in the log.
  const secrets = config.adminApiKey ? [config.adminApiKey] : [];
  const logUrl = (url: string) => redactUrl(url, secrets);
  const app = express();
  app.locals.secrets = secrets; // for the problem answers' instance (sendProblem)
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', parseQueryString);
  // Client addresses (req.ip, the rate limits) and req.secure come from X-Forwarded-* only behind a trusted proxy.
  app.set('trust proxy', config.trustProxy);
  metrics.observeDb(db, 'main');
  // What every request walks before the routes, each group one layer of the router (inOrder): in this order, the
  // request's metrics and log line (one clock and one listener for both), its id, the guards against stalled readers
  // and slow reads, the security headers and the path check; after the probes, the rate limits, CORS, OPTIONS, the
  // key, the body's checks (only when the request declares one; an API write's first is its key) and idempotency.
  app.use(
    inOrder(
      observeFinishedResponses(metrics.requestFinished, (req, res, took) => {
        if (!logger.isLevelEnabled('info')) return; // nothing to log: no redaction of the URL
        logger.info(
          {
            requestId: res.locals.requestId,
            method: req.method,
            url: logUrl(req.originalUrl),
            status: res.statusCode,
            ms: Number(took) / 1e6,
          },
          'request',
        );
      }),
      (req, res, next) => {
        const given = req.get('x-request-id');
        res.locals.requestId = given && /^[\w.-]{1,100}$/.test(given) ? given : crypto.randomUUID();
        res.set('X-Request-Id', res.locals.requestId);
        next();
      },
      cutStalledResponses(config.stallTimeoutMs, (res, stalled) =>
        logger.warn(
          { requestId: res.locals.requestId },
          stalled === 'reader' ? 'cut a response whose reader stopped reading' : 'gave up on a response the database stopped feeding',
        ),
      ),
      answerSlowReads(config.readTimeoutMs, htmlTimedOut),
      securityHeaders(),
      refuseUnreadablePaths(htmlUnreadablePath),
    ),
  );
  // Probes and scrapes are answered before the rate limits: a load balancer must not be throttled into thinking an instance is down.
  // Their two routes are the app's own (not a router of their own, which every request would enter).
  opsRoutes(app, { db, metrics, auth, metricsAccess: config.metricsAccess });
  const rateLimits = createRateLimiters(db, {
    perAddress: config.rateLimitPerAddress,
    perKey: config.rateLimitPerKey,
    trustProxy: config.trustProxy,
  });
  // What reads or refuses a request's body, walked only by requests that declare one (most reads do not).
  const isImportPath = (path: string) => /^\/v1\/import(\/|$)/i.test(path);
  // Every write of the API needs a key of role editor or higher (the keys' own need admin, checked by their routes): a
  // body sent without one, or with a reader's, is refused before it is read, as one with a bad key is (auth.identify
  // runs before these checks), so `Expect: 100-continue` is never answered to a client whose body would be refused
  // for who it is. The bodies had been read (and 100 Continue sent) before the key was looked at.
  const writer = auth.require('editor');
  const API_WRITES = new Set(['POST', 'PATCH', 'DELETE']); // PUT, which no route takes, stays a 405
  const bodyChecks = inOrder(
    (req, res, next) => (isApiPath(req.path) && API_WRITES.has(req.method) ? writer(req, res, next) : next()),
    // The workspace's forms keep their 413 page, said once the parser has read the form (src/web/workspace/errors.tsx).
    refuseDeclaredOverLimit(config.bodyLimit, (path) => isImportPath(path) || !isApiPath(path)),
    limitBodyTime(config.bodyTimeoutMs, isImportPath, config.stallTimeoutMs),
    requireUtf8Charset(),
    express.json({ limit: config.bodyLimit, type: JSON_TYPES, strict: false, verify: verifyJsonBody }),
    requireJsonObject(),
    limitNesting(),
    (req, res, next) => {
      // An API write with a body that is not JSON is refused rather than read as empty. The web interface's forms
      // post urlencoded bodies, which only their own routes parse (src/web/workspace). An import's body of another type
      // is its router's to refuse, naming the types an import is (NDJSON, CSV), not JSON (robust50: a multipart file
      // posted to /v1/import had been told "must be application/json", which an import is not).
      const importing = isImportPath(req.path) || req.is(IMPORT_TYPES);
      if (isApiPath(req.path) && ['POST', 'PATCH', 'PUT'].includes(req.method) && hasUnparsedBody(req) && !importing) {
        return sendProblem(res, 415, 'The request body must be JSON (Content-Type: application/json).', [
          { field: 'Content-Type', message: 'must be application/json' },
        ]);
      }
      next();
    },
  );
  const idempotencyStore = new IdempotencyStore(db);
  const onStoreError = (err: unknown, requestId: string) => logger.error({ err, requestId }, 'could not store an idempotent response');
  app.use(
    inOrder(
      rateLimits.perAddress,
      ...(config.corsOrigins.length > 0 ? [cors(config.corsOrigins)] : []),
      answerOptions(),
      auth.identify,
      onlyWithBody(bodyChecks),
      rateLimits.perKey,
      idempotency(idempotencyStore, onStoreError),
    ),
  );

  app.get('/health', async (req, res) => {
    onlyParams(req, []);
    if (await databaseAnswers(db, HEALTH_TIMEOUT_MS)) res.json({ status: 'ok', database: 'ok' });
    else
      sendProblem(res, 503, 'The database is not reachable.', [{ field: 'database', message: 'did not answer' }], { 'Retry-After': '5' });
  });
  app.get('/openapi.json', (_req, res) => res.json(openapi));
  app.get('/docs', (_req, res) => res.type('html').send(docs));

  // Places another server process added count here within their maximum age (PLACES_MAX_AGE_MS, docs/operations.md):
  // a request finding them older starts a read in the background and goes on with the places known, never waiting on it.
  places.onReadError = (err) => logger.warn({ err }, 'could not read the places again: serving the places known');
  // The extractor failing on a text is answered 503 in words (ExtractorFailed); what went wrong is the operator's to see.
  extract.onFailure = (cause) => logger.error({ cause }, 'the extractor failed on a text');
  app.use((_req, _res, next) => {
    places.fresh();
    next();
  });
  const resolvers = filterResolvers({ places, vocabulary });
  const longWork = new LongWorkGate(config.longWorkMax, config.longWorkWaitMs);
  app.use('/v1/export', metrics.inFlight('export'));
  app.use('/v1/import', metrics.inFlight('import'));
  app.use('/v1/export', exportRouter({ exports: new ExportService(db, config.exportBatchSize), auth, resolvers, longWork }));
  mountClaims(app, '/v1/claims', { claims, auth, validator, places, vocabulary });
  app.use('/v1/claims', citationRouter({ citations, auth }));
  app.use('/v1/actors', actorsRouter({ actors, auth, validator }));
  app.use('/v1/documents', documentsRouter({ documents, auth, validator }));
  app.use('/v1/compare', compareRouter({ compare, citations, auth, places, vocabulary }));
  app.use('/v1/extract', extractRouter({ extract, auth, validator }));
  app.use('/v1/keys', keysRouter({ keys, auth, validator }));
  app.use(
    '/v1/import',
    importRouter({
      // An import with an Idempotency-Key marks what it saved, as the services' writes do (idempotentStream).
      imports: new ImportService({ db: savingOnce(db), places, validator }),
      auth,
      idempotency: idempotencyStore,
      longWork,
      bodyLimit: config.importBodyLimit,
    }),
  );
  app.use('/v1', vocabularyRouter({ vocabulary, auth, validator }));
  app.use(
    webRouter({
      services,
      auth,
      validator,
      config,
      limiter: (prefix, limit) => sharedLimiter(db, prefix, limit),
      formIds: idempotencyStore,
      onStoreError,
      logDamaged: damagedDataLog(logger, logUrl),
    }),
  );

  app.use(notFoundHandler);
  app.use(problemHandler(logger, logUrl, htmlProblem));
  return app;
}
