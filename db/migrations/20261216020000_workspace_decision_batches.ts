import type { Knex } from 'knex';

/*
 * "Reject all low-confidence" rejects a list of candidates at once, and its Undo reopens that list. The list travelled
 * in the redirect's address (rejected_low=c3,c7,…: hundreds of ids for a long article, editable by hand); the
 * decisions now record the batch they were taken in, and the Undo names the batch.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE SEQUENCE workspace_decision_batches');
  await knex.raw(
    `COMMENT ON SEQUENCE workspace_decision_batches IS 'Numbers the decisions taken together (workspace_decisions.batch): one "reject all low-confidence".'`,
  );
  await knex.schema.alterTable('workspace_decisions', (t) => {
    t.bigInteger('batch').comment('The decisions taken together, by one "reject all low-confidence" (its Undo reopens them); null for one taken alone.');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('workspace_decisions', (t) => {
    t.dropColumn('batch');
  });
  await knex.raw('DROP SEQUENCE workspace_decision_batches');
}
