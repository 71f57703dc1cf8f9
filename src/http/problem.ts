import type http from 'node:http';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { sqlstateOf, translatePgError, ValuesFrom } from '../db/pgErrors';
import { CONTENT_ENCODINGS_ACCEPTED, DomainCode, DomainError, FieldError } from '../errors';
import { HttpError, NotFoundError } from './errors';
import { redactUrl } from './logging';
import { echoed, echoedErrors } from '../echoed';

interface Logger {
  error(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  417: 'Expectation Failed',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

/** The status each domain error is answered with. */
const DOMAIN_STATUS: { readonly [C in DomainCode]: number } = {
  invalid_input: 400,
  value_not_valid: 400,
  value_required: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  claim_retracted: 409,
  version_mismatch: 412,
  too_large: 413,
  unsupported_encoding: 415,
  invalid_record: 422,
  quote_not_in_text: 422,
  document_has_no_text: 422,
  reference_missing: 422,
  constraint_violated: 422,
  version_required: 428,
  busy: 503,
  statement_timeout: 503,
  concurrent_change: 503,
  database_unavailable: 503,
  stored_data_damaged: 503,
};

/**
 * The HTTP form of an error: a domain error (or a PostgreSQL error, translated by SQLSTATE) as the status its code
 * maps to, with the domain code as the problem's code and Retry-After when it says when to retry; an HttpError as
 * it is; anything else unchanged.
 */
export function asHttpError(rawErr: unknown, method?: string): unknown {
  const err = translatePgError(rawErr, valuesFromMethod(method));
  if (!(err instanceof DomainError)) return err;
  const status = DOMAIN_STATUS[err.code];
  const headers: Record<string, string> = err.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(err.retryAfterSeconds) };
  const about = PRECONDITION_HEADER[err.code];
  const errors = err.errors.length === 0 && about !== undefined ? [{ field: about, message: err.message }] : err.errors;
  return new HttpError(status, STATUS_TITLES[status] ?? 'Error', err.message, errors, headers, err.code);
}

/**
 * The header a refused precondition is about: a stale or missing version (412, 428) names If-Match, with the versions
 * in its message, as any other refused field is named (two editors, two tabs or a retry racing on one record had
 * been told only in the detail which lost).
 */
const PRECONDITION_HEADER: Partial<Record<DomainCode, string>> = { version_mismatch: 'If-Match', version_required: 'If-Match' };

/** A read (GET, HEAD) sends the database no value the ledger has not checked: its data exceptions are the stored data's (ValuesFrom). */
function valuesFromMethod(method: string | undefined): ValuesFrom {
  return method === 'GET' || method === 'HEAD' ? 'stored' : 'request';
}

/** An RFC 9457 problem body; `code` is the domain code, else the title as a machine-readable word. */
function problem(status: number, detail: string, extra: Record<string, unknown> = {}, code?: string): Record<string, unknown> {
  const title = STATUS_TITLES[status] ?? 'Error';
  // what input the detail and the errors echo, cut where it is over-long (src/echoed.ts)
  const errors = Array.isArray(extra.errors) ? { errors: echoedErrors(extra.errors as FieldError[]) } : {};
  return {
    type: 'about:blank',
    title,
    status,
    code: code ?? title.toLowerCase().replace(/[^a-z]+/g, '_'),
    detail: echoed(detail),
    ...extra,
    ...errors,
  };
}

export function sendProblem(
  res: Response,
  status: number,
  detail: string,
  errors: FieldError[] = [],
  headers: Record<string, string> = {},
  code?: string,
): void {
  const body = problem(
    status,
    detail,
    {
      // The URL as the log has it: a key sent in the query string or path is not echoed back (answers get logged too).
      instance: redactUrl(res.req.originalUrl, (res.app?.locals.secrets as string[] | undefined) ?? []),
      ...(errors.length > 0 && { errors }),
      ...(res.locals.requestId && { request_id: res.locals.requestId }),
    },
    code,
  );
  res.status(status).set(headers).type('application/problem+json').send(JSON.stringify(body));
}

/** Errors thrown by body-parser carry a 4xx status and a type. */
interface ParserError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  /** The Content-Encoding refused, on an `encoding.unsupported` error. */
  encoding?: unknown;
  /** zlib's code when the body did not decode as its Content-Encoding says (UNDECODABLE). */
  code?: unknown;
}

