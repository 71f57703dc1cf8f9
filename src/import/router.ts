import { Router } from 'express';
import type { Auth } from '../http/auth';
import { DomainError } from '../errors';
import { HttpError } from '../http/errors';
import { declaredCharset } from '../http/utf8';
import { type IdempotencyStore, idempotencyKey, idempotentStream } from '../http/idempotency';
import { onlyParams, queryParam } from '../http/params';
import type { LongWorkGate } from '../http/longWork';
import type { ImportFormat, ImportService } from './service';
import { spoolBody } from './spool';

export class UnsupportedMediaTypeError extends HttpError {
  constructor(message: string, fieldMessage = 'must be application/x-ndjson or text/csv') {
    super(415, 'Unsupported Media Type', message, [{ field: 'Content-Type', message: fieldMessage }]);
  }
}

/**
 * The charsets each format is read in: NDJSON in UTF-8; the CSV in UTF-8, or in UTF-16 little-endian when it starts
 * with that byte-order mark, as Excel saves "Unicode text" (src/import/csv.ts decides by the bytes). A body declared
 * in another (`text/csv; charset=latin1`, as a spreadsheet's export may be sent) is refused before it is read, naming
 * the header, rather than read as UTF-8 and refused line by line, or not at all when its bytes happen to be ASCII.
 */
const CHARSETS: Record<ImportFormat, readonly string[]> = { ndjson: ['utf-8'], csv: ['utf-8', 'utf-16', 'utf-16le'] };

/** The media types an import is sent as. */
export const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/jsonlines'];
/** The media types of a claims CSV (the export's columns). */
export const CSV_TYPES = ['text/csv'];
/** Every media type an import body may have. */
export const IMPORT_TYPES = [...NDJSON_TYPES, ...CSV_TYPES];

/** A reason is at most this long (as common.json's Reason). */
const MAX_REASON = 2000;

/** POST /v1/import: NDJSON or CSV, spooled to a temporary file, then streamed from it into one transaction. */
export function importRouter(deps: {
  imports: ImportService;
  auth: Auth;
  idempotency: IdempotencyStore;
  longWork: LongWorkGate;
  bodyLimit: number;
}): Router {
  const { imports, auth } = deps;
  const router = Router();
  router.post('/', auth.require('editor'), async (req, res) => {
    onlyParams(req, ['reason']);
    const format: ImportFormat | null = req.is(NDJSON_TYPES) ? 'ndjson' : req.is(CSV_TYPES) ? 'csv' : null;
    if (format === null) {
      throw new UnsupportedMediaTypeError(
        'An import is NDJSON (Content-Type: application/x-ndjson, one JSON object per line) or the claims CSV the export writes (Content-Type: text/csv).',
      );
    }
    const charset = declaredCharset(req);
    if (charset !== undefined && !CHARSETS[format].includes(charset.toLowerCase())) {
      throw new UnsupportedMediaTypeError(
        `An import ${format === 'csv' ? 'CSV is read as UTF-8 (or UTF-16 with its byte-order mark)' : 'is read as UTF-8'}: save the file so, and send it with no charset or charset=utf-8.`,
        `charset ${charset.slice(0, 40)} is not supported: must be ${CHARSETS[format].join(' or ')}`,
      );
    }
    const reason = queryParam(req, 'reason');
    if (reason !== undefined && (reason.trim() === '' || reason.length > MAX_REASON)) {
      throw new DomainError('invalid_input', `reason must be a text of 1 to ${MAX_REASON} characters.`, [
        { field: 'reason', message: `must be 1 to ${MAX_REASON} characters, not only blanks` },
      ]);
    }
    const key = idempotencyKey(req);
    // The whole body first, then a slot and a connection: a slow upload holds neither.
    const body = await spoolBody(req, deps.bodyLimit);
    try {
      // Only a request that runs the import takes a slot; a repeat with its Idempotency-Key waits for it and replays.
      const run = async (lines: AsyncIterable<Buffer | string>) => {
        await deps.longWork.enter(res, 'the import');
        return imports.run(lines, res.locals.principal, { format, reason });
      };
      if (key !== undefined) {
        await idempotentStream(deps.idempotency, req, res, key, () => body.open(), run);
        return;
      }
      res.json(await run(body.open()));
    } finally {
      await body.remove();
    }
  });
  return router;
}
