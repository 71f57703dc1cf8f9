import type { Knex } from 'knex';
import type { Db } from './knex';

/**
 * How one lock is keyed: by default its name (`hashtext('claims-ledger ' || name)`, computed by the database); `key`, a
 * number fixed before the names were; `formerly`, the names of locks it replaces, whose keys it takes too (after its
 * own, always in this order) so that an instance of the previous version, still serving during a rolling deploy
 * (docs/operations.md), and this one exclude each other.
 */
interface LockKeys {
  key?: number;
  formerly?: readonly string[];
  /**
   * With `formerly`: the round whose release drops the former keys (the round after the one that replaced them, once no
   * instance of the version before it runs). tests/db/lock-keys.test.ts pins it, and docs/operations.md says it.
   */
  formerlyUntilRound?: number;
}

/**
 * The ledger's advisory locks, each serialising one kind of write across every server process until the transaction
 * that took it ends. One list, each lock keyed by its name unless it says otherwise, so no two kinds of write share a key
 * by accident and no caller spells a key of its own. A lock's key never changes between releases: an old instance and a
 * new one must meet at the same key (a replaced key is taken as well, `formerly`, for one release).
 * - `vocabulary words`: the words the extractor reads as names (places' and groups' names, aliases, demonyms): a
 *   writer checks that a word is free and takes it before another can (src/vocab/service.ts). It replaced `group names`
 *   and `place words` (the release of round 46, vocab46) and takes their keys too through round 47's release; round
 *   48 drops them (`formerlyUntilRound`).
 * - `workspace new documents`: an article pasted twice at once meets the first copy (src/web/workspace/store.ts).
 * - `relation graph`: a cycle check reads the graph before a link of an acyclic type is written (src/claims/store.ts);
 *   its key is the number it had before the locks were named.
 * - `first admin key`: instances starting together on one database make one key (src/keys/bootstrap.ts).
 */
export const LOCKS = {
  'vocabulary words': { formerly: ['group names', 'place words'], formerlyUntilRound: 48 },
  'workspace new documents': {},
  'relation graph': { key: 7_341_020_614 },
  'first admin key': {},
} as const satisfies Record<string, LockKeys>;
export type LockName = keyof typeof LOCKS;

/** The SQL of a key named `?` (bound): a lock's key unless it has a number of its own. */
const NAMED_KEY_SQL = "hashtext('claims-ledger ' || ?::text)::bigint";

/** The keys a lock takes, in the order taken, each as SQL and its binding: its own, then those it replaces. */
export function lockKeys(name: LockName): { sql: string; binding: string | number }[] {
  const lock: LockKeys = LOCKS[name];
  return [
    lock.key !== undefined ? { sql: '?::bigint', binding: lock.key } : { sql: NAMED_KEY_SQL, binding: name },
    ...(lock.formerly ?? []).map((former) => ({ sql: NAMED_KEY_SQL, binding: former })),
  ];
}

/** Holds the lock until the transaction `trx` ends (waiting for any other holder's to end first). */
export async function holdLock(trx: Knex.Transaction | Knex, name: LockName): Promise<void> {
  for (const { sql, binding } of lockKeys(name)) await trx.raw(`SELECT pg_advisory_xact_lock(${sql})`, [binding]);
}

/** Runs `write` in a transaction of its own that holds the lock from its start to its end. */
export function withLock<T>(db: Db, name: LockName, write: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (trx) => {
    await holdLock(trx, name);
    return write(trx);
  });
}