/**
 * zlib's codes of a compressed stream that is not what its header says: a truncated or corrupt gzip or deflate body
 * (Z_DATA_ERROR, Z_BUF_ERROR), or br (brotli's own, ERR__ERROR_FORMAT_PADDING_2 and the like).
 */
const UNDECODABLE = /^(?:Z_|ERR__ERROR_)/;

function parserProblem(err: ParserError): { status: number; detail: string; field?: string; message?: string } | null {
  const status = err.status ?? err.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  switch (err.type) {
    case 'entity.parse.failed':
      return { status: 400, detail: 'The request body is not valid JSON.' };
    case 'entity.too.large':
      return { status: 413, detail: 'The request body is too large.' };
    case 'encoding.unsupported':
      // The body may be perfectly good JSON: what is refused is how it was compressed, so that header is named.
      return {
        status: 415,
        detail: `Content-Encoding ${String(err.encoding ?? '')} is not accepted: send the body uncompressed, or with one of gzip, deflate or br.`,
        field: 'Content-Encoding',
        message: CONTENT_ENCODINGS_ACCEPTED,
      };
    case 'charset.unsupported':
      return { status: 415, detail: 'The request body must be UTF-8 encoded JSON.' };
    case 'request.aborted':
      return { status: 400, detail: 'The request was aborted.' };
    default:
      // The header said gzip, deflate or br, and the bytes are not: name the header, as the import does.
      if (typeof err.code === 'string' && UNDECODABLE.test(err.code))
        return {
          status: 400,
          detail: 'The request body does not decode as its Content-Encoding says: send it uncompressed, or compressed whole.',
          field: 'Content-Encoding',
          message: 'does not match the body: it does not decode as that encoding',
        };
      return { status, detail: 'The request could not be read.' };
  }
}

export const notFoundHandler: RequestHandler = (req) => {
  throw new NotFoundError(`No route for ${req.method} ${req.path}.`);
};

/** A problem as the handler is about to send it. */
export interface ProblemAnswer {
  status: number;
  detail: string;
  errors: FieldError[];
  headers: Record<string, string>;
}

/** Answers a problem in another form when that is the right one (a browser's page: HTML); false leaves it to problem+json. */
export type ProblemInOtherForm = (req: Request, res: Response, problem: ProblemAnswer) => boolean;

/** Logs stored data that cannot be read (`detail` names the record, never its contents), for the request that met it. */
export type DamagedDataLog = (req: Request, res: Response, detail: string, more?: object) => void;

/** The log line of stored data that cannot be read: the API's 503 and a page that serves around the damage log it alike. */
export function damagedDataLog(logger: Logger, logUrl: (url: string) => string = (url) => url): DamagedDataLog {
  return (req, res, detail, more = {}) =>
    logger.error(
      { ...more, requestId: res.locals.requestId, method: req.method, url: logUrl(req.originalUrl), detail },
      'stored data cannot be read',
    );
}

/**
 * One place maps every error to RFC 9457 problem+json (or, through `inOtherForm`, to the form the request asked for);
 * unknown errors become a bare 500.
 */
