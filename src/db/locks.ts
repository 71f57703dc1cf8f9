import type { Knex } from 'knex';
import type { Db } from './knex';

/**
 * The ledger's advisory locks, each serialising one kind of write across every server process until the transaction
 * that took it ends. One list, each lock keyed by its name (`hashtext('claims-ledger ' || name)`, computed by the
 * database), so no two kinds of write share a key by accident and no caller spells a key of its own.
 * - `vocabulary words`: the words the extractor reads as names (places' and groups' names, aliases, demonyms): a
 *   writer checks that a word is free and takes it before another can (src/vocab/service.ts).
 * - `workspace new documents`: an article pasted twice at once meets the first copy (src/web/workspace/store.ts).
 * - `relation graph`: a cycle check reads the graph before a link of an acyclic type is written (src/claims/store.ts).
 * - `first admin key`: instances starting together on one database make one key (src/keys/bootstrap.ts).
 */
export const LOCKS = ['vocabulary words', 'workspace new documents', 'relation graph', 'first admin key'] as const;
export type LockName = (typeof LOCKS)[number];

/** The SQL of a lock's key, for a statement that takes or inspects it; the name is bound (`?`). */
export const LOCK_KEY_SQL = "hashtext('claims-ledger ' || ?::text)";

/** Holds the lock until the transaction `trx` ends (waiting for any other holder's to end first). */
export async function holdLock(trx: Knex.Transaction | Knex, name: LockName): Promise<void> {
  await trx.raw(`SELECT pg_advisory_xact_lock(${LOCK_KEY_SQL})`, [name]);
}

/** Runs `write` in a transaction of its own that holds the lock from its start to its end. */
export function withLock<T>(db: Db, name: LockName, write: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (trx) => {
    await holdLock(trx, name);
    return write(trx);
  });
}
