import type { Knex } from 'knex';

/**
 * Makes a transaction send its statements one at a time. A transaction is one connection, and a pg client
 * that is handed a query while another runs only queues it (deprecated: pg 9 removes that queue), so code that
 * asks for several reads at once inside a transaction (Promise.all) would lean on it. Here they wait their turn
 * in order instead; nothing is lost, since one connection never ran them side by side anyway.
 */
export function oneAtATime<T extends Knex.Transaction>(trx: T): T {
  // The driver call (_query) waits its turn; knex's own checks (is the transaction still open?) still run when a
  // statement is asked for, as before.
  const client = trx.client as unknown as { _query: (connection: unknown, query: unknown) => Promise<unknown> };
  const send = client._query.bind(client);
  let previous: Promise<unknown> = Promise.resolve();
  client._query = (connection, q) => {
    const next = previous.then(() => send(connection, q));
    previous = next.catch(() => undefined);
    return next;
  };
  return trx;
}
