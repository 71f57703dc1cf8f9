import { Router } from 'express';
import type { Auth } from '../http/auth';
import { HttpError } from '../http/errors';
import { idempotencyKey, idempotentStream } from '../http/idempotency';
import type { IdempotencyStore } from '../http/idempotencyStore';
import { onlyParams } from '../http/params';
import type { LongWorkGate } from '../http/longWork';
import type { ImportService } from './service';
import { spoolBody } from './spool';

export class UnsupportedMediaTypeError extends HttpError {
  constructor(message: string) {
    super(415, 'Unsupported Media Type', message, [{ field: 'Content-Type', message: 'must be application/x-ndjson' }]);
  }
}

/** The media types an import is sent as. */
export const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/jsonlines'];

/** POST /v1/import: NDJSON, spooled to a temporary file, then streamed from it into one transaction. */
export function importRouter(deps: { imports: ImportService; auth: Auth; idempotency: IdempotencyStore; longWork: LongWorkGate; bodyLimit: number }): Router {
  const { imports, auth } = deps;
  const router = Router();
  router.post('/', auth.require('editor'), async (req, res) => {
    onlyParams(req, []);
    if (!req.is(NDJSON_TYPES)) {
      throw new UnsupportedMediaTypeError('An import is NDJSON: send Content-Type: application/x-ndjson, one JSON object per line.');
    }
    const key = idempotencyKey(req);
    // The whole body first, then a slot and a connection: a slow upload holds neither.
    const body = await spoolBody(req, deps.bodyLimit);
    try {
      // Only a request that runs the import takes a slot; a repeat with its Idempotency-Key waits for it and replays.
      const run = async (lines: AsyncIterable<Buffer | string>) => {
        await deps.longWork.enter(res, 'the import');
        return imports.run(lines, res.locals.principal);
      };
      if (key !== undefined) {
        await idempotentStream(deps.idempotency, req, res, key, body.open(), run);
        return;
      }
      res.json(await run(body.open()));
    } finally {
      await body.remove();
    }
  });
  return router;
}
