import { AsyncLocalStorage } from 'node:async_hooks';
import type { Knex } from 'knex';
import type { Db } from '../db/knex';

/**
 * A request that runs once per key (an API `Idempotency-Key`, a workspace form's one-time id): what its transactions
 * returned so far, and what a first request with its key saved before it was cut (replayed instead of run again).
 */
interface KeyedRequest {
  principal: string;
  key: string;
  results: unknown[];
  saved: readonly unknown[];
}

/*
 * Node 20's AsyncLocalStorage, once enabled, runs a hook for every promise and async resource the process makes, in
 * every request, keyed or not (measured: an await ~110 → ~400 ns, a read's server CPU +5 %): it is enabled only while a
 * keyed request may still run, and disabled when none may. A request whose answer was sent whole is over; one whose
 * answer was cut may still be running (a handler goes on after its client left) and is over only once nothing of it is
 * left (its KeyedRequest collected: no continuation of it can read it any more). Disabling never happens while one is
 * running, so no write of a running keyed request escapes its mark (a continuation made while the storage is disabled
 * would not carry it).
 */
const keyedRequests = new AsyncLocalStorage<KeyedRequest>();
let keyedRunning = 0;
const keyedCollected = new FinalizationRegistry<null>(() => keyedOver());

function keyedOver(): void {
  keyedRunning -= 1;
  if (keyedRunning === 0) keyedRequests.disable();
}

/** Whether a keyed request may still be running (AsyncLocalStorage's hooks on): for tests. */
export const keyedRequestRunning = (): boolean => keyedRunning > 0;

/*
 * What transactions return is kept as JSON text with the values JSON cannot hold marked, so that a replay gives what the
 * first run gave: a `Date` (JSON's own would come back as its text, and `.toISOString()` on it throw), `undefined` (JSON
 * makes it null in a list) and a `bigint` (JSON.stringify throws on one, which rolled the save back). A mark is an
 * object of one key starting with NUL, which no stored text holds (PostgreSQL refuses NUL in text, the ledger in input).
 */
const DATE = '\u0000date';
const UNDEFINED = '\u0000undefined';
const BIGINT = '\u0000bigint';
const WITHHELD = '\u0000withheld';

/**
 * A secret among what a transaction returns (a new API key's): the request that ran the transaction gets it; the key's
 * row keeps only that there was one, so a request answered from the row (the first's answer lost after its COMMIT)
 * gets a `Secret` whose `text` is undefined, and says what was created instead of creating it again.
 */
export class Secret {
  constructor(readonly text: string | undefined) {}
}

/** The text kept in the key's row for what the request's transactions returned (read back by `savedResults`). */
export function savedText(results: readonly unknown[]): string {
  return JSON.stringify(results, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key]; // before Date's toJSON
    if (raw instanceof Date) return { [DATE]: raw.getTime() };
    if (raw === undefined) return { [UNDEFINED]: 1 };
    if (typeof raw === 'bigint') return { [BIGINT]: raw.toString() };
    if (raw instanceof Secret) return { [WITHHELD]: 1 };
    return value;
  });
}

/** What `savedText` kept, as the transactions returned it; not a list: undefined (the row is not one the ledger wrote). */
export function savedResults(text: string): unknown[] | undefined {
  let results: unknown;
  try {
    results = JSON.parse(text, (_key, value: unknown) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const keys = Object.keys(value);
      if (keys.length !== 1) return value;
      const mark = (value as Record<string, unknown>)[keys[0]];
      if (keys[0] === DATE) return new Date(typeof mark === 'number' ? mark : NaN);
      if (keys[0] === UNDEFINED) return undefined;
      if (keys[0] === BIGINT && typeof mark === 'string' && /^-?\d+$/.test(mark)) return BigInt(mark);
      if (keys[0] === WITHHELD) return new Secret(undefined);
      return value;
    });
  } catch {
    return undefined;
  }
  return Array.isArray(results) ? results : undefined;
}

/**
 * Runs `run` (the rest of the request) as the request of this key. `saved`: what the transactions of a first request
 * with the key returned, up to the last that committed a change (the key's `saved` column); those are not run again
 * but give what they gave, so the request answers as the first would have, and the ones after run. The request is
 * over when the promise `run` returns settles (a middleware's: when its answer was sent whole, IdempotencyStore.answerClaimed); when
 * `run` returns no promise, or one that never settles, once nothing of the request is left.
 */
export function runKeyed<T>(principal: string, key: string, saved: readonly unknown[] | null, run: () => T): T {
  const request: KeyedRequest = { principal, key, results: [], saved: saved ?? [] };
  const token = {};
  keyedRunning += 1;
  keyedCollected.register(request, null, token);
  const over = () => {
    if (keyedCollected.unregister(token)) keyedOver();
  };
  let result: T;
  try {
    result = keyedRequests.run(request, run);
  } catch (err) {
    over();
    throw err;
  }
  if (typeof (result as { then?: unknown } | null)?.then === 'function') void (result as PromiseLike<unknown>).then(over, over);
  return result;
}

/**
 * The database `db` whose top-level transactions, in a keyed request (runKeyed), write what the request's
 * transactions returned into the key's row before their COMMIT when they changed the ledger: the save and the mark
 * are committed together or not at all, so a request whose answer was lost after its COMMIT (the connection cut) is
 * known to have saved, its key is not freed (IdempotencyStore.release), and the same request sent again is answered
 * from what it saved instead of saving it twice. Elsewhere `db` as it is; a transaction's savepoints are not touched.
 * What a transaction returns is stored in the key's row: a secret among it is wrapped in a `Secret`, which is kept
 * as withheld; sessions, whose id is made outside their transaction, are given the plain `db` (a sign-in run again
 * opens another session, which is what it asked for).
 */
export function savingOnce(db: Db): Db {
  const transaction = (handler?: unknown, config?: Knex.TransactionConfig) => {
    const request = keyedRequests.getStore();
    if (!request || typeof handler !== 'function') return db.transaction(handler as never, config);
    const index = request.results.length;
    if (index < request.saved.length) {
      request.results.push(request.saved[index]);
      return Promise.resolve(request.saved[index]);
    }
    request.results.push(undefined);
    return db
      .transaction(async (trx) => {
        const result: unknown = await (handler as (trx: Knex.Transaction) => unknown)(trx);
        request.results[index] = result;
        // Only a transaction that changed something has an id by now: a read-only one marks nothing.
        await trx('idempotency_keys')
          .where({ principal: request.principal, key: request.key })
          .whereRaw('(SELECT txid_current_if_assigned()) IS NOT NULL')
          .update({ saved: savedText(request.results) });
        return result;
      }, config)
      .catch((err: unknown) => {
        request.results.length = index;
        throw err;
      });
  };
  return new Proxy(db, { get: (target, name, receiver) => (name === 'transaction' ? transaction : Reflect.get(target, name, receiver)) });
}