export function problemHandler(
  logger: Logger,
  logUrl: (url: string) => string = (url) => url,
  inOtherForm?: ProblemInOtherForm,
): ErrorRequestHandler {
  const logDamaged = damagedDataLog(logger, logUrl);
  return (rawErr, req, res, _next) => {
    const err = asHttpError(rawErr, req.method);
    if (res.locals.timedOut) return; // answered 503 already (answerSlowReads); the connection closes after it
    if (res.headersSent) {
      logger.error({ err, requestId: res.locals.requestId }, 'error after the response started');
      res.destroy();
      return;
    }
    const answer = (status: number, detail: string, errors: FieldError[] = [], headers: Record<string, string> = {}, code?: string) => {
      if (inOtherForm?.(req, res, { status, detail: echoed(detail), errors: echoedErrors(errors), headers })) return;
      sendProblem(res, status, detail, errors, headers, code);
    };
    if (err instanceof HttpError) {
      // The database's own refusals answered 503 (a lock or time limit, rights, credentials, an I/O error) are the
      // operator's to see: logged with PostgreSQL's code and words, which the problem does not echo.
      // Stored data that cannot be read is an error of the ledger's data, with the record it names (and PostgreSQL's words).
      const sqlstate = err.status === 503 ? sqlstateOf(rawErr) : undefined;
      const refusal = sqlstate !== undefined ? { sqlstate, dbMessage: (rawErr as Error).message } : {};
      if (err.code === 'stored_data_damaged') logDamaged(req, res, err.message, refusal);
      else if (sqlstate !== undefined)
        logger.warn(
          { ...refusal, requestId: res.locals.requestId, method: req.method, url: logUrl(req.originalUrl) },
          'the database refused the request',
        );
      answer(err.status, err.message, err.errors, err.headers, err.code);
      return;
    }
    const parsed = parserProblem(err as ParserError);
    if (parsed) {
      answer(parsed.status, parsed.detail, [{ field: parsed.field ?? 'body', message: parsed.message ?? parsed.detail }]);
      return;
    }
    logger.error({ err, requestId: res.locals.requestId, method: req.method, url: logUrl(req.originalUrl) }, 'unhandled error');
    answer(500, 'An unexpected error occurred. It has been logged.');
  };
}

/**
 * A request whose Expect header is not 100-continue: Node answers it 417 by itself, with an empty body; here it gets a
 * problem naming the header, as every other refusal does, before any route runs (nothing is read or written).
 */
export function expectationHandler(req: http.IncomingMessage, res: http.ServerResponse): void {
  const body = JSON.stringify(
    problem(417, 'Only "Expect: 100-continue" is supported: send it, or no Expect header.', {
      instance: redactUrl(req.url ?? '/'),
      errors: [{ field: 'Expect', message: 'must be 100-continue or left out' }],
    }),
  );
  res.writeHead(417, { 'Content-Type': 'application/problem+json', 'Content-Length': Buffer.byteLength(body), Connection: 'close' });
  res.end(body);
}

/** What a server answers before express, for requests express never sees: malformed HTTP and unsupported expectations. */
export function answerBeforeExpress(server: http.Server): void {
  server.on('clientError', clientErrorHandler);
  server.on('checkExpectation', expectationHandler);
  // CONNECT (a client taking the ledger for a proxy) never reaches express: without a listener Node closed the
  // connection with no answer at all.
  server.on('connect', (_req: http.IncomingMessage, socket: import('node:stream').Duplex) => {
    socket.on('error', () => undefined);
    writeProblemAndClose(
      socket,
      problem(501, 'The ledger is not a proxy: CONNECT is not served.', {
        errors: [{ field: 'method', message: 'CONNECT is not served' }],
      }),
    );
  });
}

/**
 * Headers a request may give once, as Node reads them: given twice, Node keeps the first and drops the others without
 * a word (its list, IncomingMessage's matchKnownFields, request headers of it). A proxy in front that reads the last
 * (or a second server behind) had seen another Host, key or type than the ledger: two Hosts are how cache poisoning
 * and routing confusion begin, two Authorization headers how one client's request is read as another key's.
 */
