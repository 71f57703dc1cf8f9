import type { Express } from 'express';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Db } from '../../src/db/knex';
import { createTestApp, type TestApp } from './app';
import { type FaultProxy, poolThroughProxy } from './faultProxy';

/** What a fault-proxy test works on. */
export interface LedgerThroughProxy {
  /** The test ledger: its database, keys and its own pool straight to PostgreSQL (to look at rows past the faults). */
  t: TestApp;
  /** The proxy between `app` and PostgreSQL, to stop, freeze or cut. */
  proxy: FaultProxy;
  /** The pool of `app`, through the proxy. */
  db: Db;
  /** The ledger's app on `db`. */
  app: Express;
  /** `send` with the COMMIT of its save cut: its answer, once the cut happened. */
  cutAfterCommit<T>(send: () => Promise<T>): Promise<T>;
}

/**
 * Registers, in the calling describe, a fresh ledger (`seed`: with the seed data), `prepare` run on it first (with
 * the pool straight to PostgreSQL), and an app of it that reaches PostgreSQL through a fault proxy; the pool, the
 * proxy and the database closed after. The fields are set once beforeAll has run.
 */
export function ledgerThroughProxy(options: { seed?: boolean; prepare?: (t: TestApp) => Promise<void> } = {}): LedgerThroughProxy {
  const env = {
    async cutAfterCommit<T>(send: () => Promise<T>): Promise<T> {
      const cut = env.proxy.cutAfter('COMMIT');
      const answer = await send();
      await cut;
      return answer;
    },
  } as LedgerThroughProxy;
  beforeAll(async () => {
    env.t = await createTestApp({ seed: options.seed });
    await options.prepare?.(env.t);
    ({ proxy: env.proxy, db: env.db } = await poolThroughProxy(env.t.url));
    env.app = await createApp({ db: env.db, config: loadConfig({ NODE_ENV: 'test' }) });
  });
  afterAll(async () => {
    await env.db?.destroy();
    await env.proxy?.close();
    await env.t?.drop();
  });
  return env;
}
