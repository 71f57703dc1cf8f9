/**
 * The ledger's errors in its own words: a domain code, a message and the fields at fault. Services, stores,
 * parsers and the import throw these; the HTTP layer (src/http/problem.ts) alone decides which status and
 * problem+json each code becomes, so the same error reads right in an API answer, a web page or an import line.
 */

/** A failing field or parameter, as a problem's `errors` lists it. */
export interface FieldError {
  /** JSON Pointer into the body (`/sources/0/quote`) or the parameter name (`country`). */
  field: string;
  message: string;
}

export const DOMAIN_CODES = [
  /** A parameter or a body is not what the ledger takes (unknown, malformed, out of range). */
  'invalid_input',
  /** A value does not fit its type (a date that does not exist, a number too large), as PostgreSQL found. */
  'value_not_valid',
  /** A value the record cannot do without is missing, as PostgreSQL found. */
  'value_required',
  /** A record breaks a rule of the ledger (every field at fault is listed). */
  'invalid_record',
  /** A new text of a document drops quotes that claims rely on. */
  'quote_not_in_text',
  /** The work needs a document's text and none is stored. */
  'document_has_no_text',
  /** A referenced record does not exist, as PostgreSQL found. */
  'reference_missing',
  /** A value breaks a CHECK of the database. */
  'constraint_violated',
  'not_found',
  /** The state of the ledger does not allow it (a name taken, a candidate decided already). */
  'conflict',
  /** A record with the same unique value exists. */
  'duplicate',
  /** The claim is retracted: it is kept, but no longer changed. */
  'claim_retracted',
  /** The record changed since the version the request was made against. */
  'version_mismatch',
  /** A change must say which version it was made against. */
  'version_required',
  'unauthenticated',
  'forbidden',
  /** The body's encoding is not one the ledger reads. */
  'unsupported_encoding',
  /** The body is larger than the configured limit. */
  'too_large',
  /** Too much long work runs already, or the server is stopping: retry shortly. */
  'busy',
  /** A statement ran out of its time limit and was cancelled. */
  'statement_timeout',
  /** The work collided with a concurrent change (deadlock, serialization) and was rolled back. */
  'concurrent_change',
  /** The database cannot be reached now. */
  'database_unavailable',
] as const;
export type DomainCode = (typeof DOMAIN_CODES)[number];

/** The codes that say the ledger could not do the work now, rather than that the request was wrong. */
const UNAVAILABLE: ReadonlySet<DomainCode> = new Set<DomainCode>(['busy', 'statement_timeout', 'concurrent_change', 'database_unavailable']);

export class DomainError extends Error {
  constructor(
    readonly code: DomainCode,
    message: string,
    readonly errors: FieldError[] = [],
    /** For the codes of UNAVAILABLE: how many seconds to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  /** Whether the request was at fault (it can be corrected), not the ledger's state of the moment. */
  get requestAtFault(): boolean {
    return !UNAVAILABLE.has(this.code);
  }
}
