import type { Knex } from 'knex';
import { ActorService } from '../actors/service';
import { ActorStore } from '../actors/store';
import { NewClaimStore } from '../claims/newClaims';
import { ClaimService } from '../claims/service';
import { ClaimStore } from '../claims/store';
import type { Db } from '../db/knex';
import { keyTakenMeanwhile } from '../db/pgErrors';
import { DocumentService } from '../documents/service';
import { DocumentStore } from '../documents/store';
import { DomainError } from '../errors';
import { counted } from '../words';
import type { Validator } from '../validate';
import type { Principal } from '../keys/principal';
import { RevisionStore } from '../revisions/store';
import { PlaceIndex, VocabularyStore } from '../vocab/store';
import { ImportClaims } from './claims';
import { ImportContext, keysCreatedMeanwhile } from './context';
import { csvClaimLines } from './csv';
import type { ImportResult } from './lineTypes';
import { ImportError, ReadLine, splitLines } from './lines';
import { ImportRecords } from './records';
import { ImportSession } from './session';

export type { ImportError } from './lines';
export type { ImportCounts, ImportResult } from './lineTypes';

/**
 * Lines are read, checked and written in batches of this many (memory holds about three: one read, one prepared, one written): one COPY per
 * table per batch of new claims.
 */
export const BATCH_SIZE = 2000;
/** An import with more failing fields than this stops reading and reports these. */
const MAX_ERRORS = 1000;

/** How the body is written: NDJSON lines of every kind, or the claims CSV the export writes. */
export type ImportFormat = 'ndjson' | 'csv';

export interface ImportOptions {
  format?: ImportFormat;
  /** Why: the reason of every line that gives none (all of a CSV's). */
  reason?: string;
}

/** The lines of a body in its format. */
function readLines(body: AsyncIterable<Buffer | string>, format: ImportFormat): AsyncIterable<ReadLine> {
  return format === 'csv' ? csvClaimLines(body) : splitLines(body);
}

/**
 * Bulk import of NDJSON, in one transaction. Lines are read as they arrive (the body is never held whole),
 * validated against schemas/import.json, and written per batch (while the next is read): new claims and new
 * documents with multi-row inserts of their rows and revisions; records whose key is already stored go
 * through the services (a revision when something changed, nothing when not). Any failing line rolls everything back, and the problem lists
 * every failing line and field.
 */
export class ImportService {
  private readonly db: Db;
  private readonly places: PlaceIndex;
  private readonly validator: Validator;

  constructor(options: { db: Db; places: PlaceIndex; validator: Validator }) {
    this.db = options.db;
    this.places = options.places;
    this.validator = options.validator;
  }

  /** An import's parts, bound to its transaction: the services' own transactions become savepoints inside it. */
  private session(
    trx: Knex.Transaction,
    principal: Principal,
    reason: string | undefined,
  ): { ctx: ImportContext; session: ImportSession; claims: ImportClaims } {
    const ctx = new ImportContext(trx, principal);
    const actorStore = new ActorStore(trx);
    const store = new ClaimStore(trx);
    const revisions = new RevisionStore(trx);
    const vocabulary = new VocabularyStore(trx);
    const records = new NewClaimStore();
    const service = new ClaimService({ db: trx, claims: store, revisions, vocabulary, places: this.places, records });
    const claims = new ImportClaims(ctx, { claims: service, store, records, vocabulary, places: this.places });
    const documents = new DocumentService({ db: trx, documents: new DocumentStore(trx), actors: actorStore, revisions, claims: store });
    const actors = new ImportRecords(ctx, new ActorService({ db: trx, actors: actorStore, revisions, places: this.places }), documents);
    return { ctx, claims, session: new ImportSession(ctx, this.validator, claims, actors, reason) };
  }

  async run(body: AsyncIterable<Buffer | string>, principal: Principal, options: ImportOptions = {}): Promise<ImportResult> {
    try {
      return await this.transaction(body, principal, options);
    } catch (err) {
      // New claims are written with COPY, outside any line's guard: a key taken meanwhile is met there too.
      throw keyTakenMeanwhile(err) ? keysCreatedMeanwhile() : err;
    }
  }

  private transaction(body: AsyncIterable<Buffer | string>, principal: Principal, options: ImportOptions): Promise<ImportResult> {
    return this.db.transaction(async (trx) => {
      const { ctx, session, claims } = this.session(trx, principal, options.reason);
      await claims.prepare();
      // A batch is read and validated while the last one is prepared, and prepared while the last one's new claims are written.
      let writing: Promise<void> = Promise.resolve();
      try {
        for await (const raw of readLines(unlessAborted(body), options.format ?? 'ndjson')) {
          session.add(raw);
          if (session.pendingCount >= BATCH_SIZE) {
            await writing;
            writing = session.flush();
            writing.catch(() => undefined); // awaited (and thrown) before the next batch or at the end
          }
          if (ctx.errors.length >= MAX_ERRORS) break;
        }
        await writing;
        await session.flush();
        await ctx.settle();
      } catch (err) {
        // The transaction rolls back once no statement is under way; a failed write is the cause of what failed after it.
        await writing.catch(() => undefined);
        await ctx.settle();
        throw err;
      }
      if (ctx.errors.length > 0) {
        const shown = ctx.errors.slice(0, MAX_ERRORS).sort((a, b) => a.line - b.line);
        throw new DomainError(
          'invalid_record',
          `The import was rejected and nothing was saved: ${ctx.errors.length >= MAX_ERRORS ? `${shown.length} or more failing fields` : counted(shown.length, 'failing field')}.`,
          shown,
        );
      }
      if (ctx.result.lines === 0) {
        throw new DomainError(
          'invalid_record',
          `The import is empty: send ${options.format === 'csv' ? 'a row per claim and source under the header' : 'one JSON object per line'}.`,
          [{ line: 0, field: 'body', message: 'has no lines' } as ImportError],
        );
      }
      return ctx.result;
    });
  }
}

/** A client that hangs up mid-import gets (if anyone listens) a 400, not a 500; the transaction rolls back. */
async function* unlessAborted(body: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  try {
    yield* body;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ECONNRESET' || code === 'ECONNABORTED' || (err as Error).message === 'aborted') {
      throw new DomainError('invalid_input', 'The request was aborted before the import was complete; nothing was saved.');
    }
    throw err;
  }
}
