import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('revisions', (t) => {
    t.comment('Every create, update and retraction of a claim, actor or document: who, when, what changed, why.');
    t.bigIncrements('id').comment('Revision id; increases with time.');
    t.text('entity').notNullable().comment('claim | actor | document');
    t.bigInteger('entity_id').notNullable().comment('Id of the claim, actor or document.');
    t.integer('version').notNullable().comment('The version the entity has after this revision.');
    t.text('action').notNullable().comment('create | update | retract');
    t.text('author').notNullable().comment('Name of the API key (or process) that made the change.');
    t.text('reason').comment('Why, as given by the author.');
    t.jsonb('changes').notNullable().comment('For each changed field: {"from": …, "to": …}.');
    t.jsonb('snapshot').notNullable().comment('The whole record after the change, as served by the API.');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the change was made.');
    t.unique(['entity', 'entity_id', 'version']);
  });
  await knex.raw(`
    ALTER TABLE revisions
      ADD CONSTRAINT revisions_entity_check CHECK (entity IN ('claim', 'actor', 'document')),
      ADD CONSTRAINT revisions_action_check CHECK (action IN ('create', 'update', 'retract'))
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('revisions');
}
