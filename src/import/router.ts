import { Router } from 'express';
import type { Auth } from '../http/auth';
import { HttpError } from '../http/errors';
import { idempotencyKey, idempotentStream } from '../http/idempotency';
import type { IdempotencyStore } from '../http/idempotencyStore';
import { onlyParams } from '../http/params';
import type { ImportService } from './service';

export class UnsupportedMediaTypeError extends HttpError {
  constructor(message: string) {
    super(415, 'Unsupported Media Type', message, [{ field: 'Content-Type', message: 'must be application/x-ndjson' }]);
  }
}

/** The media types an import is sent as. */
export const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/jsonlines'];

/** POST /v1/import: NDJSON, streamed from the request into one transaction. */
export function importRouter(deps: { imports: ImportService; auth: Auth; idempotency: IdempotencyStore }): Router {
  const { imports, auth } = deps;
  const router = Router();
  router.post('/', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    if (!req.is(NDJSON_TYPES)) {
      throw new UnsupportedMediaTypeError('An import is NDJSON: send Content-Type: application/x-ndjson, one JSON object per line.');
    }
    const key = idempotencyKey(req);
    if (key !== undefined) return idempotentStream(deps.idempotency, req, res, key, (body) => imports.run(body, res.locals.principal));
    res.json(await imports.run(req, res.locals.principal));
  });
  return router;
}
