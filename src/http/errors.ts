/** A failing field or parameter, as listed in a problem's `errors`. */
export interface FieldError {
  /** JSON Pointer into the body (`/sources/0/quote`) or the parameter name (`country`). */
  field: string;
  message: string;
}

/** An error that becomes an RFC 9457 problem with this status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    readonly errors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
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

export class PreconditionFailedError extends HttpError {
  constructor(message: string) {
    super(412, 'Precondition Failed', message);
  }
}

export class PreconditionRequiredError extends HttpError {
  constructor(message: string) {
    super(428, 'Precondition Required', message);
  }
}

/** The body is well-formed but breaks a rule of the ledger (a quote not in the text, an unknown id). */
export class UnprocessableError extends HttpError {
  constructor(message: string, errors: FieldError[] = []) {
    super(422, 'Unprocessable Content', message, errors);
  }
}
