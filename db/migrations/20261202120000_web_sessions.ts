import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('web_sessions', (t) => {
    t.comment('Sessions of editors signed in to the web workspace with an API key; the key is rechecked on every request, so revoking it ends them.');
    t.text('id_hash').primary().comment('SHA-256 of the random session id, hex; the id itself lives only in the HttpOnly cookie.');
    t.text('key_hash').notNullable().comment('SHA-256 of the API key that signed in (as api_keys.key_hash): the session acts as that key while it is valid.');
    t.text('csrf_token').notNullable().comment('Synchronizer token every form of the session must carry.');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now()).comment('When the editor signed in.');
    t.timestamp('expires_at', { useTz: true }).notNullable().comment('When the session ends unless signed out before.');
  });
  await knex.raw('CREATE INDEX web_sessions_expires_at_idx ON web_sessions (expires_at)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('web_sessions');
}
