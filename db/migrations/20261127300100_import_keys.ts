import type { Knex } from 'knex';

/** Bulk imports refer to actors and documents by client-chosen keys; storing them makes re-imports upsert, not duplicate. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('actors', (t) => {
    t.text('key').unique().comment('Optional external key chosen by an importer; unique; re-imports update the actor with this key.');
  });
  await knex.schema.alterTable('documents', (t) => {
    t.text('key').unique().comment('Optional external key chosen by an importer; unique; re-imports update the document with this key.');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('documents', (t) => t.dropColumn('key'));
  await knex.schema.alterTable('actors', (t) => t.dropColumn('key'));
}
