import type { Knex } from 'knex';

/**
 * What a request with an Idempotency-Key (or a workspace form's one-time id) saved, written in the transaction of the
 * save itself: a request whose COMMIT reached the database but whose answer was lost with the connection is not run
 * again when it is sent again, but answered from what it saved (src/idempotency/savedOnce.ts).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('idempotency_keys', (t) => {
    // Text, not jsonb: a result replayed is answered as it was, and jsonb would reorder its keys (and so its ETag).
    t.text('saved').comment(
      'Results of the transactions the request ran, in order, as a JSON list, written inside the last that changed the ledger (so committed with it); null while it saved nothing.',
    );
    t.timestamp('released_at', { useTz: true }).comment(
      'When the request failed after a save of it committed (its answer lost): the same request sent again is answered from saved.',
    );
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('idempotency_keys', (t) => {
    t.dropColumn('saved');
    t.dropColumn('released_at');
  });
}
