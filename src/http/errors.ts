import type { FieldError } from '../errors';

/**
 * An error that is HTTP's own (no key sent, a rate limit, a reused Idempotency-Key): it becomes an RFC 9457
 * problem with this status. The ledger's own errors are DomainErrors (src/errors.ts), which problem.ts maps.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    readonly errors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
    /** The problem's machine code; the title as a word (`conflict`) unless a domain code is known. */
    readonly code: string = title.toLowerCase().replace(/[^a-z]+/g, '_'),
  ) {
    super(message);
  }
}

export class BadRequestError extends HttpError {
  constructor(message: string, errors: FieldError[] = []) {
    super(400, 'Bad Request', message, errors);
  }
}

export class UnauthorizedError extends HttpError {
  constructor(message = 'An API key is required: send Authorization: Bearer <key>.') {
    super(401, 'Unauthorized', message, [], { 'WWW-Authenticate': 'Bearer' });
  }
}

export class ForbiddenError extends HttpError {
  constructor(message: string) {
    super(403, 'Forbidden', message);
  }
}

export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, 'Not Found', message);
  }
}

export class ConflictError extends HttpError {
  constructor(message: string, errors: FieldError[] = []) {
    super(409, 'Conflict', message, errors);
  }
}

/** The body is well-formed but cannot be used (an Idempotency-Key sent before with another body). */
export class UnprocessableError extends HttpError {
  constructor(message: string, errors: FieldError[] = []) {
    super(422, 'Unprocessable Content', message, errors);
  }
}
