import { keyTakenMeanwhile, translatePgError } from '../db/pgErrors';
import { DomainError } from '../errors';
import type { Knex } from 'knex';
import type { FieldErrorCode } from '../closedSets';
import { emptyLookupCache } from '../claims/lookups';
import type { Principal } from '../keys/principal';
import type { CsvClaim } from './csvClaim';
import { ClaimIds, ClaimVersions, CreatedClaims } from './createdClaims';
import { counts, ImportCounts, ImportResult, Kind, Ref } from './lineTypes';
import type { ImportError } from './lines';

/**
 * The answer to an import that met a key another request created while it ran (see keyTakenMeanwhile): nothing was
 * saved, and the same import retried finds the keys stored and updates them or leaves them alone, as a re-import does.
 */
export function keysCreatedMeanwhile(): DomainError {
  return new DomainError(
    'concurrent_change',
    'Another request created records with the same keys while this import ran; nothing was saved. Retry it: the keys are then found and updated, or left alone when unchanged.',
    [],
    1,
  );
}

/** What every part of one import shares: its transaction, the keys and ids it knows, its errors and its tally. */
export class ImportContext {
  readonly errors: ImportError[] = [];
  readonly result: ImportResult = { lines: 0, actors: counts(), documents: counts(), claims: counts(), relations: counts() };
  /**
   * Keys and ids known to exist, with their ids (0 while only declared by a line not written because of errors; a new claim's id is taken
   * when its line is read).
   */
  readonly ids: Record<Kind, Map<Ref, number>>;
  readonly versions: Record<Kind, Map<number, number>>;
  /** The claims this import creates: known by their ids, at version 1 (see CreatedClaims). */
  readonly created = new CreatedClaims();
  /** The claims of the pending and last batches read from CSV rows, by line: where their fields are, their relation cells. */
  readonly csv = new Map<number, CsvClaim>();
  /**
   * The reason of a revision made by line n: the line's own (or the request's `?reason=`, given to every line without
   * one), else the import's, naming the line (a CSV's file line), for a revision is never without one (requireReason).
   */
  reasonFor(n: number, given: string | undefined): string {
    return given ?? `import, line ${this.csv.get(n)?.locate('/').line ?? n}`;
  }
  /** What preparing new claims has looked up (see LookupCache): cleared when a line changes a stored actor or document. */
  readonly lookups = emptyLookupCache();
  /** The last batch of new claims being written (see settle). */
  claimWrite: Promise<void> = Promise.resolve();

  constructor(
    readonly trx: Knex.Transaction,
    readonly principal: Principal,
  ) {
    this.ids = { actor: new Map(), document: new Map(), claim: new ClaimIds(this.created) };
    this.versions = { actor: new Map(), document: new Map(), claim: new ClaimVersions(this.created) };
  }

  /**
   * Reports a field of line n; a claim read from CSV names the file line and column of that field. A field error's
   * kind (`unknown_place`) stays with it, as in the API's problems.
   */
  fail(n: number, field: string, message: string, code?: FieldErrorCode): void {
    const at = this.csv.get(n)?.locate(field);
    const kind = code ? { code } : {};
    this.errors.push(at ? { line: at.line, column: at.column, field: at.column, message, ...kind } : { line: n, field, message, ...kind });
  }

  /** The id of a referenced record, or null (with an error naming the field) when it is unknown. */
  resolve(kind: Kind, ref: Ref, n: number, field: string): number | null {
    const id = this.ids[kind].get(ref);
    if (id !== undefined) return id;
    this.fail(
      n,
      field,
      typeof ref === 'number' ? `${kind} ${ref} does not exist` : `${kind} key "${ref}" is not defined on an earlier line nor stored`,
    );
    return null;
  }

  /** Whether nothing has failed yet: once something has, lines are still checked but nothing more is written. */
  get writing(): boolean {
    return this.errors.length === 0;
  }

  /**
   * Waits for the new claims still being written. The next batch's reads of keys, ids, texts and names go on
   * while they are: they never depend on them (the claims' keys and ids are known here already). Every write,
   * and every read of stored claims, waits, so that the import sees and changes the ledger in the order of its lines.
   */
  settle(): Promise<void> {
    return this.claimWrite;
  }

  /** Runs a service call for line n; its field errors become the line's errors (its savepoint is rolled back). */
  async guarded<T>(n: number, work: () => Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (raw) {
      if (keyTakenMeanwhile(raw)) throw keysCreatedMeanwhile();
      // A PostgreSQL error is translated here, where the line is known, so that it names the line as well as the field.
      const err = translatePgError(raw);
      if (!(err instanceof DomainError) || !err.requestAtFault) throw raw;
      if (err.errors.length === 0) this.fail(n, '/', err.message);
      for (const e of err.errors) this.fail(n, e.field, e.message, e.code);
      return null;
    }
  }

  tally(target: ImportCounts, before: number | undefined, after: number): void {
    if (before === undefined) target.created += 1;
    else if (after > before) target.updated += 1;
    else target.unchanged += 1;
  }
}
