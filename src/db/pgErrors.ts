import { DomainError, storedDataDamaged } from '../errors';
import { storedSnapshotFault } from '../revisions/snapshots';

interface PgError {
  code?: string;
  message?: string;
  constraint?: string;
  column?: string;
  detail?: string;
}

function isPgError(err: unknown): err is PgError {
  return (
    typeof err === 'object' && err !== null && typeof (err as PgError).code === 'string' && /^[0-9A-Z]{5}$/.test((err as PgError).code!)
  );
}

/** The SQLSTATE of an error PostgreSQL raised, undefined for any other error. */
export function sqlstateOf(err: unknown): string | undefined {
  return isPgError(err) ? err.code : undefined;
}

/**
 * Where the values a failed statement worked on came from. `request`: the request sent some of them (a write's body,
 * an import's lines), so a value PostgreSQL refuses (SQLSTATE class 22, a data exception) is the request's: a 400.
 * `stored`: only the ledger's stored rows (a read, GET or HEAD, every parameter of which the ledger checked before
 * any SQL: the fuzzing in tests/http/fuzz.test.ts holds it to that), so such a value is stored data the ledger cannot
 * read back (a revision's snapshot of another shape, a value damaged): 503 `stored_data_damaged`, not the client's.
 */
export type ValuesFrom = 'request' | 'stored';

/**
 * Translates PostgreSQL errors into domain errors, by SQLSTATE, where the database is called (an import line, a
 * request). Messages name the constraint or column but never echo SQL; anything else is returned as it is.
 */
export function translatePgError(err: unknown, valuesFrom: ValuesFrom = 'request'): unknown {
  if (err instanceof DomainError) return err;
  const unreachable = databaseUnavailable(err);
  if (unreachable) return unreachable;
  if (!isPgError(err)) return err;
  if (valuesFrom === 'stored' && err.code!.startsWith('22')) return storedDataDamaged(...(storedSnapshotFault(err.message) ?? []));
  const field = err.column ?? err.constraint ?? '';
  switch (err.code) {
    case '23505':
      return new DomainError('duplicate', 'A record with the same unique value already exists.', [
        { field: uniqueField(err) ?? field, message: 'must be unique' },
      ]);
    case '23503':
      return new DomainError('reference_missing', 'A referenced record does not exist.', [
        { field, message: 'refers to a record that does not exist' },
      ]);
    case '23502':
      return new DomainError('value_required', 'A required value is missing.', [{ field, message: 'is required' }]);
    case '23514':
      return new DomainError('constraint_violated', 'A value breaks a rule of the ledger.', [
        { field, message: `violates ${err.constraint ?? 'a check'}` },
      ]);
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
    case '22021':
    case '22P05':
    case '54000':
      return new DomainError('value_not_valid', 'A value is not valid for its type or too large.', [
        { field, message: 'is not a valid value' },
      ]);
    case '57014':
      // query_canceled: by the ledger's statement_timeout, or by an administrator (pg_cancel_backend).
      if (!/statement timeout/i.test(err.message ?? '')) return databaseTimeLimit('the database cancelled the statement', 'query');
      return new DomainError(
        'statement_timeout',
        'The query took longer than the time limit for one statement and was cancelled; nothing was written. A read: narrow it (fewer filters, facets or a smaller page); a change may have waited on records another change holds: retry it later.',
        [{ field: 'statement_timeout', message: 'the statement time limit was reached' }],
        5,
      );
    case '40P01':
    case '40001':
    case '40000':
    case '40002':
    case '72000':
      return new DomainError(
        'concurrent_change',
        'The request collided with a concurrent change and was rolled back; nothing was written. Retry it.',
        [],
        1,
      );
    case '55P03':
      return new DomainError(
        'concurrent_change',
        "The request waited past the database's lock_timeout for records another change holds; nothing was written. Retry it.",
        [{ field: 'lock_timeout', message: 'the lock time limit was reached' }],
        1,
      );
    case '25P03':
      return databaseTimeLimit('idle_in_transaction_session_timeout', 'transaction');
    case '25P04':
      return databaseTimeLimit('transaction_timeout', 'transaction');
    case '40003':
      return new DomainError(
        'database_unavailable',
        'The connection to the database was lost while the change was being committed: whether it was saved is unknown. Read the record again before you retry.',
        [{ field: 'database', message: 'lost the connection during the commit' }],
        5,
      );
    case '42501':
      return new DomainError(
        'database_unavailable',
        "The database refused the ledger's role this access (a privilege was revoked); nothing was written. Reads may still work: retry the change once the role's rights are restored.",
        [{ field: 'database', message: 'refused the access' }],
        30,
      );
    default:
      // Any other data exception (class 22: a value out of range, an invalid time zone displacement…) is the request's value.
      if (err.code!.startsWith('22'))
        return new DomainError('value_not_valid', 'A value is not valid for its type or out of range.', [
          { field, message: 'is not a valid value' },
        ]);
      // Any other integrity rule (an exclusion, a restriction) or limit of PostgreSQL (too complex, too many arguments) the request broke.
      if (err.code!.startsWith('23'))
        return new DomainError('constraint_violated', 'A value breaks a rule of the ledger.', [
          { field, message: `violates ${err.constraint ?? 'a rule'}` },
        ]);
      if (err.code!.startsWith('54'))
        return new DomainError('value_not_valid', 'The request is too large or complex for the database.', [
          { field, message: 'is too large or complex' },
        ]);
      if (DATABASE_FAILURE_SQLSTATES.test(err.code!))
        return new DomainError(
          'database_unavailable',
          'The database failed on its side (an I/O error, damaged data, or its configuration); nothing was written. It is logged: retry later.',
          [{ field: 'database', message: 'failed' }],
          30,
        );
      return err;
  }
}