const GIVEN_ONCE = new Set([
  'host',
  'authorization',
  'proxy-authorization',
  'content-type',
  'content-length',
  'if-modified-since',
  'if-unmodified-since',
  'referer',
  'user-agent',
  'from',
  'max-forwards',
]);

/** The first header of GIVEN_ONCE that `req` gives more than once (lower-cased), with how many times; none if none. */
function repeatedHeader(req: http.IncomingMessage): { name: string; count: number } | undefined {
  const raw = req.rawHeaders;
  let seen: Map<string, number> | undefined;
  let repeated: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (!GIVEN_ONCE.has(name)) continue;
    seen ??= new Map();
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) repeated ??= name;
  }
  return repeated === undefined ? undefined : { name: repeated, count: seen!.get(repeated)! };
}

/** A header's name as the standards write it (`content-type` → `Content-Type`). */
const headerName = (lower: string) => lower.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());

/**
 * A request whose head cannot be read one way, answered with a 400 problem naming the header before express sees it:
 * an HTTP/1.1 request without Host (RFC 9112 requires one; Node's own check, off by `requireHostHeader: false` in
 * src/http/server.ts, answered a bare 400 with an empty body), or one giving a header of GIVEN_ONCE more than once.
 * The connection closes after it. True when it answered.
 */
export function refuseAmbiguousHead(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  let answer: Record<string, unknown>;
  if (req.headers.host === undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    answer = problem(400, 'An HTTP/1.1 request must name its Host.', { errors: [{ field: 'Host', message: 'is required in HTTP/1.1' }] });
  } else {
    const repeated = repeatedHeader(req);
    if (repeated === undefined) return false;
    const name = headerName(repeated.name);
    const count = repeated.count;
    answer = problem(400, `The ${name} header must be given once.`, {
      errors: [{ field: name, message: `is given ${count} times; a request gives it once` }],
    });
  }
  const body = JSON.stringify(answer);
  res.shouldKeepAlive = false;
  res.writeHead(400, { 'Content-Type': 'application/problem+json', 'Content-Length': Buffer.byteLength(body), Connection: 'close' });
  res.end(body);
  return true;
}

/**
 * Requests Node's HTTP parser rejects (malformed request lines or headers, oversized headers) never reach
 * express; they still get a problem+json answer, and the connection is closed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: import('node:stream').Duplex): void {
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const answer = problem(status, 'The request is not well-formed HTTP.');
  const inFlight = (socket as { _httpMessage?: http.ServerResponse & { locals?: Record<string, unknown> } })._httpMessage;
  if (inFlight && socket.writable && !inFlight.headersSent) {
    // A body that breaks HTTP's framing (a malformed chunk) is found after its request went to express: the answer,
    // not started, says so as for a malformed request line, where the connection had closed with no answer at all.
    // Marked answered, so that the body parser's own error, when the connection closes, is not answered again.
    if (inFlight.locals) inFlight.locals.timedOut = true;
    const body = JSON.stringify(answer);
    inFlight.writeHead(status, {
      'Content-Type': 'application/problem+json',
      'Content-Length': Buffer.byteLength(body),
      Connection: 'close',
    });
    inFlight.end(body);
    return;
  }
  if (!socket.writable || inFlight) {
    socket.destroy();
    return;
  }
  writeProblemAndClose(socket, answer);
}

/** A problem written straight on a connection no request of which reached express, which is then closed. */
function writeProblemAndClose(
  socket: import('node:stream').Duplex,
  answer: Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(answer);
  const extra = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(
    `HTTP/1.1 ${String(answer.status)} ${String(answer.title)}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`,
  );
}

/** Turns a connection away before it sends anything: a 503 problem naming `field`, with Retry-After, then closed. */
export function refuseConnection(
  socket: import('node:stream').Duplex,
  detail: string,
  field: string,
  message: string,
  retryAfterSeconds: number,
): void {
  writeProblemAndClose(socket, problem(503, detail, { errors: [{ field, message }] }), { 'Retry-After': String(retryAfterSeconds) });
}
