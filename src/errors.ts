/**
 * The ledger's errors in its own words: a domain code, a message and the fields at fault. Services, stores,
 * parsers and the import throw these; the HTTP layer (src/http/problem.ts) alone decides which status and
 * problem+json each code becomes, so the same error reads right in an API answer, a web page or an import line.
 */

import type { FieldErrorCode } from './closedSets';

/** A failing field or parameter, as a problem's `errors` lists it. */
export interface FieldError {
  /** JSON Pointer into the body (`/sources/0/quote`) or the parameter name (`country`). */
  field: string;
  message: string;
  /** The refusal's kind, where one is told apart by what it is rather than by its words (FIELD_ERROR_CODES). */
  code?: FieldErrorCode;
}

/**
 * The error of a field naming a place the ledger does not hold (`"Atlantis" is not a known country, region or demonym`),
 * of the kind `unknown_place`: every check that resolves a place says it so.
 */
export const unknownPlace = (field: string, ref: string, what = 'country, region or demonym'): FieldError => ({
  field,
  message: `"${ref}" is not a known ${what}`,
  code: 'unknown_place',
});

/**
 * What kind of failure each code is: bad input (a parameter or value not as the ledger takes it), a broken rule of
 * the ledger, a record missing, the ledger's state refusing it, a stale or missing version, access, or the ledger
 * unable to do the work now.
 */
export type FailureKind = 'input' | 'rule' | 'missing' | 'state' | 'version' | 'access' | 'unavailable';

/** The field errors, each once (a field failing the same way twice is listed once). */
export function distinctFieldErrors<E extends FieldError>(errors: E[]): E[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.field}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The Content-Encodings a body may come in (JSON and form bodies through body-parser, imports through their spool). */
export const CONTENT_ENCODINGS_ACCEPTED = 'must be identity, gzip, deflate or br';

export const DOMAIN_CODES = {
  /** A parameter or a body is not what the ledger takes (unknown, malformed, out of range). */
  invalid_input: 'input',
  /** A value does not fit its type (a date that does not exist, a number too large), as PostgreSQL found. */
  value_not_valid: 'input',
  /** A value the record cannot do without is missing, as PostgreSQL found. */
  value_required: 'input',
  /** The body's encoding is not one the ledger reads. */
  unsupported_encoding: 'input',
  /** The body is larger than the configured limit. */
  too_large: 'input',
  /** A record breaks a rule of the ledger (every field at fault is listed). */
  invalid_record: 'rule',
  /** A new text of a document drops quotes that claims rely on. */
  quote_not_in_text: 'rule',
  /** The work needs a document's text and none is stored. */
  document_has_no_text: 'rule',
  /** A referenced record does not exist, as PostgreSQL found. */
  reference_missing: 'rule',
  /** A value breaks a CHECK of the database. */
  constraint_violated: 'rule',
  not_found: 'missing',
  /** The state of the ledger does not allow it (a name taken, a candidate decided already). */
  conflict: 'state',
  /** A record with the same unique value exists. */
  duplicate: 'state',
  /** The claim is retracted: it is kept, but no longer changed. */
  claim_retracted: 'state',
  /** The record changed since the version the request was made against. */
  version_mismatch: 'version',
  /** A change must say which version it was made against. */
  version_required: 'version',
  unauthenticated: 'access',
  forbidden: 'access',
  /** Too much long work runs already, or the server is stopping: retry shortly. */
  busy: 'unavailable',
  /** A statement ran out of its time limit and was cancelled. */
  statement_timeout: 'unavailable',
  /** The work collided with a concurrent change (deadlock, serialization) and was rolled back. */
  concurrent_change: 'unavailable',
  /** The database cannot be reached now. */
  database_unavailable: 'unavailable',
  /** A stored record (a revision's snapshot, a row) cannot be read as what it should be: the ledger's data, not the request. */
  stored_data_damaged: 'unavailable',
} as const satisfies Record<string, FailureKind>;
export type DomainCode = keyof typeof DOMAIN_CODES;

export class DomainError extends Error {
  constructor(
    readonly code: DomainCode,
    message: string,
    readonly errors: FieldError[] = [],
    /** For the codes of kind unavailable: how many seconds to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get kind(): FailureKind {
    return DOMAIN_CODES[this.code];
  }

  /** Whether the request was at fault (it can be corrected), not the ledger's state of the moment. */
  get requestAtFault(): boolean {
    return this.kind !== 'unavailable';
  }
}

/**
 * The ledger's stored data cannot be read as what it should be: a revision's snapshot of another shape, or a value
 * PostgreSQL refuses to read back (a data exception raised by rows, not by the request). The request was right and
 * nothing was changed; retrying does not help until the record is repaired, so there is no Retry-After.
 */
export function storedDataDamaged(record?: string, revision?: string, field?: string): DomainError {
  const which = record ? ` (${damagedRecordNamed(record, revision, field)})` : '';
  return new DomainError(
    'stored_data_damaged',
    `A record the ledger stores cannot be read${which}: it is damaged or in a shape this version does not know. The request was right and nothing was changed; the operator has it in the log (docs/operations.md, "Damaged stored data").`,
    [{ field: 'stored data', message: record ? `${record}${revision ? ` ${revision}` : ''} cannot be read` : 'cannot be read' }],
  );
}

/** The damaged record as stored_data_damaged names it: `claim 1, revision 2, at /value`. */
export function damagedRecordNamed(record: string, revision?: string, field?: string): string {
  return `${record}${revision ? `, ${revision}` : ''}${field ? `, at ${field}` : ''}`;
}

/**
 * Runs one reader of a request's input that throws a DomainError of invalid input, adding its field errors to
 * `errors` and answering `fallback` instead, so that every field's error can be reported at once.
 */
export function readingInto<T>(errors: FieldError[], read: () => T, fallback: T): T {
  try {
    return read();
  } catch (err) {
    if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
    errors.push(...err.errors);
    return fallback;
  }
}