/** A 503 for a time limit the database's administrator set (a setting of the role or database, not the ledger's). */
function databaseTimeLimit(setting: string, what: 'query' | 'transaction'): DomainError {
  return new DomainError(
    'database_unavailable',
    `The database ended the ${what === 'query' ? 'statement' : 'transaction'} (${setting}); nothing was written. Retry shortly; if it recurs, the database's settings are too tight for the ledger.`,
    [{ field: 'database', message: setting }],
    5,
  );
}

/** The database failed on its side: a system or I/O error (58), an internal error or damaged data (XX), its configuration files (F0). */
const DATABASE_FAILURE_SQLSTATES = /^(58...|XX...|F0...)$/;

/**
 * The SQLSTATEs that only a defect of the ledger's own SQL or transaction handling raises (a syntax error, an unknown
 * column, a cursor misused, a transaction left failed…): these stay a 500, logged with the statement. Every other
 * SQLSTATE PostgreSQL defines is the request's fault (4xx) or the database's state (503) above;
 * `tests/db/sqlstates.test.ts` checks that against PostgreSQL's own list of codes.
 */
export const DEFECT_SQLSTATES =
  /^(03...|09...|0A...|0B...|0F...|0L...|0P...|0Z...|10...|20...|21...|24...|25(?!006|P03|P04)...|26...|27...|2B...|2D...|2F...|34...|38...|39...|3B...|3F...|42(?!501)...|44...|55(?!00[06]|P03)...|HV...|P0...)$/;

/**
 * The request's field a unique violation is about: its key's one column, as PostgreSQL's detail names it ("Key
 * (code)=(women) already exists." → `/code`), the field of that name in every body (code, name, slug, key). A key of
 * several columns names no one field: undefined, and the caller names the constraint.
 */
function uniqueField(err: PgError): string | undefined {
  const column = /^Key \(([a-z_]+)\)=/.exec(err.detail ?? '')?.[1];
  return column === undefined ? undefined : `/${column}`;
}

/**
 * Whether an error is a unique violation of a record's `key` (actors, documents, claims). An import checks that each key
 * it creates is not stored before it writes it, so meeting one taken at write time means another request created it
 * meanwhile (two imports of one file at once): the import is a concurrent change to retry, not a duplicate.
 */
export function keyTakenMeanwhile(err: unknown): boolean {
  return isPgError(err) && err.code === '23505' && /^(actors|documents|claims)_key_unique$/.test(err.constraint ?? '');
}

// Connection-level errors: the database is down, restarting, frozen, out of connections, dropped or renamed, closed to
// connections (ALLOW_CONNECTIONS false, 55000; in use, 55006), refusing the ledger's credentials (a rotated password,
// 28P01), or it ended an idle session (idle_session_timeout, 57P05).
const UNAVAILABLE_SQLSTATES = /^(08...|57000|57P0[1-5]|53300|53400|28...|3D000|5500[06])$/;
/**
 * The database answers but cannot write: it is read-only (a standby after a failover, default_transaction_read_only
 * set by an administrator, a disk nearly full made so on purpose), or out of disk space or memory (the rest of SQLSTATE
 * class 53). The request was right and nothing was written; it can be tried again once the database writes again.
 */
const CANNOT_WRITE_SQLSTATES = /^(25006|53...)$/;

const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|^timeout expired$|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended|Knex: Timeout acquiring a connection/i;

/**
 * A 503 with Retry-After when the error says the database cannot be reached now (refused, dropped, restarting,
 * no connection free within the acquire timeout), rather than that the request was wrong; null otherwise.
 */
export function databaseUnavailable(err: unknown): DomainError | null {
  if (typeof err !== 'object' || err === null) return null;
  const { code, name, message } = err as { code?: unknown; name?: unknown; message?: unknown };
  const matches =
    (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_ERRNOS.has(code))) ||
    name === 'KnexTimeoutError' ||
    (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message));
  if (!matches) return cannotWriteNow(code);
  return new DomainError(
    'database_unavailable',
    'The database is not answering (it is down, restarting or overloaded); nothing was written. Retry shortly.',
    [{ field: 'database', message: 'is not reachable now' }],
    5,
  );
}

/** A 503 with Retry-After when the database refused to write for a reason of its own (CANNOT_WRITE_SQLSTATES); null otherwise. */
function cannotWriteNow(code: unknown): DomainError | null {
  if (typeof code !== 'string' || !CANNOT_WRITE_SQLSTATES.test(code)) return null;
  return new DomainError(
    'database_unavailable',
    'The database cannot write now (it is read-only, or out of disk space or memory); nothing was written. Reads still work: retry the change later.',
    [{ field: 'database', message: 'cannot write now' }],
    30,
  );
}
